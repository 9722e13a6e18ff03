import { initialsOf, reason, sortName, type LegacyBoard, type LegacyEmployment, type LegacyLeader } from '@srpo/domain';
import {
  columnsOf,
  decided,
  duplicateOf,
  leaderOf,
  leadersByNumber,
  legacyIds,
  recordImported,
  refused,
  type ImportContext,
  type ReadRow,
  type RowDecision,
} from './legacy-batch';

/** Boards by board number (the official number: an existing board is the same board; only one the import created is updated). */
export async function importBoards(rows: readonly ReadRow<'besturen'>[], ctx: ImportContext): Promise<RowDecision[]> {
  const existing = (await ctx.manager.query(
    `SELECT b.id, b.board_number, b.name, b.city, (r.entity_id IS NOT NULL) AS legacy
       FROM board b LEFT JOIN legacy_record r ON r.entity = 'board' AND r.entity_id = b.id
      WHERE b.board_number = ANY($1::text[])`,
    [rows.map((row) => row.record.boardNumber)],
  )) as { id: string; board_number: string; name: string; city: string; legacy: boolean }[];
  const byNumber = new Map(existing.map((row) => [row.board_number, row]));
  const decisions: RowDecision[] = [];
  const creates: (LegacyBoard & { rowNumber: number })[] = [];
  const updates: { id: string; name: string; city: string; before: unknown; after: LegacyBoard }[] = [];
  for (const { rowNumber, record } of rows) {
    const key = record.boardNumber;
    const duplicate = duplicateOf(ctx, 'besturen', key, rowNumber);
    if (duplicate) {
      decisions.push(refused(rowNumber, key, duplicate));
      continue;
    }
    const board = byNumber.get(key);
    if (!board) creates.push({ ...record, rowNumber });
    else if (board.legacy && (board.name !== record.name || board.city !== record.city)) {
      updates.push({ id: board.id, name: record.name, city: record.city, before: { name: board.name, city: board.city }, after: record });
    } else {
      decisions.push(decided(rowNumber, 'UNCHANGED', key));
      continue;
    }
    decisions.push(decided(rowNumber, board ? 'UPDATE' : 'CREATE', key));
  }
  if (creates.length > 0) {
    const inserted = (await ctx.manager.query(
      `INSERT INTO board (board_number, name, city) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) RETURNING id, board_number`,
      columnsOf(creates, 'boardNumber', 'name', 'city'),
    )) as { id: string; board_number: string }[];
    const byKey = new Map(creates.map((create) => [create.boardNumber, create]));
    await recordImported(ctx, 'board', inserted.map((row) => ({ id: row.id, key: row.board_number, after: byKey.get(row.board_number) })), []);
  }
  if (updates.length > 0) {
    await ctx.manager.query(
      `UPDATE board b SET name = v.name, city = v.city, updated_at = now(), version = b.version + 1
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, name, city) WHERE b.id = v.id`,
      columnsOf(updates, 'id', 'name', 'city'),
    );
    await recordImported(ctx, 'board', [], updates);
  }
  return decisions;
}

interface LeaderRowValues {
  id?: string;
  registerNumber: string;
  initials: string;
  firstName: string;
  infix: string | null;
  lastName: string;
  sortName: string;
  birthDate: string | null;
  email: string | null;
  enrolledOn: string;
}

const valuesOf = (record: LegacyLeader): LeaderRowValues => ({
  registerNumber: record.registerNumber,
  initials: initialsOf(record.firstName),
  firstName: record.firstName,
  infix: record.infix,
  lastName: record.lastName,
  sortName: sortName(record),
  birthDate: record.birthDate,
  email: record.email,
  enrolledOn: record.enrolledOn,
});

/**
 * Leaders by registratienummer, which stays their public register number. A number this register
 * already gave to a leader of its own is refused (another person); numeric old numbers push the
 * register's number sequence past them, so a new leader never gets one.
 */
