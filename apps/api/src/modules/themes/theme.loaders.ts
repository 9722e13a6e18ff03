import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { Subtheme } from './subtheme.entity';

export interface ThemeLoaders {
  /** Subthemes per theme id, in catalogue order: one query for all themes of a request. */
  subthemesByThemeId: DataLoader<string, Subtheme[]>;
}

export function createThemeLoaders(dataSource: DataSource): ThemeLoaders {
  return {
    subthemesByThemeId: new DataLoader(async (themeIds) => {
      const rows = await dataSource.getRepository(Subtheme).find({
        where: { themeId: In([...themeIds]) },
        order: { sortOrder: 'ASC', code: 'ASC' },
      });
      return themeIds.map((id) => rows.filter((row) => row.themeId === id));
    }),
  };
}
