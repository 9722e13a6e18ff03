import { checkAssessorFeeSchedule, checkAssessorOrganisation, isAssessorOrganisationCertified, isEmailAddress, type AssessorFeeSchedule, type CalendarDate } from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { lockForChange } from '../../database/row-lock';
import { AppError, valueOrThrow } from '../../http/errors';
import { keysetPage, MAX_PAGE_SIZE, type KeysetOrder, type PageArgs } from '../../shared/paging';
import { whereWordsMatch } from '../../shared/sql';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { recordAudit } from '../audit/record-audit';
import { AssessorOrganisation } from './assessor-organisation.entity';
import type { AssessorFeeScheduleInput, AssessorOrganisationConnectionType, AssessorOrganisationInput, AssessorSummaryType } from './assessor-organisation.types';

const BY_NAME: KeysetOrder = { direction: 'ASC', keys: [{ column: 'name' }, { column: 'id' }] };

type FeeColumns = Pick<AssessorOrganisation, 'feeOneOffCents' | 'feePerThemeCents' | 'feePerInterviewCents' | 'feeResubmissionCents'>;
type OrganisationValues = Pick<AssessorOrganisation, 'name' | 'kvkNumber' | 'contactEmail' | 'phone' | 'certifiedFrom' | 'certifiedUntil'> & FeeColumns;

/** The fee schedule of an organisation as the domain and the API see it. */
export function feeScheduleOf(organisation: FeeColumns): AssessorFeeSchedule {
  return {
    oneOffCents: organisation.feeOneOffCents,
    perThemeCents: organisation.feePerThemeCents,
    perInterviewCents: organisation.feePerInterviewCents,
    resubmissionCents: organisation.feeResubmissionCents,
  };
}

function feeColumns(fees: AssessorFeeScheduleInput): FeeColumns {
  return { feeOneOffCents: fees.oneOffCents, feePerThemeCents: fees.perThemeCents, feePerInterviewCents: fees.perInterviewCents, feeResubmissionCents: fees.resubmissionCents };
}

function checked(input: AssessorOrganisationInput): OrganisationValues {
  const name = input.name.trim();
  if (!name) throw new AppError('BAD_USER_INPUT', 'Geef de naam van de beoordelaarsorganisatie.', { field: 'name' });
  if (name.length > 200) throw new AppError('BAD_USER_INPUT', 'Een naam heeft hoogstens 200 tekens.', { field: 'name', reason: 'TEXT_TOO_LONG' });
  const contactEmail = input.contactEmail.trim().toLowerCase();
  if (!isEmailAddress(contactEmail)) throw new AppError('BAD_USER_INPUT', 'Geef een geldig e-mailadres voor contact.', { field: 'contactEmail' });
  const kvkNumber = input.kvkNumber.replace(/\s/g, '');
  valueOrThrow(checkAssessorOrganisation({ kvkNumber, certifiedFrom: input.certifiedFrom, certifiedUntil: input.certifiedUntil, fees: input.feeSchedule }));
  return {
    name,
    kvkNumber,
    contactEmail,
    phone: input.phone?.trim() || null,
    certifiedFrom: input.certifiedFrom,
    certifiedUntil: input.certifiedUntil,
    ...feeColumns(input.feeSchedule),
  };
}

const KVK_TAKEN = () => new AppError('CONFLICT', 'Er bestaat al een beoordelaarsorganisatie met dit KvK-nummer.', { field: 'kvkNumber', reason: 'ALREADY_EXISTS' });
const NOT_LINKED = () => new AppError('FORBIDDEN', 'Aan dit account is geen beoordelaarsorganisatie gekoppeld.');

/**
 * Assessor organisations (DESIGN §3.6): staff certify them for a period and keep their details; the
 * organisation's own assessors see it, its assessors and change its fee schedule. Changes are audited.
 */
