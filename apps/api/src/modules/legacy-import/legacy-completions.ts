import { calendarDateParts, isActiveOn, reason, type CalendarDate, type LegacyCompletion } from '@srpo/domain';
import { decided, duplicateOf, leaderOf, leadersByNumber, legacyIds, recordImported, refused, type ImportContext, type ReadRow, type RowDecision } from './legacy-batch';

interface ThemeRow {
  id: string;
  code: string;
  name: string;
  valid_from: CalendarDate;
  valid_until: CalendarDate | null;
}

/** The end of time for a certification: the legacy offering of a theme stays certified as long as the theme. */
const OPEN_END = '9999-12-31';

/**
 * The old register's formal completions name no offering of our catalogue. Each theme gets one
 * legacy offering, "Oud register — <theme>", certified for exactly that theme for the theme's whole
 * validity (so the theme-completion rule counts its completions as FORMAL for that theme, §3.4), with
 * one execution per calendar year; `offering.legacy` keeps it out of the public catalogue. Found by
 * its legacy key, created on first use. Returns the execution id per `themeCode|year`.
 */
async function legacyExecutions(ctx: ImportContext, needed: readonly { theme: ThemeRow; year: number }[]): Promise<Map<string, string>> {
  const executionKeys = [...new Set(needed.map(({ theme, year }) => `thema:${theme.code}:${year}`))];
  const found = (await ctx.manager.query(`SELECT legacy_key, entity_id FROM legacy_record WHERE entity = 'offering_execution' AND legacy_key = ANY($1::text[])`, [
    executionKeys,
  ])) as { legacy_key: string; entity_id: string }[];
  const executions = new Map(found.map((row) => [row.legacy_key, row.entity_id]));
  const missing = needed.filter(({ theme, year }) => !executions.has(`thema:${theme.code}:${year}`));
  if (missing.length === 0) return executions;

  const themes = new Map(missing.map(({ theme }) => [theme.code, theme]));
  const offerings = new Map(
    ((await ctx.manager.query(`SELECT legacy_key, entity_id FROM legacy_record WHERE entity = 'offering' AND legacy_key = ANY($1::text[])`, [
      [...themes.keys()].map((code) => `thema:${code}`),
    ])) as { legacy_key: string; entity_id: string }[]).map((row) => [row.legacy_key, row.entity_id]),
  );
  for (const theme of themes.values()) {
    if (offerings.has(`thema:${theme.code}`)) continue;
    const [offering] = (await ctx.manager.query(
      `INSERT INTO offering (title, kind, description, status, legacy) VALUES ($1, 'COURSE', $2, 'CERTIFIED', true) RETURNING id`,
      [`Oud register — ${theme.name}`, `Afrondingen van thema ${theme.code} die uit het oude register zijn overgenomen.`],
    )) as { id: string }[];
    await ctx.manager.query(`INSERT INTO offering_claim (offering_id, theme_id) VALUES ($1, $2)`, [offering!.id, theme.id]);
    const [certification] = (await ctx.manager.query(
      `INSERT INTO certification (offering_id, outcome, decided_on, decided_by, valid_from, valid_until, grounds)
       VALUES ($1, 'CERTIFIED', $2, $3, $4, $5, 'Overgenomen uit het oude register') RETURNING id`,
      [offering!.id, ctx.today, ctx.actorAccountId, theme.valid_from, theme.valid_until ?? OPEN_END],
    )) as { id: string }[];
    await ctx.manager.query(`INSERT INTO certification_scope (certification_id, theme_id) VALUES ($1, $2)`, [certification!.id, theme.id]);
    offerings.set(`thema:${theme.code}`, offering!.id);
    await recordImported(ctx, 'offering', [{ id: offering!.id, key: `thema:${theme.code}`, after: { theme: theme.code, legacy: true } }], []);
  }
  const creates = [...new Map(missing.map((item) => [`thema:${item.theme.code}:${item.year}`, item])).entries()];
  const inserted = (await ctx.manager.query(
    `INSERT INTO offering_execution (offering_id, starts_on, ends_on, online)
     SELECT offering_id, make_date(year, 1, 1), make_date(year, 12, 31), true FROM unnest($1::uuid[], $2::int[]) AS v(offering_id, year)
     RETURNING id, offering_id, extract(year FROM starts_on)::int AS year`,
    [creates.map(([, item]) => offerings.get(`thema:${item.theme.code}`)), creates.map(([, item]) => item.year)],
  )) as { id: string; offering_id: string; year: number }[];
  const codeByOffering = new Map([...offerings].map(([key, id]) => [id, key]));
  const created = inserted.map((row) => ({ id: row.id, key: `${codeByOffering.get(row.offering_id)}:${row.year}`, after: { year: row.year } }));
  await recordImported(ctx, 'offering_execution', created, []);
  created.forEach((row) => executions.set(row.key, row.id));
  return executions;
}

