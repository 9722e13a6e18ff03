import {
  isOnOrBefore,
  reason,
  registrationStateOn,
  type CalendarDate,
  type LegacyDeferral,
  type LegacyRegistration,
  type LegacyReRegistration,
  type Reason,
} from '@srpo/domain';
import { columnsOf, decided, duplicateOf, leaderOf, leadersByNumber, legacyIds, recordImported, refused, type ImportContext, type ReadRow, type RowDecision } from './legacy-batch';

/** Why an import deregisters: the old register's export says only that it did, and when. */
const DEREGISTRATION_REASON = 'Uitgeschreven in het oude register';
const DEFERRAL_MOTIVATION = 'Overgenomen uit het oude register';

interface StoredRegistration {
  id: string;
  leader_id: string;
  registered_on: CalendarDate;
  title: string;
  level: string | null;
  aspirant: boolean;
  aspirant_until: CalendarDate | null;
  full_registration_on: CalendarDate | null;
  deregistered_on: CalendarDate | null;
}

async function registrationsOf(ctx: ImportContext, leaderIds: readonly string[]): Promise<Map<string, StoredRegistration[]>> {
  const rows = (await ctx.manager.query(
    `SELECT id, leader_id, registered_on::text, title, level, aspirant, aspirant_until::text, full_registration_on::text, deregistered_on::text
       FROM registration WHERE leader_id = ANY($1::uuid[]) ORDER BY registered_on`,
    [[...new Set(leaderIds)]],
  )) as StoredRegistration[];
  const byLeader = new Map<string, StoredRegistration[]>();
  for (const row of rows) byLeader.set(row.leader_id, [...(byLeader.get(row.leader_id) ?? []), row]);
  return byLeader;
}

/** The registration a dated fact of the old register belongs to: the leader's latest registered on or before that date. */
function registrationOn(registrations: readonly StoredRegistration[] | undefined, date: CalendarDate): StoredRegistration | null {
  return [...(registrations ?? [])].reverse().find((registration) => isOnOrBefore(registration.registered_on, date)) ?? null;
}

const sameRegistration = (stored: StoredRegistration, record: LegacyRegistration) =>
  stored.title === record.title &&
  stored.level === record.level &&
  stored.aspirant === record.aspirant &&
  stored.aspirant_until === record.aspirantUntil &&
  stored.full_registration_on === record.fullRegistrationOn &&
  stored.deregistered_on === record.deregisteredOn;

/**
 * The title history the register shows (§3.1; the public entry reads title, level and aspirant flag
 * from it): the registration's title from its date and, for a former aspirant, the full title from
 * the full registration (the old register gives only that level, so the aspirant period has none).
 */
async function writeTitleHistory(ctx: ImportContext, registrations: readonly { id: string; record: LegacyRegistration }[]): Promise<void> {
  const changes = registrations.flatMap(({ id, record }) => {
    const fullOn = record.aspirant ? record.fullRegistrationOn : null;
    return [
      { id, effectiveOn: record.registeredOn, level: fullOn ? null : record.level, aspirant: record.aspirant, title: record.title },
      ...(fullOn ? [{ id, effectiveOn: fullOn, level: record.level, aspirant: false, title: record.title }] : []),
    ];
  });
  await ctx.manager.query(`DELETE FROM registration_title_change WHERE registration_id = ANY($1::uuid[])`, [registrations.map((item) => item.id)]);
  await ctx.manager.query(
    `INSERT INTO registration_title_change (registration_id, effective_on, title, level, aspirant)
     SELECT * FROM unnest($1::uuid[], $2::date[], $3::text[], $4::text[], $5::boolean[])`,
    [changes.map((c) => c.id), changes.map((c) => c.effectiveOn), changes.map((c) => c.title), changes.map((c) => c.level), changes.map((c) => c.aspirant)],
  );
}

/**
 * Registrations by leader and registration date. A leader has at most one registration that is not
 * deregistered (the database's rule too): a second is refused. Status and due date are the domain's
 * answer for the new facts; the run refreshes them with the full history once every kind is in.
 */