export class AssessorOrganisationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Account,
  ) {}

  /** By name; `query` matches words of the name or KvK number (accent- and case-insensitive). */
  list(input: PageArgs & { query?: string | null }): Promise<AssessorOrganisationConnectionType> {
    const query = this.dataSource.getRepository(AssessorOrganisation).createQueryBuilder('organisation');
    whereWordsMatch(query, "organisation.name || ' ' || organisation.kvkNumber", input.query);
    return keysetPage(query, BY_NAME, input);
  }

  /**
   * The organisations certified on `today`, by name (at most a page). There are a handful, so the
   * domain's rule filters them here rather than a copy of it in SQL.
   */
  async certifiedOn(today: CalendarDate): Promise<AssessorOrganisation[]> {
    const all = await this.dataSource.getRepository(AssessorOrganisation).find({ order: { name: 'ASC', id: 'ASC' } });
    return all.filter((organisation) => isAssessorOrganisationCertified(organisation, today)).slice(0, MAX_PAGE_SIZE);
  }

  async create(input: AssessorOrganisationInput): Promise<AssessorOrganisation> {
    const values = checked(input);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(AssessorOrganisation);
      if (await repository.existsBy({ kvkNumber: values.kvkNumber })) throw KVK_TAKEN();
      const saved = await repository.save(repository.create(values));
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'assessor_organisation', entityId: saved.id, action: 'CREATE', after: values });
      return saved;
    });
  }

  /** Staff change the details, the period and the fees; the version the client saw must still be current. */
  async update(id: string, version: number, input: AssessorOrganisationInput): Promise<AssessorOrganisation> {
    const values = checked(input);
    return this.dataSource.transaction(async (manager) => {
      const organisation = await lockForChange(manager, AssessorOrganisation, id, version, 'Deze beoordelaarsorganisatie');
      if (values.kvkNumber !== organisation.kvkNumber && (await manager.getRepository(AssessorOrganisation).existsBy({ kvkNumber: values.kvkNumber }))) throw KVK_TAKEN();
      return this.save(manager, organisation, values, 'UPDATE');
    });
  }

  /** The organisation the signed-in assessor acts for. */
  async mine(): Promise<AssessorOrganisation> {
    const id = this.ownOrganisationId();
    const organisation = await this.dataSource.getRepository(AssessorOrganisation).findOneBy({ id });
    if (!organisation) throw NOT_LINKED();
    return organisation;
  }

  /** The organisation's own fee schedule, changed by one of its assessors. */
  async updateMyFeeSchedule(version: number, fees: AssessorFeeScheduleInput): Promise<AssessorOrganisation> {
    const id = this.ownOrganisationId();
    valueOrThrow(checkAssessorFeeSchedule(fees));
    const values = feeColumns(fees);
    return this.dataSource.transaction(async (manager) => {
      const organisation = await lockForChange(manager, AssessorOrganisation, id, version, 'Deze beoordelaarsorganisatie');
      return this.save(manager, organisation, values, 'UPDATE_FEES');
    });
  }

  /** The active ASSESSOR accounts of the signed-in assessor's organisation, by name (at most a page). */
  async ownAssessors(): Promise<AssessorSummaryType[]> {
    return this.assessorsOf(this.ownOrganisationId());
  }

  /** The active ASSESSOR accounts of an organisation, by name (at most a page). */
  async assessorsOf(organisationId: string, manager: EntityManager = this.dataSource.manager): Promise<AssessorSummaryType[]> {
    const rows = (await manager.query(
      `SELECT id, display_name FROM account
        WHERE assessor_organisation_id = $1 AND roles @> ARRAY[$2]::text[] AND deactivated_at IS NULL
        ORDER BY sort_key, id LIMIT ${MAX_PAGE_SIZE}`,
      [organisationId, Role.ASSESSOR],
    )) as { id: string; display_name: string }[];
    return rows.map((row) => ({ id: row.id, displayName: row.display_name }));
  }

  private ownOrganisationId(): string {
    const id = this.actor.roles.includes(Role.ASSESSOR) ? this.actor.assessorOrganisationId : null;
    if (!id) throw NOT_LINKED();
    return id;
  }

  private async save(manager: EntityManager, organisation: AssessorOrganisation, values: Partial<OrganisationValues>, action: string): Promise<AssessorOrganisation> {
    const before = auditView(organisation);
    Object.assign(organisation, values);
    const saved = await manager.getRepository(AssessorOrganisation).save(organisation);
    await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'assessor_organisation', entityId: organisation.id, action, before, after: auditView(saved) });
    return saved;
  }
}

function auditView(organisation: OrganisationValues): OrganisationValues {
  const { name, kvkNumber, contactEmail, phone, certifiedFrom, certifiedUntil, feeOneOffCents, feePerThemeCents, feePerInterviewCents, feeResubmissionCents } = organisation;
  return { name, kvkNumber, contactEmail, phone, certifiedFrom, certifiedUntil, feeOneOffCents, feePerThemeCents, feePerInterviewCents, feeResubmissionCents };
}
