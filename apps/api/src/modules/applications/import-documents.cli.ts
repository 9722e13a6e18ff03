import path from 'node:path';
import { createDataSource } from '../../database/data-source';
import { importDocumentFiles } from './document-import';

// `documents:import <folder>`: copies documents kept on disk before issue 9 into the database in
// DATABASE_URL (README, "Documents"). Exit code 1 while a file is corrupt or a document has no content.
const folder = process.argv[2];
const databaseUrl = process.env.DATABASE_URL;
if (!folder || !databaseUrl) {
  console.error('Usage: DATABASE_URL=postgres://… documents:import <folder> (the old DOCUMENTS_DIR, e.g. apps/api/.data/documents)');
  process.exit(2);
}
const dataSource = createDataSource(databaseUrl, { poolSize: 1 });
await dataSource.initialize();
try {
  const report = await importDocumentFiles(dataSource, path.resolve(folder));
  console.log(`Imported: ${report.imported}; already in the database: ${report.alreadyStored}.`);
  for (const file of report.corrupt) console.error(`Corrupt (content does not match its name), not imported: ${file}`);
  for (const sha256 of report.missing) console.error(`Still without content in the database: document ${sha256}`);
  if (report.corrupt.length === 0 && report.missing.length === 0) console.log(`Every document is in the database; ${folder} is no longer needed.`);
  process.exitCode = report.corrupt.length || report.missing.length ? 1 : 0;
} finally {
  await dataSource.destroy();
}