export async function importRegistrations(rows: readonly ReadRow<'registraties'>[], ctx: ImportContext): Promise<RowDecision[]> {
  const leaders = await leadersByNumber(ctx, rows.map((row) => row.record.registerNumber));
  const registrations = await registrationsOf(ctx, [...leaders.values()].map((leader) => leader.id));
  const imported = await legacyIds(ctx, 'registration', [...registrations.values()].flat().map((row) => row.id));
  const decisions: RowDecision[] = [];
  const creates: { key: string; leaderId: string; record: LegacyRegistration; status: string; dueDate: CalendarDate }[] = [];
  const updates: { id: string; leaderId: string; record: LegacyRegistration; before: StoredRegistration }[] = [];
  // Leaders' current (not deregistered) registrations, as this batch leaves them.
  const current = new Map<string, Set<string>>();
  for (const [leaderId, list] of registrations) current.set(leaderId, new Set(list.filter((row) => row.deregistered_on === null).map((row) => row.registered_on)));
  for (const { rowNumber, record } of rows) {
    const key = `${record.registerNumber}|${record.registeredOn}`;
    const leader = leaderOf(leaders, record.registerNumber);
    if ('code' in leader) {
      decisions.push(refused(rowNumber, key, leader));
      continue;
    }
    const duplicate = duplicateOf(ctx, 'registraties', key, rowNumber);
    if (duplicate) {
      decisions.push(refused(rowNumber, key, duplicate));
      continue;
    }
    const stored = registrations.get(leader.id)?.find((row) => row.registered_on === record.registeredOn);
    if (stored && (!imported.has(stored.id) || sameRegistration(stored, record))) {
      decisions.push(decided(rowNumber, 'UNCHANGED', key));
      continue;
    }
    const currentOnes = current.get(leader.id) ?? new Set<string>();
    const others = [...currentOnes].filter((date) => date !== record.registeredOn);
    if (record.deregisteredOn === null && others.length > 0) {
      decisions.push(refused(rowNumber, key, reason('LEGACY_SECOND_CURRENT_REGISTRATION', { registerNumber: record.registerNumber })));
      continue;
    }
    if (record.deregisteredOn === null) currentOnes.add(record.registeredOn);
    else currentOnes.delete(record.registeredOn);
    current.set(leader.id, currentOnes);
    ctx.touchedLeaderIds.add(leader.id);
    if (stored) {
      updates.push({ id: stored.id, leaderId: leader.id, record, before: stored });
      decisions.push(decided(rowNumber, 'UPDATE', key));
    } else {
      const state = registrationStateOn({ ...record, reRegistrations: [], deferrals: [] }, ctx.today);
      creates.push({ key, leaderId: leader.id, record, status: state.status ?? 'ACTIVE', dueDate: state.period?.dueDate ?? record.registeredOn });
      decisions.push(decided(rowNumber, 'CREATE', key));
    }
  }
  const record = <T>(pick: (item: LegacyRegistration) => T) => (item: { record: LegacyRegistration }) => pick(item.record);
  // Updates first: a registration deregistered by this batch frees the place of a new current one.
  if (updates.length > 0) {
    await ctx.manager.query(
      `UPDATE registration r
          SET title = v.title, level = v.level, aspirant = v.aspirant, aspirant_until = v.aspirant_until,
              full_registration_on = v.full_registration_on, deregistered_on = v.deregistered_on,
              deregistration_reason = CASE WHEN v.deregistered_on IS NULL THEN NULL ELSE coalesce(r.deregistration_reason, $7) END,
              status_valid_until = '-infinity', updated_at = now(), version = r.version + 1
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::boolean[], $5::date[], $6::date[], $8::date[])
              AS v(id, title, level, aspirant, aspirant_until, deregistered_on, full_registration_on)
        WHERE r.id = v.id`,
      [
        updates.map((item) => item.id),
        updates.map(record((item) => item.title)),
        updates.map(record((item) => item.level)),
        updates.map(record((item) => item.aspirant)),
        updates.map(record((item) => item.aspirantUntil)),
        updates.map(record((item) => item.deregisteredOn)),
        DEREGISTRATION_REASON,
        updates.map(record((item) => item.fullRegistrationOn)),
      ],
    );
    await recordImported(ctx, 'registration', [], updates.map((item) => ({ id: item.id, before: item.before, after: item.record })));
    await writeTitleHistory(ctx, updates);
  }
  if (creates.length > 0) {
    const inserted = (await ctx.manager.query(
      `INSERT INTO registration (leader_id, registered_on, title, level, aspirant, aspirant_until, full_registration_on, deregistered_on,
                                 deregistration_reason, status, due_date, status_as_of)
       SELECT v.leader_id, v.registered_on, v.title, v.level, v.aspirant, v.aspirant_until, v.full_registration_on, v.deregistered_on,
              CASE WHEN v.deregistered_on IS NULL THEN NULL ELSE $11 END, v.status, v.due_date, $12
         FROM unnest($1::uuid[], $2::date[], $3::text[], $4::text[], $5::boolean[], $6::date[], $7::date[], $8::date[], $9::text[], $10::date[])
              AS v(leader_id, registered_on, title, level, aspirant, aspirant_until, full_registration_on, deregistered_on, status, due_date)
       RETURNING id, leader_id || '|' || registered_on::text AS match`,
      [
        creates.map((item) => item.leaderId),
        creates.map(record((item) => item.registeredOn)),
        creates.map(record((item) => item.title)),
        creates.map(record((item) => item.level)),
        creates.map(record((item) => item.aspirant)),
        creates.map(record((item) => item.aspirantUntil)),
        creates.map(record((item) => item.fullRegistrationOn)),
        creates.map(record((item) => item.deregisteredOn)),
        creates.map((item) => item.status),
        creates.map((item) => item.dueDate),
        DEREGISTRATION_REASON,
        ctx.today,
      ],
    )) as { id: string; match: string }[];
    const byMatch = new Map(creates.map((item) => [`${item.leaderId}|${item.record.registeredOn}`, item]));
    await recordImported(ctx, 'registration', inserted.map((row) => ({ id: row.id, key: byMatch.get(row.match)!.key, after: byMatch.get(row.match)!.record })), []);
    await writeTitleHistory(ctx, inserted.map((row) => ({ id: row.id, record: byMatch.get(row.match)!.record })));
  }
  return decisions;
}

