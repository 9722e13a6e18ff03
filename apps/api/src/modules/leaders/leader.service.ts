import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../../http/errors';
import type { Account } from '../accounts/account.entity';
import { SchoolLeader } from './school-leader.entity';

/** The school leader behind a LEADER account; an account without a leader record cannot act as one. */
export async function leaderOfAccount(db: DataSource | EntityManager, account: Account): Promise<SchoolLeader> {
  const leader = await db.getRepository(SchoolLeader).findOneBy({ accountId: account.id });
  if (!leader) throw new AppError('FORBIDDEN', 'Aan dit account is geen schoolleider gekoppeld.');
  return leader;
}