export async function importLeaders(rows: readonly ReadRow<'schoolleiders'>[], ctx: ImportContext): Promise<RowDecision[]> {
  const existing = (await ctx.manager.query(
    `SELECT l.id, l.register_number, l.first_name, l.infix, l.last_name, l.birth_date::text, l.email, l.enrolled_on::text, (r.entity_id IS NOT NULL) AS legacy
       FROM school_leader l LEFT JOIN legacy_record r ON r.entity = 'school_leader' AND r.entity_id = l.id
      WHERE l.register_number = ANY($1::text[])`,
    [rows.map((row) => row.record.registerNumber)],
  )) as { id: string; register_number: string; first_name: string; infix: string | null; last_name: string; birth_date: string | null; email: string | null; enrolled_on: string; legacy: boolean }[];
  const byNumber = new Map(existing.map((row) => [row.register_number, row]));
  const decisions: RowDecision[] = [];
  const creates: LeaderRowValues[] = [];
  const updates: (LeaderRowValues & { id: string; before: unknown })[] = [];
  for (const { rowNumber, record } of rows) {
    const key = record.registerNumber;
    const duplicate = duplicateOf(ctx, 'schoolleiders', key, rowNumber);
    if (duplicate) {
      decisions.push(refused(rowNumber, key, duplicate));
      continue;
    }
    const leader = byNumber.get(key);
    if (!leader) {
      creates.push(valuesOf(record));
      decisions.push(decided(rowNumber, 'CREATE', key));
      continue;
    }
    if (!leader.legacy) {
      decisions.push(refused(rowNumber, key, reason('LEGACY_REGISTER_NUMBER_IN_USE', { registerNumber: key })));
      continue;
    }
    const same =
      leader.first_name === record.firstName &&
      leader.infix === record.infix &&
      leader.last_name === record.lastName &&
      leader.birth_date === record.birthDate &&
      leader.email === record.email &&
      leader.enrolled_on === record.enrolledOn;
    if (same) decisions.push(decided(rowNumber, 'UNCHANGED', key));
    else {
      const { id, legacy: _legacy, register_number: _number, ...before } = leader;
      updates.push({ ...valuesOf(record), id, before });
      decisions.push(decided(rowNumber, 'UPDATE', key));
    }
  }
  const columns = ['registerNumber', 'initials', 'firstName', 'infix', 'lastName', 'sortName', 'birthDate', 'email', 'enrolledOn'] as const;
  if (creates.length > 0) {
    const inserted = (await ctx.manager.query(
      `INSERT INTO school_leader (register_number, initials, first_name, infix, last_name, sort_name, birth_date, email, enrolled_on)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::text[], $9::date[])
       RETURNING id, register_number`,
      columnsOf(creates, ...columns),
    )) as { id: string; register_number: string }[];
    const byKey = new Map(creates.map((create) => [create.registerNumber, create]));
    await recordImported(ctx, 'school_leader', inserted.map((row) => ({ id: row.id, key: row.register_number, after: byKey.get(row.register_number) })), []);
    // Old numbers that look like ours must never come out of the sequence again (setval survives a rollback: a gap, never a clash).
    await ctx.manager.query(
      `SELECT setval('register_number_seq', m.max_number)
         FROM (SELECT max(n::bigint) AS max_number FROM unnest($1::text[]) AS n WHERE n ~ '^[0-9]{1,15}$') m, register_number_seq s
        WHERE m.max_number >= s.last_value`,
      [creates.map((create) => create.registerNumber)],
    );
  }
  if (updates.length > 0) {
    await ctx.manager.query(
      `UPDATE school_leader l
          SET initials = v.initials, first_name = v.first_name, infix = v.infix, last_name = v.last_name, sort_name = v.sort_name,
              birth_date = v.birth_date, email = v.email, enrolled_on = v.enrolled_on, updated_at = now(), version = l.version + 1
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::text[], $9::date[])
              AS v(id, initials, first_name, infix, last_name, sort_name, birth_date, email, enrolled_on)
        WHERE l.id = v.id`,
      columnsOf(updates, 'id', 'initials', 'firstName', 'infix', 'lastName', 'sortName', 'birthDate', 'email', 'enrolledOn'),
    );
    await recordImported(ctx, 'school_leader', [], updates.map(({ id, before, ...after }) => ({ id, before, after })));
    updates.forEach((update) => ctx.touchedLeaderIds.add(update.id));
  }
  return decisions;
}

