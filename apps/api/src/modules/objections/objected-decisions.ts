import { displayName, REOPENED_STATE, reopenApplication, type CalendarDate, type ObjectionDecisionKind } from '@srpo/domain';
import type { EntityManager } from 'typeorm';
import { lockForChange } from '../../database/row-lock';
import { valueOrThrow } from '../../http/errors';
import { RegistrationApplication } from '../applications/registration-application.entity';
import { recordAudit } from '../audit/record-audit';
import { Decision } from '../committee/decision.entity';
import { Completion } from '../completions/completion.entity';
import { DataRequestRow } from '../data-requests/data-request.entity';
import { DeferralRequestRow } from '../deferrals/deferral-request.entity';
import { InformalValidation } from '../informal-validations/informal-validation.entity';
import { Certification, Offering } from '../offerings/offering.entity';
import { PeerGroupMember } from '../peer-validation/peer-validation.entity';
import { reopenPortfolioDecision } from '../portfolio-cases/reopen-portfolio-decision';
import { RegistrationStatusService } from '../registrations/registration-status.service';
import { Registration } from '../registrations/registration.entity';

/** The party a decision concerns: exactly one of a leader, a provider and a board. */
export interface DecisionParty {
  leaderId: string | null;
  providerId: string | null;
  boardId: string | null;
}

/** A decision of any kind as objections see it: who, when, what, and whether it still stands. */
export interface ObjectedDecision {
  kind: ObjectionDecisionKind;
  id: string;
  /** Null while not (or no longer) decided. */
  decidedOn: CalendarDate | null;
  /** The kind's own outcome code, e.g. REJECTED, PARTLY_GRANTED, CERTIFIED or VERIFIED. */
  outcome: string;
  reasons: string | null;
  /** Decided and not reopened by an upheld objection: only then open to objection. */
  standing: boolean;
  party: DecisionParty;
  partyName: string;
  /** The offering concerned (certifications and certificates). */
  offeringTitle: string | null;
}

interface Row {
  id: string;
  decided_on: CalendarDate | null;
  outcome: string;
  reasons: string | null;
  standing: boolean;
  leader_id: string | null;
  provider_id: string | null;
  board_id: string | null;
  first_name: string | null;
  infix: string | null;
  last_name: string | null;
  organisation_name: string | null;
  offering_title: string | null;
}

