import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { rowsByKey } from '../../database/loaders';
import { Subtheme } from './subtheme.entity';

export interface ThemeLoaders {
  /** Subthemes per theme id, in catalogue order: one query for all themes of a request. */
  subthemesByThemeId: DataLoader<string, Subtheme[]>;
}

export function createThemeLoaders(dataSource: DataSource): ThemeLoaders {
  return { subthemesByThemeId: rowsByKey(dataSource, Subtheme, 'themeId', { sortOrder: 'ASC', code: 'ASC' }) };
}
