import { addDays, type CalendarDate } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { Account } from '../../modules/accounts/account.entity';
import { PeerValidationService } from '../../modules/peer-validation/peer-validation.service';

/** Where and how large the demo's peer-validation session is. */
export const DEMO_PEER_SESSION = { location: 'Utrecht, Vergadercentrum Domstad', capacity: 9, inDays: 21 } as const;

/**
 * One upcoming peer-validation session, three weeks ahead from 09:30 to 12:30 (winter time; an hour
 * later in summer), published by and facilitated by the staff demo account, so leaders can sign up.
 */
export async function seedDemoPeerSession(dataSource: DataSource, today: CalendarDate): Promise<void> {
  const staff = await dataSource.getRepository(Account).findOneByOrFail({ email: 'medewerker@demo.srpo.nl' });
  const day = addDays(today, DEMO_PEER_SESSION.inDays);
  await new PeerValidationService(dataSource, staff).publish({
    startsAt: new Date(`${day}T08:30:00Z`),
    endsAt: new Date(`${day}T11:30:00Z`),
    location: DEMO_PEER_SESSION.location,
    facilitatorAccountId: staff.id,
    capacity: DEMO_PEER_SESSION.capacity,
  });
}
