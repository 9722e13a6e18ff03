import type { CalendarDate, FormalCompletion, ThemeDefinition } from '@srpo/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { groupBy } from '../registrations/registration.loaders';
import { Certification, CertificationScope } from '../offerings/offering.entity';
import { certificationOn } from '../offerings/offering.service';
import { Subtheme } from '../themes/subtheme.entity';
import { Theme } from '../themes/theme.entity';

type Db = DataSource | EntityManager;

/** The theme catalogue as the domain needs it, plus names for display. Two queries. */
export interface ThemeCatalogue {
  definitions: ThemeDefinition[];
  themes: Theme[];
  themeById: Map<string, Theme>;
  subthemeById: Map<string, Subtheme>;
  subthemesByThemeCode: Map<string, Subtheme[]>;
}

export async function loadThemeCatalogue(db: Db): Promise<ThemeCatalogue> {
  const themes = await db.getRepository(Theme).find({ order: { sortOrder: 'ASC', code: 'ASC' } });
  const subthemes = await db.getRepository(Subtheme).find({ order: { sortOrder: 'ASC', code: 'ASC' } });
  const themeById = new Map(themes.map((theme) => [theme.id, theme]));
  const byTheme = groupBy(subthemes, (subtheme) => subtheme.themeId);
  const subthemesByThemeCode = new Map(themes.map((theme) => [theme.code, byTheme.get(theme.id) ?? []]));
  return {
    themes,
    themeById,
    subthemeById: new Map(subthemes.map((subtheme) => [subtheme.id, subtheme])),
    subthemesByThemeCode,
    definitions: themes.map((theme) => ({
      code: theme.code,
      isWildcard: theme.isWildcard,
      subthemeCodes: (byTheme.get(theme.id) ?? []).map((subtheme) => subtheme.code),
      validity: { validFrom: theme.validFrom, validUntil: theme.validUntil },
    })),
  };
}

/**
 * SQL expression that changes whenever a theme or subtheme row is added, removed or saved (row
 * count, latest `updated_at`, sum of `version`). Add it as a column to the statement that needs the
 * catalogue: the cache below then costs no extra statement and is exact across API instances.
 */
export const THEME_CATALOGUE_VERSION_SQL = `(SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') || '/' || coalesce(sum(version), 0) FROM theme)
  || '|' || (SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') || '/' || coalesce(sum(version), 0) FROM subtheme)`;

let cachedCatalogue: { version: string; catalogue: Promise<ThemeCatalogue> } | null = null;

/**
 * The theme catalogue for a version read by `THEME_CATALOGUE_VERSION_SQL`: loaded (two queries) only
 * when the version differs from the cached one, so the public read path does not reload it per request.
 */
export function cachedThemeCatalogue(db: Db, version: string): Promise<ThemeCatalogue> {
  if (cachedCatalogue?.version === version) return cachedCatalogue.catalogue;
  const catalogue = loadThemeCatalogue(db);
  const entry = { version, catalogue };
  cachedCatalogue = entry;
  catalogue.catch(() => {
    if (cachedCatalogue === entry) cachedCatalogue = null;
  });
  return catalogue;
}

/** Drops the cached catalogue (after a theme write in this process; other processes see the version change). */
export function invalidateThemeCatalogue(): void {
  cachedCatalogue = null;
}

/** What an offering credits when completed on a date: the certification period and its certified scope. */
export interface OfferingCredit {
  certification: Certification;
  themeCodes: string[];
  subthemeCodes: string[];
}

/** Certifications with their scope (as codes) of the given offerings: two queries for any number. */
export async function loadOfferingCredits(db: Db, offeringIds: readonly string[], catalogue: ThemeCatalogue): Promise<Map<string, OfferingCredit[]>> {
  if (offeringIds.length === 0) return new Map();
  const certifications = await db.getRepository(Certification).find({ where: { offeringId: In([...offeringIds]), outcome: 'CERTIFIED' } });
  const scopes = certifications.length
    ? await db.getRepository(CertificationScope).find({ where: { certificationId: In(certifications.map((c) => c.id)) } })
    : [];
  const scopesByCertification = groupBy(scopes, (scope) => scope.certificationId);
  const credits = certifications.map((certification) => {
    const rows = scopesByCertification.get(certification.id) ?? [];
    return {
      certification,
      themeCodes: rows.flatMap((row) => (row.themeId ? [catalogue.themeById.get(row.themeId)?.code ?? ''] : [])).filter(Boolean),
      subthemeCodes: rows.flatMap((row) => (row.subthemeId ? [catalogue.subthemeById.get(row.subthemeId)?.code ?? ''] : [])).filter(Boolean),
    };
  });
  return groupBy(credits, (credit) => credit.certification.offeringId);
}

/**
 * The domain's view of a completion of an offering on a date: the certification in force then (or,
 * when none, the latest one, which the domain then ignores as outside its period).
 */
export function formalCompletionOf(credits: readonly OfferingCredit[], completedOn: CalendarDate, id?: string): FormalCompletion | null {
  const inForce = certificationOn(credits.map((credit) => credit.certification), completedOn);
  const credit =
    credits.find((candidate) => candidate.certification === inForce) ??
    [...credits].sort((a, b) => (a.certification.decidedOn < b.certification.decidedOn ? 1 : -1))[0];
  if (!credit || !credit.certification.validFrom) return null;
  return {
    id,
    completedOn,
    certification: { validFrom: credit.certification.validFrom, validUntil: credit.certification.validUntil },
    themeCodes: credit.themeCodes,
    subthemeCodes: credit.subthemeCodes,
  };
}

/** Counted completions (recorded or verified) of the given leaders as the domain's formal completions: three queries. */
export async function loadFormalCompletions(db: Db, leaderIds: readonly string[], catalogue: ThemeCatalogue): Promise<Map<string, FormalCompletion[]>> {
  if (leaderIds.length === 0) return new Map();
  const rows = (await db.query(
    `SELECT c.id, c.leader_id, c.completed_on, e.offering_id
       FROM completion c JOIN offering_execution e ON e.id = c.execution_id
      WHERE c.leader_id = ANY($1::uuid[]) AND c.status IN ('RECORDED', 'VERIFIED')`,
    [[...leaderIds]],
  )) as { id: string; leader_id: string; completed_on: CalendarDate; offering_id: string }[];
  const credits = await loadOfferingCredits(db, [...new Set(rows.map((row) => row.offering_id))], catalogue);
  const result = new Map<string, FormalCompletion[]>();
  for (const row of rows) {
    const completion = formalCompletionOf(credits.get(row.offering_id) ?? [], row.completed_on, row.id);
    if (!completion) continue;
    const list = result.get(row.leader_id);
    if (list) list.push(completion);
    else result.set(row.leader_id, [completion]);
  }
  return result;
}
