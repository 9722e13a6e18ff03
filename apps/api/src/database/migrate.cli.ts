import { loadDatabaseUrl } from '../config';
import { exitOnStartupError } from '../startup-error';
import { openDataSource } from './data-source';
import { migrate } from './migrator';

// `npm run migrate`: the release step that applies pending migrations to DATABASE_URL, under the
// migration lock, so any number of migrators (and API starts in development) may run at once.
try {
  const dataSource = await openDataSource(loadDatabaseUrl(), { poolSize: 1 });
  try {
    const applied = await migrate(dataSource);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Nothing to apply: the schema is up to date.');
  } finally {
    await dataSource.destroy();
  }
} catch (error) {
  exitOnStartupError(error);
}
