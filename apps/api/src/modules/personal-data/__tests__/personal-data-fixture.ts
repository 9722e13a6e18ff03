import { randomBytes } from 'node:crypto';
import { todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { TINY_PDF } from '../../../testing/documents';
import { createBoard, createLeader } from '../../../testing/fixtures';
import { putDocumentContent } from '../../applications/document-store';
import { RegistrationStatusService } from '../../registrations/registration-status.service';
import { Registration } from '../../registrations/registration.entity';

let sequence = 0;
const unique = () => `${process.pid}${++sequence}${randomBytes(3).toString('hex')}`;
const hash = () => randomBytes(32).toString('hex');
const kvk = () => String(10_000_000 + Math.floor(Math.random() * 89_999_999));

/**
 * A leader with a row in every table the catalogue links to a leader, every column filled: a current
 * registration and an earlier, deregistered one, an account with a session and a link, applications
 * with a decision, an objection and evidence, a deferral request, completions, a portfolio case,
 * intervision with a reflection, a letter with its e-mail, and an import origin. Rows are written
 * straight to the tables (the export reads tables, whatever service wrote them).
 * `deregisteredOn` deregisters the current registration too.
 */
export async function leaderWithEveryKindOfData(
  dataSource: DataSource,
  options: { firstName?: string; lastName?: string; deregisteredOn?: CalendarDate } = {},
): Promise<{ leaderId: string; accountId: string; staffId: string }> {
  const db = dataSource;
  const one = async (sql: string, params: unknown[] = []): Promise<{ id: string }> => ((await db.query(sql, params)) as { id: string }[])[0]!;
  const board = await createBoard(db, `Stichting ${unique()}`);
  const { leader, registration } = await createLeader(db, {
    firstName: options.firstName ?? 'Marieke',
    infix: 'van der',
    lastName: options.lastName ?? 'Zwaluw',
    board,
    registration: {
      registeredOn: '2021-03-01' as CalendarDate,
      level: 'VAKBEKWAAM',
      aspirantUntil: '2021-02-01' as CalendarDate,
      titleChanges: [{ effectiveOn: '2022-06-01' as CalendarDate, title: 'RDO', level: 'MASTER' }],
      reRegistrations: ['2025-02-01' as CalendarDate],
      deferrals: [{ grantedOn: '2024-10-01' as CalendarDate, newDueDate: '2025-09-01' as CalendarDate }],
      deregisteredOn: options.deregisteredOn ?? null,
    },
  });
  const leaderId = leader.id;
  // An earlier registration, deregistered (every column of `registration` filled across the two).
  const earlier = await db.getRepository(Registration).save({
    leaderId,
    registeredOn: '2012-03-01',
    firstRegisteredOn: '2012-03-01',
    aspirant: true,
    aspirantUntil: '2013-03-01',
    fullRegistrationOn: '2013-02-01',
    deregisteredOn: '2016-01-01',
    deregistrationReason: 'Tijdelijk buiten het onderwijs',
    title: 'RADO',
    level: 'BASISBEKWAAM',
    status: 'ACTIVE',
    dueDate: '2016-03-01',
    statusAsOf: '1900-01-01',
  } as unknown as Registration);
  await db.query(`INSERT INTO registration_title_change (registration_id, effective_on, title, level, aspirant) VALUES ($1, '2012-03-01', 'RADO', 'BASISBEKWAAM', true)`, [earlier.id]);
  await db.query(`UPDATE registration SET full_registration_on = '2021-03-01' WHERE id = $1`, [registration!.id]);
  await new RegistrationStatusService(db).refresh(
    await db.getRepository(Registration).findBy([{ id: earlier.id }, { id: registration!.id }]),
    todayInAmsterdam(new Date()),
  );

  await db.query(
    `INSERT INTO leader_credential (registration_id, period_starts_on, title, aspirant, status_list, status_index, key_id, jwt)
     VALUES ($1, '2021-03-01', 'RDO', false, 1, (SELECT coalesce(max(status_index), 0) + 1 FROM leader_credential), 'sleutel-1', 'eyJ.Marieke.handtekening')`,
    [registration!.id],
  );
  const staff = await one(`INSERT INTO account (email, display_name, password_hash, roles) VALUES ($1, 'Medewerker', 'x', ARRAY['STAFF']) RETURNING id`, [
    `staff-${unique()}@example.nl`,
  ]);
  const account = await one(
    `INSERT INTO account (email, display_name, password_hash, roles, email_verified_at, deactivated_at)
     VALUES ($1, 'Marieke van der Zwaluw', 'argon-hash', ARRAY['LEADER'], now(), now()) RETURNING id`,
    [`leider-${unique()}@example.nl`],
  );
  const school = await one(`INSERT INTO school (brin, name, city, board_id) VALUES ($1, 'De Vlinder', 'Zwolle', $2) RETURNING id`, [
    `${String(10 + (sequence % 89))}${String.fromCharCode(65 + (sequence % 26))}${String.fromCharCode(65 + ((sequence * 7) % 26))}`,
    board.id,
  ]);
  await db.query(`UPDATE school_leader SET account_id = $2 WHERE id = $1`, [leaderId, account.id]);
  await db.query(`UPDATE employment SET school_id = $2, ends_on = '2030-07-31' WHERE leader_id = $1`, [leaderId, school.id]);
  await db.query(`INSERT INTO session (token_hash, account_id, expires_at, revoked_at) VALUES ($1, $2, now() + interval '1 day', now())`, [hash(), account.id]);
  await db.query(
    `INSERT INTO account_token (account_id, purpose, token_hash, enrolment, expires_at, used_at) VALUES ($1, 'VERIFY_EMAIL', $2, '{"birthDate": "1975-04-01"}', now(), now())`,
    [account.id, hash()],
  );

  const theme = await one(`SELECT id FROM theme ORDER BY sort_order LIMIT 1`);
  await db.query(`INSERT INTO development_plan_theme (leader_id, theme_id, added_on) VALUES ($1, $2, '2024-01-10')`, [leaderId, theme.id]);
  await db.query(`INSERT INTO leader_theme_completion (leader_id, theme_id, route, completed_on, first_of_route) VALUES ($1, $2, 'FORMAL', '2023-05-01', true)`, [
    leaderId,
    theme.id,
  ]);

  const meeting = await one(`INSERT INTO committee_meeting (committee, meeting_date, location) VALUES ('REGISTRATION', $1, 'Utrecht') RETURNING id`, [
    `20${String(30 + (sequence % 60)).padStart(2, '0')}-0${1 + (sequence % 9)}-1${sequence % 10}`,
  ]);
  const application = await one(
    `INSERT INTO registration_application (leader_id, kind, status, leader_function, requested_title, qualification_route, claimed_level,
        evidence_date, institution, certification_valid_from, certification_valid_until, enrolled_on, expected_end_date, nvao_accredited,
        aligned_with_standard, leader_note, staff_message, meeting_id, submitted_at, re_registration_route)
     VALUES ($1, 'RE_REGISTRATION', 'REJECTED', 'DIRECTOR', 'RDO', 'NVAO_MASTER', 'MASTER', '2020-06-30', 'Hogeschool Windesheim', '2019-01-01',
        '2029-01-01', '2018-09-01', '2020-07-01', true, true, 'Mijn toelichting over mijn ziekte', 'Graag het diploma opnieuw', $2, now(), 'THEMES')
     RETURNING id`,
    [leaderId, meeting.id],
  );
  const decision = await one(
    `INSERT INTO decision (application_id, meeting_id, outcome, reasons, granted_level, is_exception, exception_justification, decided_by, decided_on, reopened_on)
     VALUES ($1, $2, 'REJECTED', 'Het diploma ontbreekt', 'MASTER', true, 'Bijzondere omstandigheden', $3, '2025-01-15', '2025-02-01') RETURNING id`,
    [application.id, meeting.id, staff.id],
  );
  await db.query(
    `INSERT INTO objection (decision_id, decision_kind, filed_on, grounds, status, decided_on, decided_by, outcome_reasons, filed_by, leader_id)
     VALUES ($1, 'APPLICATION', '2025-01-20', 'Ik ben het er niet mee eens', 'DISMISSED', '2025-02-20', $2, 'Het besluit blijft', $3, $4)`,
    [decision.id, staff.id, account.id, leaderId],
  );
  await db.query(
    `INSERT INTO deferral_request (leader_id, registration_id, kind, reason, requested_on, requested_due_date, motivation, status, decided_on, decided_by,
        granted_due_date, decision_reasons)
     VALUES ($1, $2, 'RE_REGISTRATION', 'PERSONAL_CIRCUMSTANCES', '2024-09-01', '2025-09-01', 'Langdurig ziek geweest', 'GRANTED', '2024-10-01', $3,
        '2025-09-01', 'Aannemelijk gemaakt')`,
    [leaderId, registration!.id, staff.id],
  );
  await db.query(
    `INSERT INTO data_request (leader_id, kind, subject, description, proposed_value, received_on, deadline, extended_on, extension_grounds, status,
        decided_on, decided_by, decision_grounds, changed_fields)
     VALUES ($1, 'CORRECTION', 'NAME', 'Mijn naam is verkeerd gespeld', 'Marieke van der Zwaluw', '2025-04-01', '2025-05-01', '2025-04-20', 'Navraag bij het bestuur',
        'GRANTED', '2025-06-01', $2, 'Naam aangepast', ARRAY['lastName'])`,
    [leaderId, staff.id],
  );

  const provider = await one(`INSERT INTO provider (name, kvk_number, contact_email) VALUES ($1, $2, 'info@aanbieder.nl') RETURNING id`, [
    `Academie ${unique()}`,
    kvk(),
  ]);
  const offering = await one(
    `INSERT INTO offering (provider_id, title, kind, description, status, learning_goals, programme) VALUES ($1, 'Leiderschap', 'COURSE', 'Cursus', 'CERTIFIED', 'Doelen', 'Programma') RETURNING id`,
    [provider.id],
  );
  const execution = await one(`INSERT INTO offering_execution (offering_id, starts_on, ends_on, online) VALUES ($1, '2023-01-01', '2023-04-01', true) RETURNING id`, [
    offering.id,
  ]);
  const completion = await one(
    `INSERT INTO completion (execution_id, leader_id, completed_on, source, status, recorded_by, handled_by, handled_on, handling_note)
     VALUES ($1, $2, '2023-04-01', 'LEADER_CERTIFICATE', 'VERIFIED', $3, $4, '2023-04-10', 'Certificaat klopt') RETURNING id`,
    [execution.id, leaderId, account.id, staff.id],
  );

  const organisation = await one(
    `INSERT INTO assessor_organisation (name, kvk_number, contact_email, certified_from, certified_until, fee_one_off_cents, fee_per_theme_cents,
        fee_per_interview_cents, fee_resubmission_cents)
     VALUES ($1, $2, 'info@beoordelaar.nl', '2020-01-01', '2030-01-01', 10000, 5000, 7500, 2500) RETURNING id`,
    [`Beoordelaars ${unique()}`, kvk()],
  );
  const assessors = (await db.query(
    `INSERT INTO account (email, display_name, password_hash, roles, assessor_organisation_id)
     VALUES ($1, 'Beoordelaar 1', 'x', ARRAY['ASSESSOR'], $3), ($2, 'Beoordelaar 2', 'x', ARRAY['ASSESSOR'], $3) RETURNING id`,
    [`b1-${unique()}@example.nl`, `b2-${unique()}@example.nl`, organisation.id],
  )) as { id: string }[];
  const portfolio = await one(
    `INSERT INTO portfolio_case (leader_id, assessor_organisation_id, state, opened_on, submitted_on, resubmissions, first_assessor_id, second_assessor_id,
        assessed_on, interview_starts_at, interview_minutes, interview_location, decided_on)
     VALUES ($1, $2, 'VALIDATED', '2023-01-01', '2023-02-01', 1, $3, $4, '2023-03-01', now(), 60, 'Kantoor Amersfoort', '2023-04-01') RETURNING id`,
    [leaderId, organisation.id, assessors[0]!.id, assessors[1]!.id],
  );
  await db.query(`INSERT INTO portfolio_case_theme (portfolio_case_id, theme_id, outcome, grounds) VALUES ($1, $2, 'VALIDATED', 'Overtuigend portfolio')`, [
    portfolio.id,
    theme.id,
  ]);
  await db.query(
    `INSERT INTO portfolio_assessment (portfolio_case_id, theme_id, assessor_id, round, follows_fixed_structure, shows_development, colleague_feedback_count,
        source_count, literature_source_count, evidence_count, word_count, clear_writing, own_role_central, sufficient, feedback)
     VALUES ($1, $2, $3, 1, true, true, 3, 5, 2, 4, 2500, true, true, true, 'Sterke reflectie op de eigen rol')`,
    [portfolio.id, theme.id, assessors[0]!.id],
  );
  await db.query(
    `INSERT INTO portfolio_outcome_proposal (portfolio_case_id, theme_id, assessor_id, validated, grounds) VALUES ($1, $2, $3, true, 'Voorstel: valideren')`,
    [portfolio.id, theme.id, assessors[0]!.id],
  );
  await db.query(
    `INSERT INTO portfolio_fee_line (portfolio_case_id, kind, quantity, unit_cents, amount_cents, charged_on, paid_on) VALUES ($1, 'PER_THEME', 1, 5000, 5000, '2023-02-01', '2023-03-01')`,
    [portfolio.id],
  );
  await db.query(
    `INSERT INTO informal_validation (leader_id, theme_id, validated_on, method, assessor_organisation_id, portfolio_case_id) VALUES ($1, $2, '2023-04-01', 'PORTFOLIO', $3, $4)`,
    [leaderId, theme.id, organisation.id, portfolio.id],
  );

  // Intervision with a colleague: the leader's reflection on the colleague and the colleague's on the leader.
  const { leader: colleague } = await createLeader(db, { firstName: 'Collega', lastName: `Intervisie${unique()}` });
  const peerSession = await one(
    `INSERT INTO peer_session (starts_at, ends_at, location, facilitator_account_id, capacity, state, created_by)
     VALUES (now() - interval '10 days', now() - interval '10 days' + interval '3 hours', 'Utrecht', $1, 3, 'GROUPED', $1) RETURNING id`,
    [staff.id],
  );
  const group = await one(`INSERT INTO peer_group (session_id, facilitator_account_id) VALUES ($1, $2) RETURNING id`, [peerSession.id, staff.id]);
  for (const [position, member] of [leaderId, colleague.id].entries()) {
    const signUp = await one(`INSERT INTO peer_sign_up (session_id, leader_id, theme_id) VALUES ($1, $2, $3) RETURNING id`, [peerSession.id, member, theme.id]);
    await db.query(
      `INSERT INTO peer_group_member (group_id, sign_up_id, leader_id, position, outcome, outcome_reasons) VALUES ($1, $2, $3, $4, 'NOT_CREDITED', '["Te laat"]')`,
      [group.id, signUp.id, member, position + 1],
    );
  }
  await db.query(
    `INSERT INTO peer_reflection (group_id, author_leader_id, subject_leader_id, text) VALUES ($1, $2, $3, 'Marieke stelt scherpe vragen'), ($1, $3, $2, 'Collega luistert goed')`,
    [group.id, colleague.id, leaderId],
  );

  const sha256 = await putDocumentContent(db.manager, Buffer.concat([TINY_PDF, Buffer.from(`% ${unique()}`)]));
  await db.query(
    `INSERT INTO evidence_document (application_id, file_name, content_type, size_bytes, sha256, uploaded_by) VALUES ($1, 'diploma-master.pdf', 'application/pdf', 512, $2, $3)`,
    [application.id, sha256, account.id],
  );
  await db.query(
    `INSERT INTO evidence_document (completion_id, file_name, content_type, size_bytes, sha256, uploaded_by) VALUES ($1, 'certificaat.pdf', 'application/pdf', 512, $2, $3)`,
    [completion.id, sha256, account.id],
  );

  const letter = await one(
    `INSERT INTO letter (leader_id, kind, subject, body, dated_on, related_entity, related_id) VALUES ($1, 'STATUS_CHANGE', 'Uw registratie', 'Beste Marieke, ...', '2025-03-01', 'registration', $2) RETURNING id`,
    [leaderId, registration!.id],
  );
  await db.query(
    `INSERT INTO email_outbox (to_address, subject, text_body, letter_id, status, sent_at) VALUES ($1, 'Uw registratie', 'Beste Marieke, zie de brief', $2, 'SENT', now())`,
    [leader.email, letter.id],
  );
  await db.query(
    `INSERT INTO reminder_sent (registration_id, kind, due_date, sent_on, letter_id) VALUES ($1, 'SIX_MONTHS', '2025-03-01', '2024-09-01', $2)`,
    [registration!.id, letter.id],
  );
  const subscription = await one(
    `INSERT INTO webhook_subscription (board_id, url, events, secret_ciphertext) VALUES ($1, 'https://hr.example.nl/hook', ARRAY['DEREGISTERED'], 'x') RETURNING id`,
    [board.id],
  );
  await db.query(`INSERT INTO webhook_subscription_leader (subscription_id, register_number) VALUES ($1, $2)`, [subscription.id, leader.registerNumber]);
  const statusEvent = await one(
    `INSERT INTO leader_status_event (leader_id, register_number, event, occurred_on, body) VALUES ($1, $2, 'RE_REGISTERED', '2025-02-01', '{"displayName": "Marieke van der Zwaluw"}') RETURNING id`,
    [leaderId, leader.registerNumber],
  );
  await db.query(
    `INSERT INTO webhook_delivery (subscription_id, event_id, status_event_id, event, register_number, occurred_on, body, status, next_attempt_at)
     VALUES ($1, gen_random_uuid(), $2, 'RE_REGISTERED', $3, '2025-02-01', '{"displayName": "Marieke van der Zwaluw"}', 'DELIVERED', NULL)`,
    [subscription.id, statusEvent.id, leader.registerNumber],
  );
  const legacyImport = await one(`INSERT INTO legacy_import (created_by, state, file_names, progress) VALUES ($1, 'DONE', ARRAY['leiders.csv'], '{}') RETURNING id`, [
    staff.id,
  ]);
  await db.query(`INSERT INTO legacy_record (entity, entity_id, legacy_key, import_id) VALUES ('school_leader', $1, $2, $3)`, [
    leaderId,
    `OUD-${unique()}`,
    legacyImport.id,
  ]);
  // The audit log holds references, not personal values (audit-refs).
  await db.query(
    `INSERT INTO audit_log (actor_account_id, entity, entity_id, action, before, after) VALUES ($1, 'school_leader', $2, 'EMPLOYMENT_CHANGED', $3, $4)`,
    [staff.id, leaderId, JSON.stringify({ schoolId: null }), JSON.stringify({ schoolId: school.id })],
  );
  return { leaderId, accountId: account.id, staffId: staff.id };
}
