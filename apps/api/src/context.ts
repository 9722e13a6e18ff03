import type { DataSource } from 'typeorm';
import type { SessionCookie } from './http/session-cookie';
import type { Logger } from './logger';
import type { Account } from './modules/accounts/account.entity';
import { AccountService } from './modules/accounts/account.service';
import { createApplicationLoaders, type ApplicationLoaders } from './modules/applications/application.loaders';
import { createThemeLoaders, type ThemeLoaders } from './modules/themes/theme.loaders';
import { createOfferingLoaders, type OfferingLoaders } from './modules/offerings/offering.loaders';

/** Everything a resolver may use for one request; loaders are per request so caches never leak. */
export interface RequestContext {
  dataSource: DataSource;
  logger: Logger;
  /** The signed-in account, or null for anonymous callers. */
  account: Account | null;
  session: SessionCookie;
  loaders: {
    themes: ThemeLoaders;
    applications: ApplicationLoaders;
    offerings: OfferingLoaders;
  };
}

export async function createRequestContext(
  dataSource: DataSource,
  logger: Logger,
  session: SessionCookie,
): Promise<RequestContext> {
  const account = session.token ? await new AccountService(dataSource).accountForSession(session.token) : null;
  return {
    dataSource,
    logger,
    account,
    session,
    loaders: {
      themes: createThemeLoaders(dataSource),
      applications: createApplicationLoaders(dataSource),
      offerings: createOfferingLoaders(dataSource),
    },
  };
}
