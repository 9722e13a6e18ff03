import type { CalendarDate } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { Account } from '../../modules/accounts/account.entity';
import { toCsvFiles } from '../../modules/legacy-import/fixtures/legacy-population';
import { importLegacyFiles } from '../../modules/legacy-import/legacy-import.service';
import { demoLegacyPopulation } from './demo-legacy-population';

/**
 * Gives the demo register its history: the old register's leaders since 2014, taken over by the
 * demo staff member through the legacy import (as staff would), so statistics and charts have years
 * of registrations, statuses and themes. A refused row is a mistake in the demo's generator.
 */
export async function seedDemoLegacyImport(dataSource: DataSource, today: CalendarDate): Promise<void> {
  const staff = await dataSource.getRepository(Account).findOneByOrFail({ email: 'medewerker@demo.srpo.nl' });
  const files = toCsvFiles(demoLegacyPopulation(today).files);
  const report = await importLegacyFiles(dataSource, files, { actorAccountId: staff.id, today, dryRun: false });
  const refused = Object.entries(report.counts).filter(([, counts]) => counts.refused > 0);
  if (refused.length > 0 || report.problems.length > 0) {
    throw new Error(`The demo's old register was not taken over whole: ${JSON.stringify({ refused, problems: report.problems })}`);
  }
}
