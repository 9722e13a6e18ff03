import type { CalendarDate, QualificationLevel, ReRegistrationRoute, RegistrationTitle } from '@srpo/domain';
import type { EntityManager } from 'typeorm';
import { RegistrationTitleChange, ReRegistration } from './registration-history.entity';
import { RegistrationStatusService } from './registration-status.service';
import { Registration } from './registration.entity';

/**
 * Records an approved re-registration (DESIGN §3.3, §3.5): a `re_registration` row approved on the
 * committee's decision date opens the next period, whose due date the domain derives from the
 * previous due date (+ four years, also when approved late). A route that raises the level (or a new
 * title, e.g. RDO after the vakbekwaam programme) adds a title change from the decision date. Runs
 * inside the decision's transaction and refreshes the cached status.
 */
export async function reRegisterFromDecision(
  manager: EntityManager,
  registration: Registration,
  grant: { route: ReRegistrationRoute; title: RegistrationTitle; level: QualificationLevel | null },
  approvedOn: CalendarDate,
  today: CalendarDate,
): Promise<Registration> {
  await manager.getRepository(ReRegistration).insert({ registrationId: registration.id, approvedOn, route: grant.route });
  if (grant.title !== registration.title || grant.level !== registration.level) {
    await manager
      .getRepository(RegistrationTitleChange)
      .upsert({ registrationId: registration.id, effectiveOn: approvedOn, title: grant.title, level: grant.level, aspirant: false }, [
        'registrationId',
        'effectiveOn',
      ]);
    Object.assign(registration, { title: grant.title, level: grant.level });
    await manager.getRepository(Registration).save(registration);
  }
  await new RegistrationStatusService(manager).refresh([registration], today);
  return manager.getRepository(Registration).findOneByOrFail({ id: registration.id });
}
