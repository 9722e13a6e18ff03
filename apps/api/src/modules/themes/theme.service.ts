import { isActiveOn, type CalendarDate } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { Theme } from './theme.entity';

export class ThemeService {
  constructor(private readonly dataSource: DataSource) {}

  /** The catalogue in its fixed order; with `activeOn`, only themes valid on that day. */
  async listThemes(activeOn?: CalendarDate): Promise<Theme[]> {
    const themes = await this.dataSource.getRepository(Theme).find({ order: { sortOrder: 'ASC', code: 'ASC' } });
    return activeOn ? themes.filter((theme) => isActiveOn(theme, activeOn)) : themes;
  }
}
