import { todayInAmsterdam } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { reRegistrationThemesLoader } from './re-registration-themes';

/** Per-request loaders of the board overview. */
export function createBoardOverviewLoaders(dataSource: DataSource) {
  return { reRegistrationThemes: reRegistrationThemesLoader(dataSource, todayInAmsterdam(new Date())) };
}

export type BoardOverviewLoaders = ReturnType<typeof createBoardOverviewLoaders>;
