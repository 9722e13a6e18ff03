import type { DataSource } from 'typeorm';
import type { Connection } from '../../schema/connection';
import { keysetPage, type KeysetOrder, type PageArgs } from '../../shared/paging';
import { Completion } from './completion.entity';

/** Oldest recorded first (an execution's list, the verification queue). */
const OLDEST_FIRST: KeysetOrder = { direction: 'ASC', keys: [{ column: 'created_at' }, { column: 'id' }] };
/** Most recently completed first (a leader's own list). */
const LATEST_COMPLETED_FIRST: KeysetOrder = { direction: 'DESC', keys: [{ column: 'completed_on' }, { column: 'id' }] };

/** The paged lists of completions; who may read which list is checked by the caller. */
export class CompletionListService {
  constructor(private readonly dataSource: DataSource) {}

  private query() {
    return this.dataSource.getRepository(Completion).createQueryBuilder('completion');
  }

  forExecution(executionId: string, page: PageArgs): Promise<Connection<Completion>> {
    return keysetPage(this.query().where('completion.execution_id = :executionId', { executionId }), OLDEST_FIRST, page);
  }

  forLeader(leaderId: string, page: PageArgs): Promise<Connection<Completion>> {
    return keysetPage(this.query().where('completion.leader_id = :leaderId', { leaderId }), LATEST_COMPLETED_FIRST, page);
  }

  awaitingVerification(page: PageArgs): Promise<Connection<Completion>> {
    return keysetPage(this.query().where("completion.status = 'PENDING_VERIFICATION'"), OLDEST_FIRST, page);
  }
}
