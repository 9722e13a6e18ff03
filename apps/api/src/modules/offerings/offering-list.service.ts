import type { DataSource } from 'typeorm';
import type { Connection } from '../../schema/connection';
import { keysetPage, type KeysetOrder, type PageArgs } from '../../shared/paging';
import type { OfferingOwner } from './offering-owner';
import { Offering } from './offering.entity';

const BY_TITLE: KeysetOrder = { direction: 'ASC', keys: [{ column: 'title' }, { column: 'id' }] };
/** Oldest submission first (a submitted offering always has `submitted_on`; NULL would sort last). */
const OLDEST_SUBMISSION_FIRST: KeysetOrder = {
  direction: 'ASC',
  keys: [{ column: 'submitted_on', nullsAs: "'infinity'::date" }, { column: 'created_at' }, { column: 'id' }],
};

/** The paged lists of offerings; who may read which list is checked by the caller. */
export class OfferingListService {
  constructor(private readonly dataSource: DataSource) {}

  /** The owner's offerings, by title. */
  ownedBy(owner: OfferingOwner, page: PageArgs): Promise<Connection<Offering>> {
    const query = this.dataSource.getRepository(Offering).createQueryBuilder('offering');
    if (owner.providerId !== null) query.where('offering.provider_id = :providerId', { providerId: owner.providerId });
    else query.where('offering.board_id = :boardId', { boardId: owner.boardId });
    return keysetPage(query, BY_TITLE, page);
  }

  /** Offerings awaiting a certification decision, oldest submission first. */
  submitted(page: PageArgs): Promise<Connection<Offering>> {
    const query = this.dataSource.getRepository(Offering).createQueryBuilder('offering').where("offering.status = 'SUBMITTED'");
    return keysetPage(query, OLDEST_SUBMISSION_FIRST, page);
  }
}
