import { checkRoleAssignment, isEmailAddress, isKvkNumber } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { lockForChange } from '../../database/row-lock';
import { AppError, valueOrThrow } from '../../http/errors';
import { keysetPage, type KeysetOrder, type PageArgs } from '../../shared/paging';
import { whereWordsMatch } from '../../shared/sql';
import { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { recordAudit } from '../audit/record-audit';
import { Provider } from './provider.entity';
import type { ProviderConnectionType, ProviderInput } from './provider.types';

const BY_NAME: KeysetOrder = { direction: 'ASC', keys: [{ column: 'name' }, { column: 'id' }] };

function checked(input: ProviderInput): Omit<Provider, 'id' | 'version' | 'createdAt' | 'updatedAt'> {
  const name = input.name.trim();
  if (!name) throw new AppError('BAD_USER_INPUT', 'Geef de naam van de aanbieder.', { field: 'name' });
  const kvkNumber = input.kvkNumber.replace(/\s/g, '');
  if (!isKvkNumber(kvkNumber)) throw new AppError('BAD_USER_INPUT', 'Een KvK-nummer bestaat uit acht cijfers.', { field: 'kvkNumber' });
  const contactEmail = input.contactEmail.trim().toLowerCase();
  if (!isEmailAddress(contactEmail)) throw new AppError('BAD_USER_INPUT', 'Geef een geldig e-mailadres voor contact.', { field: 'contactEmail' });
  const website = input.website?.trim() || null;
  if (website && !/^https?:\/\/\S+$/i.test(website)) {
    throw new AppError('BAD_USER_INPUT', 'Een website begint met http:// of https://.', { field: 'website' });
  }
  return { name, kvkNumber, contactEmail, phone: input.phone?.trim() || null, website, description: input.description?.trim() || null };
}

/** Provider organisations and the accounts that act for them. */
export class ProviderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Account,
  ) {}

  /** By name; `query` matches words of the name or KvK number. */
  list(input: PageArgs & { query?: string | null }): Promise<ProviderConnectionType> {
    const query = this.dataSource.getRepository(Provider).createQueryBuilder('provider');
    whereWordsMatch(query, "provider.name || ' ' || provider.kvkNumber", input.query);
    return keysetPage(query, BY_NAME, input);
  }

  async create(input: ProviderInput): Promise<Provider> {
    const values = checked(input);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.getRepository(Provider).existsBy({ kvkNumber: values.kvkNumber })) {
        throw new AppError('CONFLICT', 'Er bestaat al een aanbieder met dit KvK-nummer.', { field: 'kvkNumber', reason: 'ALREADY_EXISTS' });
      }
      const saved = await manager.getRepository(Provider).save(manager.getRepository(Provider).create(values));
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'provider', entityId: saved.id, action: 'CREATE', after: saved });
      return saved;
    });
  }

  /** Staff change any provider; a provider's own users change only their own. */
  async update(id: string, version: number, input: ProviderInput): Promise<Provider> {
    const values = checked(input);
    const staff = this.actor.roles.includes(Role.STAFF);
    if (!staff && this.actor.providerId !== id) throw new AppError('NOT_FOUND', 'Deze aanbieder bestaat niet (meer).');
    return this.dataSource.transaction(async (manager) => {
      const provider = await lockForChange(manager, Provider, id, version, 'Deze aanbieder');
      if (values.kvkNumber !== provider.kvkNumber && (await manager.getRepository(Provider).existsBy({ kvkNumber: values.kvkNumber }))) {
        throw new AppError('CONFLICT', 'Er bestaat al een aanbieder met dit KvK-nummer.', { field: 'kvkNumber', reason: 'ALREADY_EXISTS' });
      }
      const before = { ...provider };
      Object.assign(provider, values);
      const saved = await manager.getRepository(Provider).save(provider);
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'provider', entityId: id, action: 'UPDATE', before, after: saved });
      return saved;
    });
  }

  /** Links an existing account to a provider and gives it the PROVIDER role. */
  async linkAccount(providerId: string, email: string): Promise<Account> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.getRepository(Provider).existsBy({ id: providerId }))) throw new AppError('NOT_FOUND', 'Deze aanbieder bestaat niet (meer).');
      const account = await manager.getRepository(Account).findOneBy({ email: email.trim().toLowerCase() });
      if (!account) throw new AppError('NOT_FOUND', 'Er is geen account met dit e-mailadres.', { field: 'email' });
      const before = { providerId: account.providerId, roles: account.roles };
      const roles = account.roles.includes(Role.PROVIDER) ? account.roles : [...account.roles, Role.PROVIDER];
      valueOrThrow(checkRoleAssignment({ roles, providerId, boardId: account.boardId }));
      await manager.getRepository(Account).update({ id: account.id }, { providerId, roles });
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'account', entityId: account.id, action: 'LINK_PROVIDER', before, after: { providerId, roles } });
      return manager.getRepository(Account).findOneByOrFail({ id: account.id });
    });
  }
}