/** One statement per kind, all with the same columns, for any number of decision ids (`$1`). */
const DECISIONS_SQL: Record<ObjectionDecisionKind, string> = {
  APPLICATION: `
    SELECT d.id, d.decided_on, d.outcome, d.reasons, d.reopened_on IS NULL AS standing,
           a.leader_id, NULL::uuid AS provider_id, NULL::uuid AS board_id,
           l.first_name, l.infix, l.last_name, NULL AS organisation_name, NULL AS offering_title
      FROM decision d
      JOIN registration_application a ON a.id = d.application_id
      JOIN school_leader l ON l.id = a.leader_id
     WHERE d.id = ANY($1::uuid[])`,
  DEFERRAL: `
    SELECT r.id, r.decided_on, r.status AS outcome, r.decision_reasons AS reasons, r.status <> 'REQUESTED' AS standing,
           r.leader_id, NULL::uuid AS provider_id, NULL::uuid AS board_id,
           l.first_name, l.infix, l.last_name, NULL AS organisation_name, NULL AS offering_title
      FROM deferral_request r
      JOIN school_leader l ON l.id = r.leader_id
     WHERE r.id = ANY($1::uuid[])`,
  // A certification is not changed by reopening (the offering goes back to the queue), so an upheld objection marks it.
  CERTIFICATION: `
    SELECT c.id, c.decided_on, c.outcome, c.grounds AS reasons,
           NOT EXISTS (SELECT 1 FROM objection o
                        WHERE o.decision_kind = 'CERTIFICATION' AND o.decision_id = c.id AND o.status = 'UPHELD') AS standing,
           NULL::uuid AS leader_id, f.provider_id, f.board_id,
           NULL AS first_name, NULL AS infix, NULL AS last_name, coalesce(p.name, b.name) AS organisation_name, f.title AS offering_title
      FROM certification c
      JOIN offering f ON f.id = c.offering_id
      LEFT JOIN provider p ON p.id = f.provider_id
      LEFT JOIN board b ON b.id = f.board_id
     WHERE c.id = ANY($1::uuid[])`,
  CERTIFICATE_VERIFICATION: `
    SELECT c.id, c.handled_on AS decided_on, c.status AS outcome, c.handling_note AS reasons,
           c.status IN ('VERIFIED', 'REJECTED') AS standing,
           c.leader_id, NULL::uuid AS provider_id, NULL::uuid AS board_id,
           l.first_name, l.infix, l.last_name, NULL AS organisation_name, f.title AS offering_title
      FROM completion c
      JOIN offering_execution e ON e.id = c.execution_id
      JOIN offering f ON f.id = e.offering_id
      JOIN school_leader l ON l.id = c.leader_id
     WHERE c.id = ANY($1::uuid[]) AND c.source = 'LEADER_CERTIFICATE'`,
  // The decision is a member's outcome, taken when the facilitator confirmed the trio.
  PEER_VALIDATION: `
    SELECT m.id, g.confirmed_on AS decided_on, coalesce(m.outcome, 'PLACED') AS outcome,
           (SELECT string_agg(r->>'message', ' ') FROM jsonb_array_elements(m.outcome_reasons) r) AS reasons,
           m.outcome IS NOT NULL AS standing,
           m.leader_id, NULL::uuid AS provider_id, NULL::uuid AS board_id,
           l.first_name, l.infix, l.last_name, NULL AS organisation_name, NULL AS offering_title
      FROM peer_group_member m
      JOIN peer_group g ON g.id = m.group_id
      JOIN school_leader l ON l.id = m.leader_id
     WHERE m.id = ANY($1::uuid[])`,
  // A portfolio case's standing decision (the case's id): an insufficient assessment (until the leader
  // resubmits) or the outcome after the interview; reopened, it stands no longer until decided again.
  PORTFOLIO_OUTCOME: `
    SELECT c.id, CASE WHEN c.state = 'INSUFFICIENT' THEN c.assessed_on ELSE c.decided_on END AS decided_on, c.state AS outcome,
           CASE WHEN c.state = 'INSUFFICIENT'
             THEN (SELECT string_agg(t.code || ' ' || t.name || ': ' || a.feedback, E'\n' ORDER BY t.sort_order, t.code, a.recorded_at)
                     FROM portfolio_assessment a JOIN theme t ON t.id = a.theme_id
                    WHERE a.portfolio_case_id = c.id AND a.round = c.resubmissions + 1 AND a.feedback IS NOT NULL)
             ELSE (SELECT string_agg(t.code || ' ' || t.name || ': ' || ct.grounds, E'\n' ORDER BY t.sort_order, t.code)
                     FROM portfolio_case_theme ct JOIN theme t ON t.id = ct.theme_id
                    WHERE ct.portfolio_case_id = c.id AND ct.outcome IS NOT NULL) END AS reasons,
           (c.state = 'INSUFFICIENT' AND c.assessed_on IS NOT NULL) OR (c.state IN ('VALIDATED', 'NOT_VALIDATED') AND c.decided_on IS NOT NULL) AS standing,
           c.leader_id, NULL::uuid AS provider_id, NULL::uuid AS board_id,
           l.first_name, l.infix, l.last_name, NULL AS organisation_name, NULL AS offering_title
      FROM portfolio_case c
      JOIN school_leader l ON l.id = c.leader_id
     WHERE c.id = ANY($1::uuid[])`,
  DATA_REQUEST: `
    SELECT r.id, r.decided_on, r.status AS outcome, r.decision_grounds AS reasons, r.status <> 'REQUESTED' AS standing,
           r.leader_id, NULL::uuid AS provider_id, NULL::uuid AS board_id,
           l.first_name, l.infix, l.last_name, NULL AS organisation_name, NULL AS offering_title
      FROM data_request r
      JOIN school_leader l ON l.id = r.leader_id
     WHERE r.id = ANY($1::uuid[])`,
};

/** The decisions of one kind by id (missing ids are left out): one statement. */
export async function objectedDecisions(manager: EntityManager, kind: ObjectionDecisionKind, ids: readonly string[]): Promise<Map<string, ObjectedDecision>> {
  if (ids.length === 0) return new Map();
  const rows = (await manager.query(DECISIONS_SQL[kind], [[...new Set(ids)]])) as Row[];
  return new Map(
    rows.map((row) => [
      row.id,
      {
        kind,
        id: row.id,
        decidedOn: row.decided_on,
        outcome: row.outcome,
        reasons: row.reasons,
        standing: row.standing,
        party: { leaderId: row.leader_id, providerId: row.provider_id, boardId: row.board_id },
        partyName: row.last_name !== null ? displayName({ firstName: row.first_name!, infix: row.infix, lastName: row.last_name }) : (row.organisation_name ?? ''),
        offeringTitle: row.offering_title,
      },
    ]),
  );
}

/**
 * Reopens an objected decision after an upheld objection (§3.8): the case goes back to the state in
 * which it is decided again (the domain's `REOPENED_STATE`), and what the decision did is undone where
 * it would stand in the way (a granted deferral no longer moves the due date). Audited.
 */