/**
 * Theme completions by leader, theme and route: a formal one (per calendar year) becomes a recorded
 * completion of the theme's legacy offering, an informal one an informal validation with method
 * LEGACY (per date). The theme must exist and be in force on the completion date.
 */
export async function importCompletions(rows: readonly ReadRow<'afrondingen'>[], ctx: ImportContext): Promise<RowDecision[]> {
  const leaders = await leadersByNumber(ctx, rows.map((row) => row.record.registerNumber));
  const themes = new Map(
    ((await ctx.manager.query(`SELECT id, code, name, valid_from::text, valid_until::text FROM theme`)) as ThemeRow[]).map((theme) => [theme.code, theme]),
  );
  const decisions: RowDecision[] = [];
  const resolved: { rowNumber: number; key: string; leaderId: string; theme: ThemeRow; year: number; record: LegacyCompletion }[] = [];
  for (const { rowNumber, record } of rows) {
    const year = calendarDateParts(record.completedOn).year;
    const key =
      record.route === 'FORMAL' ? `${record.registerNumber}|${record.themeCode}|formeel|${year}` : `${record.registerNumber}|${record.themeCode}|informeel|${record.completedOn}`;
    const leader = leaderOf(leaders, record.registerNumber);
    const theme = themes.get(record.themeCode);
    const themeProblem =
      theme && isActiveOn({ validFrom: theme.valid_from, validUntil: theme.valid_until }, record.completedOn)
        ? []
        : [reason('LEGACY_THEME_UNKNOWN', { theme: record.themeCode.slice(0, 20), date: record.completedOn })];
    if ('code' in leader || !theme || themeProblem.length > 0) {
      decisions.push(refused(rowNumber, key, ...('code' in leader ? [leader] : []), ...themeProblem));
      continue;
    }
    const duplicate = duplicateOf(ctx, 'afrondingen', key, rowNumber);
    if (duplicate) decisions.push(refused(rowNumber, key, duplicate));
    else resolved.push({ rowNumber, key, leaderId: leader.id, theme, year, record });
  }
  const formal = resolved.filter((row) => row.record.route === 'FORMAL');
  const informal = resolved.filter((row) => row.record.route === 'INFORMAL');
  decisions.push(...(await importFormal(ctx, formal)), ...(await importInformal(ctx, informal)));
  return decisions;
}

type Resolved = { rowNumber: number; key: string; leaderId: string; theme: ThemeRow; year: number; record: LegacyCompletion };