/** The leader and registration a dated row of a later kind belongs to, or why none. */
async function anchorsOf(ctx: ImportContext, numbers: readonly string[]) {
  const leaders = await leadersByNumber(ctx, numbers);
  const registrations = await registrationsOf(ctx, [...leaders.values()].map((leader) => leader.id));
  return (registerNumber: string, date: CalendarDate | null): { leaderId: string; registration: StoredRegistration | null } | Reason => {
    const leader = leaderOf(leaders, registerNumber);
    if ('code' in leader) return leader;
    const registration = date === null ? null : registrationOn(registrations.get(leader.id), date);
    if (date !== null && registration === null) return reason('LEGACY_REGISTRATION_UNKNOWN', { registerNumber, date });
    return { leaderId: leader.id, registration };
  };
}

/** Approved re-registrations by leader and approval date, on the registration current then; only the route can change. */
export async function importReRegistrations(rows: readonly ReadRow<'herregistraties'>[], ctx: ImportContext): Promise<RowDecision[]> {
  const anchor = await anchorsOf(ctx, rows.map((row) => row.record.registerNumber));
  const decisions: RowDecision[] = [];
  const resolved: { rowNumber: number; key: string; leaderId: string; registrationId: string; record: LegacyReRegistration }[] = [];
  for (const { rowNumber, record } of rows) {
    const key = `${record.registerNumber}|${record.approvedOn}`;
    const found = anchor(record.registerNumber, record.approvedOn);
    if ('code' in found) decisions.push(refused(rowNumber, key, found));
    else {
      const duplicate = duplicateOf(ctx, 'herregistraties', key, rowNumber);
      if (duplicate) decisions.push(refused(rowNumber, key, duplicate));
      else resolved.push({ rowNumber, key, leaderId: found.leaderId, registrationId: found.registration!.id, record });
    }
  }
  const existing = (await ctx.manager.query(
    `SELECT x.id, x.registration_id, x.approved_on::text, x.route FROM re_registration x
       JOIN unnest($1::uuid[], $2::date[]) AS k(registration_id, approved_on) ON x.registration_id = k.registration_id AND x.approved_on = k.approved_on`,
    [resolved.map((row) => row.registrationId), resolved.map((row) => row.record.approvedOn)],
  )) as { id: string; registration_id: string; approved_on: string; route: string }[];
  const byKey = new Map(existing.map((row) => [`${row.registration_id}|${row.approved_on}`, row]));
  const imported = await legacyIds(ctx, 're_registration', existing.map((row) => row.id));
  const creates: typeof resolved = [];
  const updates: { id: string; route: string; before: unknown; after: LegacyReRegistration }[] = [];
  for (const row of resolved) {
    const stored = byKey.get(`${row.registrationId}|${row.record.approvedOn}`);
    if (!stored) creates.push(row);
    else if (imported.has(stored.id) && stored.route !== row.record.route) updates.push({ id: stored.id, route: row.record.route, before: { route: stored.route }, after: row.record });
    else {
      decisions.push(decided(row.rowNumber, 'UNCHANGED', row.key));
      continue;
    }
    ctx.touchedLeaderIds.add(row.leaderId);
    decisions.push(decided(row.rowNumber, stored ? 'UPDATE' : 'CREATE', row.key));
  }
  if (creates.length > 0) {
    const inserted = (await ctx.manager.query(
      `INSERT INTO re_registration (registration_id, approved_on, route) SELECT * FROM unnest($1::uuid[], $2::date[], $3::text[])
       RETURNING id, registration_id || '|' || approved_on::text AS match`,
      [creates.map((row) => row.registrationId), creates.map((row) => row.record.approvedOn), creates.map((row) => row.record.route)],
    )) as { id: string; match: string }[];
    const byMatch = new Map(creates.map((row) => [`${row.registrationId}|${row.record.approvedOn}`, row]));
    await recordImported(ctx, 're_registration', inserted.map((row) => ({ id: row.id, key: byMatch.get(row.match)!.key, after: byMatch.get(row.match)!.record })), []);
  }
  if (updates.length > 0) {
    await ctx.manager.query(`UPDATE re_registration x SET route = v.route FROM unnest($1::uuid[], $2::text[]) AS v(id, route) WHERE x.id = v.id`, columnsOf(updates, 'id', 'route'));
    await recordImported(ctx, 're_registration', [], updates);
  }
  return decisions;
}

