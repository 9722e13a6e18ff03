import { addDays, addYears, type CalendarDate } from '@srpo/domain';
import type { EntityManager } from 'typeorm';
import { Account } from '../../modules/accounts/account.entity';
import { AssessorOrganisation } from '../../modules/assessor-organisations/assessor-organisation.entity';

/** The demo assessor organisation certified today; both demo assessor accounts act for it. */
export const DEMO_ASSESSOR_ORGANISATION = 'Portfolio Validatie Nederland';

/** The demo ASSESSOR accounts (in DEMO_ACCOUNTS), all of the certified organisation. */
export const DEMO_ASSESSOR_EMAILS: readonly string[] = ['beoordelaar@demo.srpo.nl', 'beoordelaar2@demo.srpo.nl'];

/**
 * Two assessor organisations: one certified from a year ago for four years with the fees of DESIGN
 * §3.6 (40 one-off, 450 per theme, 500 per interview, 200 resubmission), and one whose certification
 * ended three months ago. Links the demo assessor accounts to the first.
 */
export async function seedDemoAssessors(manager: EntityManager, today: CalendarDate): Promise<void> {
  const repository = manager.getRepository(AssessorOrganisation);
  const certified = await repository.save(
    repository.create({
      name: DEMO_ASSESSOR_ORGANISATION,
      kvkNumber: '34567812',
      contactEmail: 'info@portfoliovalidatie.example.nl',
      phone: '030 123 45 67',
      certifiedFrom: addYears(today, -1),
      certifiedUntil: addDays(addYears(today, 3), -1),
      feeOneOffCents: 4_000,
      feePerThemeCents: 45_000,
      feePerInterviewCents: 50_000,
      feeResubmissionCents: 20_000,
    }),
  );
  await repository.insert({
    name: 'Bureau Erkenning Informeel Leren',
    kvkNumber: '56781234',
    contactEmail: 'secretariaat@erkenninginformeel.example.nl',
    phone: null,
    certifiedFrom: addYears(today, -5),
    certifiedUntil: addDays(today, -90),
    feeOneOffCents: 5_000,
    feePerThemeCents: 40_000,
    feePerInterviewCents: 45_000,
    feeResubmissionCents: 15_000,
  });
  for (const email of DEMO_ASSESSOR_EMAILS) {
    await manager.getRepository(Account).update({ email }, { assessorOrganisationId: certified.id });
  }
}