async function importFormal(ctx: ImportContext, rows: readonly Resolved[]): Promise<RowDecision[]> {
  if (rows.length === 0) return [];
  const executions = await legacyExecutions(ctx, rows);
  const executionOf = (row: Resolved) => executions.get(`thema:${row.theme.code}:${row.year}`)!;
  const existing = (await ctx.manager.query(
    `SELECT c.id, c.execution_id, c.leader_id, c.completed_on::text FROM completion c
       JOIN unnest($1::uuid[], $2::uuid[]) AS k(execution_id, leader_id) ON c.execution_id = k.execution_id AND c.leader_id = k.leader_id
      WHERE c.status IN ('RECORDED', 'PENDING_VERIFICATION', 'VERIFIED')`,
    [rows.map(executionOf), rows.map((row) => row.leaderId)],
  )) as { id: string; execution_id: string; leader_id: string; completed_on: string }[];
  const byMatch = new Map(existing.map((row) => [`${row.execution_id}|${row.leader_id}`, row]));
  const imported = await legacyIds(ctx, 'completion', existing.map((row) => row.id));
  const decisions: RowDecision[] = [];
  const creates: Resolved[] = [];
  const updates: { id: string; row: Resolved; before: { completedOn: string } }[] = [];
  for (const row of rows) {
    const stored = byMatch.get(`${executionOf(row)}|${row.leaderId}`);
    if (!stored) creates.push(row);
    else if (imported.has(stored.id) && stored.completed_on !== row.record.completedOn) updates.push({ id: stored.id, row, before: { completedOn: stored.completed_on } });
    else {
      decisions.push(decided(row.rowNumber, 'UNCHANGED', row.key));
      continue;
    }
    ctx.touchedLeaderIds.add(row.leaderId);
    decisions.push(decided(row.rowNumber, stored ? 'UPDATE' : 'CREATE', row.key));
  }
  if (creates.length > 0) {
    const inserted = (await ctx.manager.query(
      `INSERT INTO completion (execution_id, leader_id, completed_on, source, status, recorded_by, handling_note)
       SELECT v.execution_id, v.leader_id, v.completed_on, 'PROVIDER', 'RECORDED', $5, v.note FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::text[]) AS v(execution_id, leader_id, completed_on, note)
       RETURNING id, execution_id || '|' || leader_id AS match`,
      [creates.map(executionOf), creates.map((row) => row.leaderId), creates.map((row) => row.record.completedOn), creates.map((row) => row.record.description), ctx.actorAccountId],
    )) as { id: string; match: string }[];
    const byCreated = new Map(creates.map((row) => [`${executionOf(row)}|${row.leaderId}`, row]));
    await recordImported(ctx, 'completion', inserted.map((row) => ({ id: row.id, key: byCreated.get(row.match)!.key, after: byCreated.get(row.match)!.record })), []);
  }
  if (updates.length > 0) {
    await ctx.manager.query(
      `UPDATE completion c SET completed_on = v.completed_on, updated_at = now(), version = c.version + 1 FROM unnest($1::uuid[], $2::date[]) AS v(id, completed_on) WHERE c.id = v.id`,
      [updates.map((item) => item.id), updates.map((item) => item.row.record.completedOn)],
    );
    await recordImported(ctx, 'completion', [], updates.map((item) => ({ id: item.id, before: item.before, after: item.row.record })));
  }
  return decisions;
}

async function importInformal(ctx: ImportContext, rows: readonly Resolved[]): Promise<RowDecision[]> {
  if (rows.length === 0) return [];
  const inserted = (await ctx.manager.query(
    `INSERT INTO informal_validation (leader_id, theme_id, validated_on, method)
     SELECT *, 'LEGACY' FROM unnest($1::uuid[], $2::uuid[], $3::date[])
     ON CONFLICT (leader_id, theme_id, method, validated_on) DO NOTHING
     RETURNING id, leader_id || '|' || theme_id || '|' || validated_on::text AS match`,
    [rows.map((row) => row.leaderId), rows.map((row) => row.theme.id), rows.map((row) => row.record.completedOn)],
  )) as { id: string; match: string }[];
  const created = new Set(inserted.map((row) => row.match));
  const byMatch = new Map(rows.map((row) => [`${row.leaderId}|${row.theme.id}|${row.record.completedOn}`, row]));
  await recordImported(ctx, 'informal_validation', inserted.map((row) => ({ id: row.id, key: byMatch.get(row.match)!.key, after: byMatch.get(row.match)!.record })), []);
  return rows.map((row) => {
    const isNew = created.has(`${row.leaderId}|${row.theme.id}|${row.record.completedOn}`);
    if (isNew) ctx.touchedLeaderIds.add(row.leaderId);
    return decided(row.rowNumber, isNew ? 'CREATE' : 'UNCHANGED', row.key);
  });
}