interface StoredDeferral {
  id: string;
  leader_id: string;
  registration_id: string | null;
  kind: string;
  reason: string;
  requested_on: string;
  requested_due_date: string;
  status: string;
  decided_on: string | null;
  granted_due_date: string | null;
}

const deferralStatus = (record: LegacyDeferral) => record.outcome ?? 'REQUESTED';
const sameDeferral = (stored: StoredDeferral, record: LegacyDeferral) =>
  stored.reason === record.reason &&
  stored.requested_due_date === record.requestedDueDate &&
  stored.status === deferralStatus(record) &&
  stored.decided_on === record.decidedOn &&
  stored.granted_due_date === record.grantedDueDate;

/** The registration fact a granted re-registration deferral adds (§3.7): it moves the due date. */
const grantedFact = (registrationId: string | null, kind: string, status: string, decidedOn: string | null, grantedDueDate: string | null) =>
  registrationId && kind === 'RE_REGISTRATION' && (status === 'GRANTED' || status === 'PARTLY_GRANTED') && decidedOn && grantedDueDate
    ? { registrationId, grantedOn: decidedOn, newDueDate: grantedDueDate }
    : null;

/**
 * Deferral requests by leader, kind and request date, with their decision; a re-registration request
 * belongs to the registration current on its request date and a grant adds the registration fact
 * that moves the due date, as a decision in this register does. At most one open request per kind.
 */
