import type { DataSource } from 'typeorm';
import { lockForChange } from '../../database/row-lock';
import { AppError } from '../../http/errors';
import { keysetPage, type KeysetOrder, type PageArgs } from '../../shared/paging';
import { whereWordsMatch } from '../../shared/sql';
import type { Account } from '../accounts/account.entity';
import { recordAudit } from '../audit/record-audit';
import { Board } from '../organisations/board.entity';
import type { BoardConnectionType, BoardInput } from './board.types';

const BY_NAME: KeysetOrder = { direction: 'ASC', keys: [{ column: 'name' }, { column: 'id' }] };

function checked(input: BoardInput): Pick<Board, 'boardNumber' | 'name' | 'city'> {
  const boardNumber = input.boardNumber.replace(/\s/g, '');
  if (!/^[0-9]{5}$/.test(boardNumber)) throw new AppError('BAD_USER_INPUT', 'Een bestuursnummer (bevoegd gezag) bestaat uit vijf cijfers.', { field: 'boardNumber' });
  const name = input.name.trim();
  if (!name) throw new AppError('BAD_USER_INPUT', 'Geef de naam van het bestuur.', { field: 'name' });
  const city = input.city.trim();
  if (!city) throw new AppError('BAD_USER_INPUT', 'Geef de plaats van het bestuur.', { field: 'city' });
  return { boardNumber, name, city };
}

const NUMBER_TAKEN = () => new AppError('CONFLICT', 'Er bestaat al een bestuur met dit bestuursnummer.', { field: 'boardNumber', reason: 'ALREADY_EXISTS' });

/** School boards as staff manage them; a board's name is public, so every change is audited. */
export class BoardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Account,
  ) {}

  /** By name; `query` matches words of the name, number or city (accent- and case-insensitive). */
  list(input: PageArgs & { query?: string | null }): Promise<BoardConnectionType> {
    const query = this.dataSource.getRepository(Board).createQueryBuilder('board');
    whereWordsMatch(query, "board.name || ' ' || board.boardNumber || ' ' || board.city", input.query);
    return keysetPage(query, BY_NAME, input);
  }

  async create(input: BoardInput): Promise<Board> {
    const values = checked(input);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.getRepository(Board).existsBy({ boardNumber: values.boardNumber })) throw NUMBER_TAKEN();
      const saved = await manager.getRepository(Board).save(manager.getRepository(Board).create(values));
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'board', entityId: saved.id, action: 'CREATE', after: values });
      return saved;
    });
  }

  /** Renames (or corrects the number or city of) a board; the version the client saw must still be current. */
  async update(id: string, version: number, input: BoardInput): Promise<Board> {
    const values = checked(input);
    return this.dataSource.transaction(async (manager) => {
      const board = await lockForChange(manager, Board, id, version, 'Dit bestuur');
      if (values.boardNumber !== board.boardNumber && (await manager.getRepository(Board).existsBy({ boardNumber: values.boardNumber }))) throw NUMBER_TAKEN();
      const before = { boardNumber: board.boardNumber, name: board.name, city: board.city };
      Object.assign(board, values);
      const saved = await manager.getRepository(Board).save(board);
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'board', entityId: id, action: before.name === values.name ? 'UPDATE' : 'RENAME', before, after: values });
      return saved;
    });
  }
}
