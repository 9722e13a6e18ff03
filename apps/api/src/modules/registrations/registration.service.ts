import type { CalendarDate, EligibilityGrant } from '@srpo/domain';
import type { EntityManager } from 'typeorm';
import { RegistrationTitleChange } from './registration-history.entity';
import { RegistrationStatusService } from './registration-status.service';
import { Registration } from './registration.entity';

/**
 * Registers a leader after an approved application (DESIGN §3.3): registered on the committee's
 * decision date. An aspirant who now qualifies keeps the registration and gets the full title from
 * that date; a level change adds a title change. Runs inside the decision's transaction.
 */
export async function registerFromDecision(
  manager: EntityManager,
  leaderId: string,
  current: Registration | null,
  grant: EligibilityGrant,
  decidedOn: CalendarDate,
  today: CalendarDate,
): Promise<Registration> {
  const registrations = manager.getRepository(Registration);
  const title = { title: grant.title, level: grant.level, aspirant: grant.aspirant };
  let registration: Registration;
  if (current) {
    if (current.aspirant && !grant.aspirant) {
      current.fullRegistrationOn = decidedOn;
      current.aspirant = false;
    }
    Object.assign(current, { title: grant.title, level: grant.level });
    registration = await registrations.save(current);
  } else {
    registration = await registrations.save(
      registrations.create({
        leaderId,
        registeredOn: decidedOn,
        firstRegisteredOn: decidedOn,
        aspirantUntil: grant.aspirantUntil,
        fullRegistrationOn: null,
        deregisteredOn: null,
        deregistrationReason: null,
        ...title,
        status: 'ACTIVE',
        dueDate: decidedOn,
        statusAsOf: '1900-01-01' as CalendarDate,
      }),
    );
  }
  await manager
    .getRepository(RegistrationTitleChange)
    .upsert({ registrationId: registration.id, effectiveOn: decidedOn, ...title }, ['registrationId', 'effectiveOn']);
  await new RegistrationStatusService(manager).refresh([registration], today);
  return manager.getRepository(Registration).findOneByOrFail({ id: registration.id });
}
