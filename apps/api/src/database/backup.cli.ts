import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase, defaultBackupFile } from './backup';

// `npm run backup [-- --out FILE]`: pg_dump of DATABASE_URL (README, "Backup and restore").
// Paths are taken from where npm was started (INIT_CWD), not from this package's folder.
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL is not set: say which database to back up, e.g. DATABASE_URL=postgres://srpo@db.example/srpo npm run backup');
  process.exit(2);
}
const from = process.env.INIT_CWD ?? process.cwd();
const file = values.out ? path.resolve(from, values.out) : defaultBackupFile(path.resolve(from, 'backups'));
mkdirSync(path.dirname(file), { recursive: true });
try {
  const result = await backupDatabase(databaseUrl, file);
  console.log(`Backup written: ${result.file} (${(result.bytes / 1024 / 1024).toFixed(1)} MB, ${result.pgDump.path}, PostgreSQL ${result.pgDump.major}). Documents are inside: nothing else to copy.`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
