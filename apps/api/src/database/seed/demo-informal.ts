import { addDays, maxDate, registrationStateOn, type CalendarDate } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { Account } from '../../modules/accounts/account.entity';
import { recordInformalValidations } from '../../modules/informal-validations/record-informal-validations';
import { SchoolLeader } from '../../modules/leaders/school-leader.entity';
import { currentRegistrationOf } from '../../modules/registrations/latest-registration';
import { toRegistrationFacts } from '../../modules/registrations/registration.facts';
import { loadRegistrationHistory } from '../../modules/registrations/registration.loaders';
import { Theme } from '../../modules/themes/theme.entity';

/**
 * The demo leader (schoolleider@demo.srpo.nl) validated the wildcard theme by peer validation three
 * weeks ago, inside the current period, so progress, the public entry and reminders show an informal
 * credit. The wildcard: no demo offering is certified for it, so it always adds a theme.
 */
export async function seedDemoInformalValidations(dataSource: DataSource, today: CalendarDate): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const account = await manager.getRepository(Account).findOneByOrFail({ email: 'schoolleider@demo.srpo.nl' });
    const leader = await manager.getRepository(SchoolLeader).findOneBy({ accountId: account.id });
    const registration = leader && (await currentRegistrationOf(manager, leader.id));
    if (!leader || !registration) return;
    const [history] = await loadRegistrationHistory(manager, [registration]);
    const period = registrationStateOn(toRegistrationFacts(history!), today).period;
    if (!period) return;
    const wildcard = await manager.getRepository(Theme).findOneByOrFail({ isWildcard: true });
    const validatedOn = maxDate(addDays(today, -21), period.evidenceFrom);
    await recordInformalValidations(manager, [{ leaderId: leader.id, themeId: wildcard.id, validatedOn, method: 'PEER_VALIDATION' }], null);
  });
}
