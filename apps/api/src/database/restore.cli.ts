import path from 'node:path';
import { parseArgs } from 'node:util';
import { RestoreRefused, restoreDatabase } from './backup';

// `npm run restore -- FILE [--force]`: pg_restore into the (empty) database in DATABASE_URL (README, "Backup and restore").
const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl || positionals.length !== 1) {
  console.error('Usage: DATABASE_URL=postgres://…/an_empty_database npm run restore -- backups/srpo-….dump [--force]');
  process.exit(2);
}
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
try {
  const { pgRestore } = await restoreDatabase(databaseUrl, file, { force: values.force });
  console.log(`Restored ${file} (${pgRestore.path}, PostgreSQL ${pgRestore.major}). Then migrate and start the API on this database as usual.`);
} catch (error) {
  console.error(`${error instanceof RestoreRefused ? 'Restore refused' : 'Restore failed; the database is as it was (one transaction)'}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