export async function importDeferrals(rows: readonly ReadRow<'uitstel'>[], ctx: ImportContext): Promise<RowDecision[]> {
  const anchor = await anchorsOf(ctx, rows.map((row) => row.record.registerNumber));
  const decisions: RowDecision[] = [];
  const resolved: { rowNumber: number; key: string; leaderId: string; registrationId: string | null; record: LegacyDeferral }[] = [];
  for (const { rowNumber, record } of rows) {
    const key = `${record.registerNumber}|${record.kind}|${record.requestedOn}`;
    const found = anchor(record.registerNumber, record.kind === 'RE_REGISTRATION' ? record.requestedOn : null);
    if ('code' in found) decisions.push(refused(rowNumber, key, found));
    else {
      const duplicate = duplicateOf(ctx, 'uitstel', key, rowNumber);
      if (duplicate) decisions.push(refused(rowNumber, key, duplicate));
      else resolved.push({ rowNumber, key, leaderId: found.leaderId, registrationId: found.registration?.id ?? null, record });
    }
  }
  const stored = (await ctx.manager.query(
    `SELECT id, leader_id, registration_id, kind, reason, requested_on::text, requested_due_date::text, status, decided_on::text, granted_due_date::text
       FROM deferral_request WHERE leader_id = ANY($1::uuid[])`,
    [[...new Set(resolved.map((row) => row.leaderId))]],
  )) as StoredDeferral[];
  const byKey = new Map(stored.map((row) => [`${row.leader_id}|${row.kind}|${row.requested_on}`, row]));
  const open = new Set(stored.filter((row) => row.status === 'REQUESTED').map((row) => `${row.leader_id}|${row.kind}|${row.requested_on}`));
  const imported = await legacyIds(ctx, 'deferral_request', stored.map((row) => row.id));
  const creates: typeof resolved = [];
  const updates: { id: string; row: (typeof resolved)[number]; before: StoredDeferral }[] = [];
  for (const row of resolved) {
    const match = `${row.leaderId}|${row.record.kind}|${row.record.requestedOn}`;
    const existing = byKey.get(match);
    if (existing && (!imported.has(existing.id) || sameDeferral(existing, row.record))) {
      decisions.push(decided(row.rowNumber, 'UNCHANGED', row.key));
      continue;
    }
    const otherOpen = [...open].some((item) => item !== match && item.startsWith(`${row.leaderId}|${row.record.kind}|`));
    if (row.record.outcome === null && otherOpen) {
      decisions.push(refused(row.rowNumber, row.key, reason('LEGACY_SECOND_OPEN_DEFERRAL', { registerNumber: row.record.registerNumber })));
      continue;
    }
    if (row.record.outcome === null) open.add(match);
    else open.delete(match);
    ctx.touchedLeaderIds.add(row.leaderId);
    if (existing) updates.push({ id: existing.id, row, before: existing });
    else creates.push(row);
    decisions.push(decided(row.rowNumber, existing ? 'UPDATE' : 'CREATE', row.key));
  }
  const values = (items: readonly (typeof resolved)[number][]) => [
    items.map((item) => item.record.reason),
    items.map((item) => item.record.requestedDueDate),
    items.map((item) => deferralStatus(item.record)),
    items.map((item) => item.record.decidedOn),
    items.map((item) => item.record.grantedDueDate),
  ];
  if (updates.length > 0) {
    // The grant's registration fact follows the decision: the old one goes, the new one (if granted) comes below.
    const oldFacts = updates.flatMap((item) => grantedFact(item.before.registration_id, item.before.kind, item.before.status, item.before.decided_on, item.before.granted_due_date) ?? []);
    if (oldFacts.length > 0) {
      await ctx.manager.query(
        `DELETE FROM registration_deferral d USING unnest($1::uuid[], $2::date[], $3::date[]) AS v(registration_id, granted_on, new_due_date)
          WHERE d.registration_id = v.registration_id AND d.granted_on = v.granted_on AND d.new_due_date = v.new_due_date`,
        columnsOf(oldFacts, 'registrationId', 'grantedOn', 'newDueDate'),
      );
    }
    await ctx.manager.query(
      `UPDATE deferral_request d
          SET reason = v.reason, requested_due_date = v.requested_due_date, status = v.status, decided_on = v.decided_on,
              granted_due_date = v.granted_due_date, updated_at = now(), version = d.version + 1
         FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::date[], $6::date[]) AS v(id, reason, requested_due_date, status, decided_on, granted_due_date)
        WHERE d.id = v.id`,
      [updates.map((item) => item.id), ...values(updates.map((item) => item.row))],
    );
    await recordImported(ctx, 'deferral_request', [], updates.map((item) => ({ id: item.id, before: item.before, after: item.row.record })));
  }
  if (creates.length > 0) {
    const inserted = (await ctx.manager.query(
      `INSERT INTO deferral_request (reason, requested_due_date, status, decided_on, granted_due_date, leader_id, registration_id, kind, requested_on, motivation)
       SELECT *, $10 FROM unnest($1::text[], $2::date[], $3::text[], $4::date[], $5::date[], $6::uuid[], $7::uuid[], $8::text[], $9::date[])
       RETURNING id, leader_id || '|' || kind || '|' || requested_on::text AS match`,
      [
        ...values(creates),
        creates.map((item) => item.leaderId),
        creates.map((item) => item.registrationId),
        creates.map((item) => item.record.kind),
        creates.map((item) => item.record.requestedOn),
        DEFERRAL_MOTIVATION,
      ],
    )) as { id: string; match: string }[];
    const byMatch = new Map(creates.map((item) => [`${item.leaderId}|${item.record.kind}|${item.record.requestedOn}`, item]));
    await recordImported(ctx, 'deferral_request', inserted.map((row) => ({ id: row.id, key: byMatch.get(row.match)!.key, after: byMatch.get(row.match)!.record })), []);
  }
  const newFacts = [...updates.map((item) => item.row), ...creates].flatMap(
    (item) => grantedFact(item.registrationId, item.record.kind, deferralStatus(item.record), item.record.decidedOn, item.record.grantedDueDate) ?? [],
  );
  if (newFacts.length > 0) {
    await ctx.manager.query(
      `INSERT INTO registration_deferral (registration_id, granted_on, new_due_date) SELECT * FROM unnest($1::uuid[], $2::date[], $3::date[])`,
      columnsOf(newFacts, 'registrationId', 'grantedOn', 'newDueDate'),
    );
  }
  return decisions;
}
