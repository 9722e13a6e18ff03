import { In, type DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../http/errors';
import { Subtheme } from '../themes/subtheme.entity';
import { Theme } from '../themes/theme.entity';

export interface ThemeScope {
  themeIds: string[];
  subthemeIds: string[];
}

/** Turns theme and subtheme codes into ids (two queries); unknown codes are BAD_USER_INPUT naming them. */
export async function resolveThemeCodes(
  db: DataSource | EntityManager,
  themeCodes: readonly string[],
  subthemeCodes: readonly string[],
): Promise<ThemeScope> {
  const wantedThemes = [...new Set(themeCodes.map((code) => code.trim()))];
  const wantedSubthemes = [...new Set(subthemeCodes.map((code) => code.trim()))];
  const themes = wantedThemes.length ? await db.getRepository(Theme).findBy({ code: In(wantedThemes) }) : [];
  const subthemes = wantedSubthemes.length ? await db.getRepository(Subtheme).findBy({ code: In(wantedSubthemes) }) : [];
  const unknown = [
    ...wantedThemes.filter((code) => !themes.some((theme) => theme.code === code)),
    ...wantedSubthemes.filter((code) => !subthemes.some((subtheme) => subtheme.code === code)),
  ];
  if (unknown.length) {
    throw new AppError('BAD_USER_INPUT', `Onbekende thema- of deelthemacode: ${unknown.join(', ')}.`, { field: 'themeCodes', unknown });
  }
  return { themeIds: themes.map((theme) => theme.id), subthemeIds: subthemes.map((subtheme) => subtheme.id) };
}
