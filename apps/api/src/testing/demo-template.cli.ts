import { todayInAmsterdam } from '@srpo/domain';
import { migrate } from '../database/migrator';
import { seedDemoData } from '../database/seed/demo-seed';
import { createTemplateDatabase } from './test-database';

/**
 * `demo-template.cli.ts <admin url> <name>`: creates the browser tests' template database, migrated and demo-seeded as
 * the API's start does in development (app.ts) before its jobs and server start. Run by setUpTestApis in its own
 * process, so the apps' test setups need not load (nor type-check) the API's sources.
 */
const [adminUrl, name] = process.argv.slice(2);
if (!adminUrl || !name) throw new Error('Usage: demo-template.cli.ts <admin url> <name>');
await createTemplateDatabase(adminUrl, name, async (dataSource) => {
  await migrate(dataSource);
  await seedDemoData(dataSource, todayInAmsterdam(new Date()));
});
