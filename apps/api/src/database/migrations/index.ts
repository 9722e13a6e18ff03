import { ThemesAndOrganisations1795495492024 } from './1795495492024-themes-and-organisations';

/** Every migration, in order. Listed explicitly (no globs) so bundlers and ESM loaders see them. */
export const migrations = [ThemesAndOrganisations1795495492024];