export async function reopenDecision(manager: EntityManager, kind: ObjectionDecisionKind, id: string, today: CalendarDate, actorAccountId: string): Promise<void> {
  const audit = (entity: string, entityId: string, before: object, after: object) =>
    recordAudit(manager, { actorAccountId, entity, entityId, action: 'REOPEN', before, after });
  switch (kind) {
    case 'APPLICATION': {
      const decision = await manager.getRepository(Decision).findOneByOrFail({ id });
      const application = await lockForChange(manager, RegistrationApplication, decision.applicationId, null, 'Deze aanvraag');
      const before = { ...application };
      // Complete again and off the past meeting: staff place it on the next meeting, which decides anew.
      Object.assign(application, { status: valueOrThrow(reopenApplication(application.status)), meetingId: null });
      await manager.getRepository(RegistrationApplication).save(application);
      await manager.getRepository(Decision).update({ id }, { reopenedOn: today });
      await audit('registration_application', application.id, before, application);
      await audit('decision', id, decision, { ...decision, reopenedOn: today });
      return;
    }
    case 'DEFERRAL': {
      const request = await lockForChange(manager, DeferralRequestRow, id, null, 'Dit verzoek om uitstel');
      const before = { ...request };
      if (request.grantedDueDate && request.registrationId) {
        // The grant's deferral goes; the request is decided again.
        await manager.query(
          `DELETE FROM registration_deferral WHERE id = (
             SELECT id FROM registration_deferral WHERE registration_id = $1 AND granted_on = $2 AND new_due_date = $3
              ORDER BY created_at DESC LIMIT 1)`,
          [request.registrationId, request.decidedOn, request.grantedDueDate],
        );
        const registration = await manager.getRepository(Registration).findOneByOrFail({ id: request.registrationId });
        await new RegistrationStatusService(manager).refresh([registration], today);
      }
      Object.assign(request, { status: REOPENED_STATE.DEFERRAL, decidedOn: null, decidedBy: null, grantedDueDate: null, decisionReasons: null });
      await manager.getRepository(DeferralRequestRow).save(request);
      await audit('deferral_request', id, before, request);
      return;
    }
    case 'CERTIFICATION': {
      const certification = await manager.getRepository(Certification).findOneByOrFail({ id });
      const offering = await lockForChange(manager, Offering, certification.offeringId, null, 'Dit aanbod');
      const before = { ...offering };
      Object.assign(offering, { status: REOPENED_STATE.CERTIFICATION, submittedOn: today });
      await manager.getRepository(Offering).save(offering);
      await audit('offering', offering.id, before, offering);
      return;
    }
    case 'CERTIFICATE_VERIFICATION': {
      const completion = await lockForChange(manager, Completion, id, null, 'Dit certificaat');
      const before = { ...completion };
      Object.assign(completion, { status: REOPENED_STATE.CERTIFICATE_VERIFICATION, handledBy: null, handledOn: null, handlingNote: null });
      await manager.getRepository(Completion).save(completion);
      await audit('completion', id, before, completion);
      return;
    }
    case 'PEER_VALIDATION': {
      // Back to placed and undecided: the facilitator confirms the member again; a credit it gave goes.
      const member = await lockForChange(manager, PeerGroupMember, id, null, 'Deze validering');
      const before = { ...member };
      if (member.outcome === 'CREDITED') {
        const credits = await manager.getRepository(InformalValidation).findBy({ peerGroupId: member.groupId, leaderId: member.leaderId });
        await manager.getRepository(InformalValidation).delete({ peerGroupId: member.groupId, leaderId: member.leaderId });
        for (const credit of credits) await audit('informal_validation', credit.id, credit, { withdrawn: true });
      }
      Object.assign(member, { outcome: null, outcomeReasons: null });
      await manager.getRepository(PeerGroupMember).save(member);
      await audit('peer_group_member', id, before, { ...member, state: REOPENED_STATE.PEER_VALIDATION });
      return;
    }
    case 'PORTFOLIO_OUTCOME':
      await reopenPortfolioDecision(manager, id, today, actorAccountId);
      return;
    case 'DATA_REQUEST': {
      // Open again and decided anew; a correction already made stays (the data is what it is now).
      const request = await lockForChange(manager, DataRequestRow, id, null, 'Dit verzoek');
      const before = { status: request.status, decidedOn: request.decidedOn };
      Object.assign(request, { status: REOPENED_STATE.DATA_REQUEST, decidedOn: null, decidedBy: null, decisionGrounds: null, changedFields: [] });
      await manager.getRepository(DataRequestRow).save(request);
      await audit('data_request', id, before, { status: request.status });
      return;
    }
  }
}
