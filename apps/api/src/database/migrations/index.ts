import { ThemesAndOrganisations1795495492024 } from './1795495492024-themes-and-organisations';
import { AccountsAndSessions1795496000000 } from './1795496000000-accounts-and-sessions';
import { LeadersAndRegistrations1795496840910 } from './1795496840910-leaders-and-registrations';

/** Every migration, in order. Listed explicitly (no globs) so bundlers and ESM loaders see them. */
export const migrations = [
  ThemesAndOrganisations1795495492024,
  AccountsAndSessions1795496000000,
  LeadersAndRegistrations1795496840910,
];