/** Employments by leader, board, function and start date; only the end date can change. */
export async function importEmployments(rows: readonly ReadRow<'dienstverbanden'>[], ctx: ImportContext): Promise<RowDecision[]> {
  const leaders = await leadersByNumber(ctx, rows.map((row) => row.record.registerNumber));
  const boards = new Map(
    ((await ctx.manager.query(`SELECT id, board_number FROM board WHERE board_number = ANY($1::text[])`, [[...new Set(rows.map((row) => row.record.boardNumber))]])) as {
      id: string;
      board_number: string;
    }[]).map((row) => [row.board_number, row.id]),
  );
  const resolved: { rowNumber: number; record: LegacyEmployment; key: string; leaderId: string; boardId: string }[] = [];
  const decisions: RowDecision[] = [];
  for (const { rowNumber, record } of rows) {
    const key = `${record.registerNumber}|${record.boardNumber}|${record.function}|${record.startsOn}`;
    const leader = leaderOf(leaders, record.registerNumber);
    const boardId = boards.get(record.boardNumber);
    const problems = [...('code' in leader ? [leader] : []), ...(boardId ? [] : [reason('LEGACY_BOARD_UNKNOWN', { boardNumber: record.boardNumber })])];
    if (problems.length > 0 || 'code' in leader || !boardId) {
      decisions.push(refused(rowNumber, key, ...problems));
      continue;
    }
    const duplicate = duplicateOf(ctx, 'dienstverbanden', key, rowNumber);
    if (duplicate) decisions.push(refused(rowNumber, key, duplicate));
    else resolved.push({ rowNumber, record, key, leaderId: leader.id, boardId });
  }
  const existing = (await ctx.manager.query(
    `SELECT e.id, e.leader_id, e.board_id, e.function, e.starts_on::text, e.ends_on::text
       FROM employment e JOIN unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[]) AS k(leader_id, board_id, function, starts_on)
         ON e.leader_id = k.leader_id AND e.board_id = k.board_id AND e.function = k.function AND e.starts_on = k.starts_on`,
    [resolved.map((row) => row.leaderId), resolved.map((row) => row.boardId), resolved.map((row) => row.record.function), resolved.map((row) => row.record.startsOn)],
  )) as { id: string; leader_id: string; board_id: string; function: string; starts_on: string; ends_on: string | null }[];
  const byKey = new Map(existing.map((row) => [`${row.leader_id}|${row.board_id}|${row.function}|${row.starts_on}`, row]));
  const imported = await legacyIds(ctx, 'employment', existing.map((row) => row.id));
  const creates: (typeof resolved)[number][] = [];
  const updates: { id: string; endsOn: string | null; before: unknown; after: LegacyEmployment }[] = [];
  for (const row of resolved) {
    const found = byKey.get(`${row.leaderId}|${row.boardId}|${row.record.function}|${row.record.startsOn}`);
    if (!found) {
      creates.push(row);
      decisions.push(decided(row.rowNumber, 'CREATE', row.key));
    } else if (imported.has(found.id) && found.ends_on !== row.record.endsOn) {
      updates.push({ id: found.id, endsOn: row.record.endsOn, before: { endsOn: found.ends_on }, after: row.record });
      decisions.push(decided(row.rowNumber, 'UPDATE', row.key));
    } else decisions.push(decided(row.rowNumber, 'UNCHANGED', row.key));
  }
  if (creates.length > 0) {
    const inserted = (await ctx.manager.query(
      `INSERT INTO employment (leader_id, board_id, function, starts_on, ends_on)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::date[], $5::date[])
       RETURNING id, leader_id || '|' || board_id || '|' || function || '|' || starts_on::text AS match`,
      [creates.map((row) => row.leaderId), creates.map((row) => row.boardId), creates.map((row) => row.record.function), creates.map((row) => row.record.startsOn), creates.map((row) => row.record.endsOn)],
    )) as { id: string; match: string }[];
    const created = new Map(creates.map((row) => [`${row.leaderId}|${row.boardId}|${row.record.function}|${row.record.startsOn}`, row]));
    await recordImported(ctx, 'employment', inserted.map((row) => ({ id: row.id, key: created.get(row.match)!.key, after: created.get(row.match)!.record })), []);
  }
  if (updates.length > 0) {
    await ctx.manager.query(
      `UPDATE employment e SET ends_on = v.ends_on, updated_at = now(), version = e.version + 1 FROM unnest($1::uuid[], $2::date[]) AS v(id, ends_on) WHERE e.id = v.id`,
      columnsOf(updates, 'id', 'endsOn'),
    );
    await recordImported(ctx, 'employment', [], updates);
  }
  return decisions;
}
