import { loadConfig } from '../config';
import { createDataSource } from './data-source';

// Applies pending migrations to the server in DATABASE_URL (the API also does this on start).
const { databaseUrl } = loadConfig();
if (!databaseUrl) {
  console.error('DATABASE_URL is not set. Without it the API migrates its embedded database on start.');
  process.exit(1);
}
const dataSource = createDataSource(databaseUrl);
await dataSource.initialize();
const applied = await dataSource.runMigrations();
console.log(applied.length ? `Applied: ${applied.map((migration) => migration.name).join(', ')}` : 'Nothing to apply.');
await dataSource.destroy();
