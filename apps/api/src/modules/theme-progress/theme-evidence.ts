import {
  certificationOn,
  type CalendarDate,
  type FormalCompletion,
  type InformalValidation,
  type InformalValidationMethod,
  type ReRegistrationEvidence,
  type ThemeDefinition,
} from '@srpo/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { groupBy } from '../registrations/registration.loaders';
import { Certification } from '../offerings/offering.entity';
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
 * SQL expression: the version of the catalogue (themes, subthemes, certifications and their scope),
 * bumped by triggers in every transaction that changes them. Add it as a column to the statement that
 * needs the catalogue: the caches below then cost no extra statement and agree across API instances.
 */
export const THEME_CATALOGUE_VERSION_SQL = `(SELECT version::text FROM read_cache_version WHERE name = 'catalogue')`;

interface CachedCatalogue {
  version: string;
  catalogue: Promise<ThemeCatalogue>;
  credits: Promise<Map<string, OfferingCredit[]>> | null;
}

let cached: CachedCatalogue | null = null;

function cacheFor(db: Db, version: string): CachedCatalogue {
  if (cached?.version === version) return cached;
  const entry: CachedCatalogue = { version, catalogue: loadThemeCatalogue(db), credits: null };
  entry.catalogue.catch(() => {
    if (cached === entry) cached = null;
  });
  cached = entry;
  return entry;
}

/**
 * The theme catalogue for a version read by `THEME_CATALOGUE_VERSION_SQL`: loaded (two queries) only
 * when the version differs from the cached one, so the public read path does not reload it per request.
 */
export function cachedThemeCatalogue(db: Db, version: string): Promise<ThemeCatalogue> {
  return cacheFor(db, version).catalogue;
}

/** What every certified offering credits (one query when the version changed), for the same version. */
export function cachedOfferingCredits(db: Db, version: string): Promise<Map<string, OfferingCredit[]>> {
  const entry = cacheFor(db, version);
  if (!entry.credits) {
    entry.credits = entry.catalogue.then((catalogue) => loadOfferingCredits(db, null, catalogue));
    entry.credits.catch(() => {
      if (cached === entry) cached = null;
    });
  }
  return entry.credits;
}

/**
 * Certified certifications with their scope (as codes), by offering: one query, for the given
 * offerings or (null) every offering.
 */
export async function loadOfferingCredits(
  db: Db,
  offeringIds: readonly string[] | null,
  catalogue: ThemeCatalogue,
): Promise<Map<string, OfferingCredit[]>> {
  if (offeringIds?.length === 0) return new Map();
  const rows = (await db.query(
    `SELECT c.id, c.offering_id, c.outcome, c.decided_on, c.valid_from, c.valid_until, c.created_at,
            coalesce(array_agg(s.theme_id) FILTER (WHERE s.theme_id IS NOT NULL), '{}') AS theme_ids,
            coalesce(array_agg(s.subtheme_id) FILTER (WHERE s.subtheme_id IS NOT NULL), '{}') AS subtheme_ids
       FROM certification c LEFT JOIN certification_scope s ON s.certification_id = c.id
      WHERE c.outcome = 'CERTIFIED' AND ($1::uuid[] IS NULL OR c.offering_id = ANY($1::uuid[]))
      GROUP BY c.id`,
    [offeringIds ? [...offeringIds] : null],
  )) as {
    id: string;
    offering_id: string;
    outcome: 'CERTIFIED';
    decided_on: CalendarDate;
    valid_from: CalendarDate | null;
    valid_until: CalendarDate | null;
    created_at: Date;
    theme_ids: string[];
    subtheme_ids: string[];
  }[];
  const credits = rows.map((row) => ({
    certification: Object.assign(new Certification(), {
      id: row.id,
      offeringId: row.offering_id,
      outcome: row.outcome,
      decidedOn: row.decided_on,
      validFrom: row.valid_from,
      validUntil: row.valid_until,
      createdAt: row.created_at,
    }),
    themeCodes: row.theme_ids.flatMap((id) => catalogue.themeById.get(id)?.code ?? []),
    subthemeCodes: row.subtheme_ids.flatMap((id) => catalogue.subthemeById.get(id)?.code ?? []),
  }));
  return groupBy(credits, (credit) => credit.certification.offeringId);
}

/** What an offering credits when completed on a date: the certification period and its certified scope. */
export interface OfferingCredit {
  certification: Certification;
  themeCodes: string[];
  subthemeCodes: string[];
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

/** Counted completions (recorded or verified) of the given leaders as the domain's formal completions: two queries. */
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

/** A stored informal validation as the domain takes it, with its source for display (§3.6). */
export interface StoredInformalValidation extends InformalValidation {
  readonly id: string;
  /** The assessor organisation that validated a portfolio; null for peer validation. */
  readonly organisationName: string | null;
}

/**
 * Informal validations (portfolio, peer validation) of the given leaders, oldest first: one query for
 * any number of leaders. They count wherever completions count (§3.4); the domain decides which fall
 * inside a period.
 */
export async function loadInformalValidations(
  db: Db,
  leaderIds: readonly string[],
  catalogue: ThemeCatalogue,
): Promise<Map<string, StoredInformalValidation[]>> {
  if (leaderIds.length === 0) return new Map();
  const rows = (await db.query(
    `SELECT v.id, v.leader_id, v.theme_id, v.validated_on, v.method, o.name AS organisation_name
       FROM informal_validation v LEFT JOIN assessor_organisation o ON o.id = v.assessor_organisation_id
      WHERE v.leader_id = ANY($1::uuid[])
      ORDER BY v.validated_on, v.id`,
    [[...leaderIds]],
  )) as { id: string; leader_id: string; theme_id: string; validated_on: CalendarDate; method: InformalValidationMethod; organisation_name: string | null }[];
  const toValidation = (row: (typeof rows)[number]): StoredInformalValidation => ({
    id: row.id,
    themeCode: catalogue.themeById.get(row.theme_id)?.code ?? row.theme_id,
    validatedOn: row.validated_on,
    method: row.method,
    organisationName: row.organisation_name,
  });
  return new Map([...groupBy(rows, (row) => row.leader_id)].map(([leaderId, list]) => [leaderId, list.map(toValidation)]));
}

/**
 * Each leader's stored evidence for re-registration (§3.5) as the domain takes it: the catalogue, the
 * leader's counted completions and informal validations (three statements for any number of leaders).
 * Diplomas are not stored per leader; an application adds the one it claims.
 */
export async function loadReRegistrationEvidence(db: Db, leaderIds: readonly string[], catalogue: ThemeCatalogue): Promise<Map<string, ReRegistrationEvidence>> {
  const completions = await loadFormalCompletions(db, leaderIds, catalogue);
  const validations = await loadInformalValidations(db, leaderIds, catalogue);
  return new Map(
    leaderIds.map((leaderId) => [
      leaderId,
      { catalogue: catalogue.definitions, completions: completions.get(leaderId) ?? [], validations: validations.get(leaderId) ?? [] },
    ]),
  );
}
