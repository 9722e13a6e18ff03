import type { DataSource } from 'typeorm';
import type { Logger } from './logger';
import { createThemeLoaders, type ThemeLoaders } from './modules/themes/theme.loaders';

/** Everything a resolver may use for one request; loaders are per request so caches never leak. */
export interface RequestContext {
  dataSource: DataSource;
  logger: Logger;
  loaders: {
    themes: ThemeLoaders;
  };
}

export function createRequestContext(dataSource: DataSource, logger: Logger): RequestContext {
  return {
    dataSource,
    logger,
    loaders: {
      themes: createThemeLoaders(dataSource),
    },
  };
}
