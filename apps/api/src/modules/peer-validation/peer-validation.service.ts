import {
  checkPeerGroupConfirmable,
  checkPeerSignUpOpen,
  checkReflectionSubmission,
  displayName,
  formTrios,
  isWithin,
  peerValidationOutcome,
  reason,
  rulesOn,
  todayInAmsterdam,
  validatePeerSession,
  type CalendarDate,
  type PeerGroup,
  type RuleSet,
} from '@srpo/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { assertId, lockForChange } from '../../database/row-lock';
import { AppError, reasonError, valueOrThrow } from '../../http/errors';
import type { Connection } from '../../schema/connection';
import { keysetPage, type KeysetOrder, type PageArgs } from '../../shared/paging';
import { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { recordAudit, recordAudits } from '../audit/record-audit';
import { recordInformalValidations } from '../informal-validations/record-informal-validations';
import { leaderOfAccount } from '../leaders/leader.service';
import { assertNotOwnCase } from '../leaders/own-case';
import { SchoolLeader } from '../leaders/school-leader.entity';
import { writeLetters } from '../letters/letter.service';
import { Theme } from '../themes/theme.entity';
import { groupLetter, notPlacedLetter, outcomeLetter, type MemberFacts, type SessionFacts } from './peer-validation-letters';
import { PeerGroupMember, PeerGroupRow, PeerReflectionRow, PeerSession, PeerSignUp, type StoredReason } from './peer-validation.entity';

/** Most sessions a leader is offered, and most sign-ups a leader sees: bounded lists, soonest or newest first. */
export const OPEN_SESSIONS_LIMIT = 50;
export const MY_SIGN_UPS_LIMIT = 50;

/** Longest reflection (characters); the database checks the same. */
const MAX_REFLECTION_LENGTH = 10_000;
const MAX_LOCATION_LENGTH = 300;

const SOONEST_FIRST: KeysetOrder = { direction: 'ASC', keys: [{ column: 'starts_at' }, { column: 'id' }] };
const LATEST_FIRST: KeysetOrder = { direction: 'DESC', keys: [{ column: 'starts_at' }, { column: 'id' }] };

export interface PublishPeerSession {
  startsAt: Date;
  endsAt: Date;
  location: string;
  facilitatorAccountId: string;
  capacity: number;
}

/** The day a session takes place (Amsterdam): its themes are completed on this date. */
export function sessionDateOf(session: Pick<PeerSession, 'startsAt'>): CalendarDate {
  return todayInAmsterdam(session.startsAt);
}

function rulesFor(session: Pick<PeerSession, 'startsAt'>): RuleSet {
  return rulesOn(sessionDateOf(session));
}

/** Staff see every session and group; a facilitator (STAFF or ASSESSOR account) those they facilitate. */
export function mayFacilitate(account: Account, row: Pick<PeerSession | PeerGroupRow, 'facilitatorAccountId'>): boolean {
  return account.roles.includes(Role.STAFF) || row.facilitatorAccountId === account.id;
}

function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what} bestaat niet (meer).`);
}

/**
 * Peer validation (§3.6): staff publish sessions, leaders sign up with one theme, staff form trios
 * (the domain's `formTrios`), members write reflections within 48 hours, the facilitator confirms
 * and the domain's outcome credits the themes. Every change is audited; letters go out in the same
 * transaction.
 */
export class PeerValidationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Account,
    private readonly now: Date = new Date(),
  ) {}

  private get today(): CalendarDate {
    return todayInAmsterdam(this.now);
  }

  async publish(input: PublishPeerSession): Promise<PeerSession> {
    assertId(input.facilitatorAccountId, 'facilitatorAccountId');
    const location = input.location.trim();
    if (location === '' || location.length > MAX_LOCATION_LENGTH) {
      throw new AppError('BAD_USER_INPUT', `Vul een locatie in (hoogstens ${MAX_LOCATION_LENGTH} tekens).`, { field: 'location' });
    }
    valueOrThrow(validatePeerSession(input, this.now, rulesFor(input)));
    return this.dataSource.transaction(async (manager) => {
      const facilitator = await manager.getRepository(Account).findOneBy({ id: input.facilitatorAccountId });
      if (!facilitator || facilitator.deactivatedAt !== null || !facilitator.roles.some((role) => role === Role.STAFF || role === Role.ASSESSOR)) {
        throw reasonError(reason('PEER_FACILITATOR_ROLE'), { field: 'facilitatorAccountId' });
      }
      const repository = manager.getRepository(PeerSession);
      const saved = await repository.save(
        repository.create({ ...input, location, state: 'PUBLISHED', createdBy: this.actor.id }),
      );
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'peer_session', entityId: saved.id, action: 'PUBLISH', after: saved });
      return saved;
    });
  }

  /** Staff's list of sessions: upcoming (not yet ended) soonest first, or all latest first. */
  sessions(upcoming: boolean, page: PageArgs): Promise<Connection<PeerSession>> {
    const query = this.dataSource.getRepository(PeerSession).createQueryBuilder('session');
    if (upcoming) query.where('session.ends_at > :now', { now: this.now });
    return keysetPage(query, upcoming ? SOONEST_FIRST : LATEST_FIRST, page);
  }

  /** The sessions the actor facilitates, latest first. */
  facilitated(page: PageArgs): Promise<Connection<PeerSession>> {
    const query = this.dataSource.getRepository(PeerSession).createQueryBuilder('session').where('session.facilitator_account_id = :id', { id: this.actor.id });
    return keysetPage(query, LATEST_FIRST, page);
  }

  /** Sessions a leader can still sign up for: published, not started, places left; soonest first, at most {@link OPEN_SESSIONS_LIMIT}. */
  openSessions(): Promise<PeerSession[]> {
    return this.dataSource
      .getRepository(PeerSession)
      .createQueryBuilder('session')
      .where("session.state = 'PUBLISHED'")
      .andWhere('session.starts_at > :now', { now: this.now })
      .andWhere('(SELECT count(*) FROM peer_sign_up s WHERE s.session_id = session.id) < session.capacity')
      .orderBy('session.starts_at', 'ASC')
      .addOrderBy('session.id', 'ASC')
      .limit(OPEN_SESSIONS_LIMIT)
      .getMany();
  }

  /** The signed-in leader's sign-ups, latest session first, at most {@link MY_SIGN_UPS_LIMIT}. */
  async mySignUps(): Promise<PeerSignUp[]> {
    const leader = await leaderOfAccount(this.dataSource, this.actor);
    return this.dataSource
      .getRepository(PeerSignUp)
      .createQueryBuilder('sign_up')
      .innerJoin(PeerSession, 'session', 'session.id = sign_up.session_id')
      .where('sign_up.leader_id = :leaderId', { leaderId: leader.id })
      .orderBy('session.starts_at', 'DESC')
      .addOrderBy('sign_up.id', 'ASC')
      .limit(MY_SIGN_UPS_LIMIT)
      .getMany();
  }

  /** A session the actor may see as staff or its facilitator; NOT_FOUND otherwise (never revealing others'). */
  async session(id: string): Promise<PeerSession> {
    assertId(id, 'id');
    const session = await this.dataSource.getRepository(PeerSession).findOneBy({ id });
    if (!session || !mayFacilitate(this.actor, session)) throw notFound('Deze bijeenkomst');
    return session;
  }

  /** A group the actor may see as staff or its facilitator; NOT_FOUND otherwise. */
  async group(id: string): Promise<PeerGroupRow> {
    assertId(id, 'id');
    const group = await this.dataSource.getRepository(PeerGroupRow).findOneBy({ id });
    if (!group || !mayFacilitate(this.actor, group)) throw notFound('Deze groep');
    return group;
  }

  /**
   * Signs the leader up with one theme. The session row is locked, so concurrent sign-ups are counted
   * one after another and never exceed the capacity; a leader's sign-ups are serialised too (one open
   * session per theme).
   */
  async signUp(sessionId: string, themeId: string): Promise<PeerSignUp> {
    assertId(sessionId, 'sessionId');
    assertId(themeId, 'themeId');
    return this.dataSource.transaction(async (manager) => {
      const leader = await leaderOfAccount(manager, this.actor);
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`peer_sign_up:${leader.id}`]);
      const session = await lockForChange(manager, PeerSession, sessionId, null, 'Deze bijeenkomst');
      const signUps = await manager.getRepository(PeerSignUp).countBy({ sessionId });
      valueOrThrow(checkPeerSignUpOpen(session, this.now, { signUps, capacity: session.capacity }));
      if (session.facilitatorAccountId === this.actor.id) throw reasonError(reason('PEER_FACILITATOR_IS_PARTICIPANT'));
      const theme = await manager.getRepository(Theme).findOneBy({ id: themeId });
      if (!theme || !isWithin(sessionDateOf(session), theme.validFrom, theme.validUntil)) {
        throw new AppError('BAD_USER_INPUT', 'Dit thema bestaat niet of geldt niet op de datum van de bijeenkomst.', { field: 'themeId' });
      }
      if (await manager.getRepository(PeerSignUp).existsBy({ sessionId, leaderId: leader.id })) {
        throw new AppError('CONFLICT', 'U bent al aangemeld voor deze bijeenkomst.', { reason: 'ALREADY_EXISTS' });
      }
      const [{ exists }] = (await manager.query(
        `SELECT EXISTS (SELECT 1 FROM peer_sign_up s JOIN peer_session p ON p.id = s.session_id
                         WHERE s.leader_id = $1 AND s.theme_id = $2 AND p.ends_at > $3) AS exists`,
        [leader.id, themeId, this.now],
      )) as [{ exists: boolean }];
      if (exists) throw reasonError(reason('PEER_THEME_ALREADY_SIGNED_UP'));
      const repository = manager.getRepository(PeerSignUp);
      const saved = await repository.save(repository.create({ sessionId, leaderId: leader.id, themeId }));
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'peer_sign_up', entityId: saved.id, action: 'SIGN_UP', after: saved });
      return saved;
    });
  }

  /** Withdraws the leader's sign-up, while the session is open (not started, groups not formed). */
  async cancel(sessionId: string): Promise<PeerSignUp> {
    assertId(sessionId, 'sessionId');
    return this.dataSource.transaction(async (manager) => {
      const leader = await leaderOfAccount(manager, this.actor);
      const session = await lockForChange(manager, PeerSession, sessionId, null, 'Deze bijeenkomst');
      const signUp = await manager.getRepository(PeerSignUp).findOneBy({ sessionId, leaderId: leader.id });
      if (!signUp) throw new AppError('NOT_FOUND', 'U bent niet aangemeld voor deze bijeenkomst.');
      valueOrThrow(checkPeerSignUpOpen(session, this.now));
      await manager.getRepository(PeerSignUp).delete({ id: signUp.id });
      await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'peer_sign_up', entityId: signUp.id, action: 'CANCEL', before: signUp });
      return signUp;
    });
  }

  /**
   * Forms the session's trios with the domain's `formTrios` (first come, first served; leaders of
   * different boards preferred) and writes each participant a letter naming the date, place,
   * facilitator and the two others with their themes; the unplaced get a letter that they are not placed.
   */
  async formGroups(sessionId: string, version: number): Promise<PeerSession> {
    assertId(sessionId, 'sessionId');
    return this.dataSource.transaction(async (manager) => {
      const session = await lockForChange(manager, PeerSession, sessionId, version, 'Deze bijeenkomst');
      if (session.state !== 'PUBLISHED') throw reasonError(reason('PEER_SESSION_GROUPED'));
      const signUps = await manager.getRepository(PeerSignUp).find({ where: { sessionId }, order: { createdAt: 'ASC', id: 'ASC' } });
      const boards = await currentBoards(manager, signUps.map((signUp) => signUp.leaderId), sessionDateOf(session));
      const rules = rulesFor(session);
      const { groups, unplaced } = formTrios(
        sessionDateOf(session),
        signUps.map((signUp) => ({ ...signUp, boardId: boards.get(signUp.leaderId) ?? null })),
        rules,
      );

      const facts = await this.facts(manager, session, signUps);
      const letters = [];
      for (const trio of groups) {
        const group = await manager.getRepository(PeerGroupRow).save(
          manager.getRepository(PeerGroupRow).create({ sessionId, facilitatorAccountId: session.facilitatorAccountId, confirmedOn: null, confirmedBy: null }),
        );
        const members = trio.map((signUp, position) => ({ groupId: group.id, signUpId: signUp.id, leaderId: signUp.leaderId, position, outcome: null, outcomeReasons: null }));
        await manager.getRepository(PeerGroupMember).insert(members);
        await recordAudit(manager, { actorAccountId: this.actor.id, entity: 'peer_group', entityId: group.id, action: 'FORM', after: { ...group, members } });
        for (const signUp of trio) {
          const member = facts.members.get(signUp.id)!;
          const others = trio.filter((other) => other.id !== signUp.id).map((other) => facts.members.get(other.id)!);
          letters.push(groupLetter(facts.session, member, others, group.id, rules));
        }
      }
      letters.push(...unplaced.map((signUp) => notPlacedLetter(facts.session, signUp.leaderId, signUp.id)));
      await writeLetters(manager, letters);

      const before = { ...session };
      session.state = 'GROUPED';
      const saved = await manager.getRepository(PeerSession).save(session);
      await recordAudit(manager, {
        actorAccountId: this.actor.id,
        entity: 'peer_session',
        entityId: sessionId,
        action: 'FORM_GROUPS',
        before,
        after: { ...saved, groups: groups.length, unplaced: unplaced.map((signUp) => signUp.leaderId) },
      });
      return saved;
    });
  }

  /**
   * Hands in the leader's closing reflection on another member: after the session, within 48 hours,
   * once per subject. Returns the author's sign-up (their view of the trio).
   */
  async submitReflection(groupId: string, subjectLeaderId: string, text: string): Promise<PeerSignUp> {
    assertId(groupId, 'groupId');
    assertId(subjectLeaderId, 'subjectLeaderId');
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.length > MAX_REFLECTION_LENGTH) {
      throw new AppError('BAD_USER_INPUT', `Schrijf een eindreflectie van hoogstens ${MAX_REFLECTION_LENGTH} tekens.`, { field: 'text' });
    }
    return this.dataSource.transaction(async (manager) => {
      const leader = await leaderOfAccount(manager, this.actor);
      const group = await manager.getRepository(PeerGroupRow).findOneBy({ id: groupId });
      const members = group ? await manager.getRepository(PeerGroupMember).find({ where: { groupId }, order: { position: 'ASC' } }) : [];
      if (!group || !members.some((member) => member.leaderId === leader.id)) throw notFound('Deze groep');
      if (group.confirmedOn !== null) throw reasonError(reason('PEER_GROUP_ALREADY_CONFIRMED'));
      const session = await manager.getRepository(PeerSession).findOneByOrFail({ id: group.sessionId });
      const domainGroup = await this.domainGroup(manager, session, group, members);
      valueOrThrow(checkReflectionSubmission(domainGroup, leader.id, subjectLeaderId, this.now, rulesFor(session)));
      if (await manager.getRepository(PeerReflectionRow).existsBy({ groupId, authorLeaderId: leader.id, subjectLeaderId })) {
        throw new AppError('CONFLICT', 'U hebt al een eindreflectie over deze deelnemer ingediend.', { reason: 'ALREADY_EXISTS' });
      }
      const repository = manager.getRepository(PeerReflectionRow);
      const saved = await repository.save(repository.create({ groupId, authorLeaderId: leader.id, subjectLeaderId, text: trimmed, submittedAt: this.now }));
      await recordAudit(manager, {
        actorAccountId: this.actor.id,
        entity: 'peer_reflection',
        entityId: saved.id,
        action: 'SUBMIT',
        after: { groupId, authorLeaderId: leader.id, subjectLeaderId, submittedAt: saved.submittedAt },
      });
      const own = members.find((member) => member.leaderId === leader.id)!;
      return manager.getRepository(PeerSignUp).findOneByOrFail({ id: own.signUpId });
    });
  }

  /**
   * The facilitator (or staff) confirms the group after the session: the domain's outcome credits the
   * theme of every member whose reflections were all on time (on the session date, through
   * `recordInformalValidations`); the others are not credited, with the reasons. Each member gets a
   * letter with the objection line. Decides only members still undecided (all of them the first
   * time; one whose decision an upheld objection reopened, later).
   */
  async confirm(groupId: string, version: number): Promise<PeerGroupRow> {
    assertId(groupId, 'groupId');
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.getRepository(PeerGroupRow).findOneBy({ id: groupId });
      if (!found || !mayFacilitate(this.actor, found)) throw notFound('Deze groep');
      const group = await lockForChange(manager, PeerGroupRow, groupId, version, 'Deze groep');
      const members = await manager.getRepository(PeerGroupMember).find({ where: { groupId }, order: { position: 'ASC' } });
      const undecided = members.filter((member) => member.outcome === null);
      if (undecided.length === 0) throw reasonError(reason('PEER_GROUP_ALREADY_CONFIRMED'));
      // Separation of duties: a staff member who is also a leader never confirms a trio they are in.
      for (const member of members) await assertNotOwnCase(manager, this.actor, { leaderId: member.leaderId });
      const session = await manager.getRepository(PeerSession).findOneByOrFail({ id: group.sessionId });
      const rules = rulesFor(session);
      const domainGroup = await this.domainGroup(manager, session, group, members);
      const reflections = (await manager.getRepository(PeerReflectionRow).findBy({ groupId })).map((row) => ({
        authorId: row.authorLeaderId,
        subjectId: row.subjectLeaderId,
        submittedAt: row.submittedAt,
      }));
      valueOrThrow(checkPeerGroupConfirmable(domainGroup, reflections, this.now, rules));
      const outcome = valueOrThrow(peerValidationOutcome(domainGroup, reflections, true, rules));
      const blocked = new Map(outcome.notValidated.map((entry) => [entry.leaderId, entry.reasons.map(({ code, message }): StoredReason => ({ code, message }))]));

      const signUps = await manager.getRepository(PeerSignUp).findBy({ id: In(members.map((member) => member.signUpId)) });
      const themeOf = new Map(signUps.map((signUp) => [signUp.id, signUp.themeId]));
      const facts = await this.facts(manager, session, signUps);
      const sessionDate = sessionDateOf(session);
      const credited = undecided.filter((member) => !blocked.has(member.leaderId));
      await recordInformalValidations(
        manager,
        credited.map((member) => ({ leaderId: member.leaderId, themeId: themeOf.get(member.signUpId)!, validatedOn: sessionDate, method: 'PEER_VALIDATION', peerGroupId: groupId })),
        this.actor.id,
      );
      const audits = [];
      const letters = [];
      for (const member of undecided) {
        const before = { ...member };
        const reasons = blocked.get(member.leaderId) ?? null;
        Object.assign(member, { outcome: reasons === null ? 'CREDITED' : 'NOT_CREDITED', outcomeReasons: reasons });
        await manager.getRepository(PeerGroupMember).save(member);
        audits.push({ actorAccountId: this.actor.id, entity: 'peer_group_member', entityId: member.id, action: member.outcome!, before, after: member });
        letters.push(outcomeLetter(facts.session, { ...facts.members.get(member.signUpId)!, memberId: member.id }, reasons, sessionDate, this.today));
      }
      const before = { ...group };
      Object.assign(group, { confirmedOn: this.today, confirmedBy: this.actor.id });
      const saved = await manager.getRepository(PeerGroupRow).save(group);
      audits.push({ actorAccountId: this.actor.id, entity: 'peer_group', entityId: groupId, action: 'CONFIRM', before, after: saved });
      await recordAudits(manager, audits);
      await writeLetters(manager, letters);
      return saved;
    });
  }

  /** The group as the domain sees it: session date and end, facilitator, members with board, theme code and name. */
  private async domainGroup(manager: EntityManager, session: PeerSession, group: PeerGroupRow, members: readonly PeerGroupMember[]): Promise<PeerGroup> {
    const signUps = await manager.getRepository(PeerSignUp).findBy({ id: In(members.map((member) => member.signUpId)) });
    const themes = await manager.getRepository(Theme).findBy({ id: In(signUps.map((signUp) => signUp.themeId)) });
    const leaders = await manager.getRepository(SchoolLeader).findBy({ id: In(members.map((member) => member.leaderId)) });
    const facilitator = await manager.getRepository(SchoolLeader).findOne({ where: { accountId: group.facilitatorAccountId }, select: { id: true } });
    return {
      sessionDate: sessionDateOf(session),
      sessionEndsAt: session.endsAt,
      // A facilitator who is also a leader is named by their leader id, so the domain can tell them from the participants.
      facilitatorId: facilitator?.id ?? group.facilitatorAccountId,
      participants: members.map((member) => {
        const signUp = signUps.find((row) => row.id === member.signUpId);
        const leader = leaders.find((row) => row.id === member.leaderId);
        return {
          leaderId: member.leaderId,
          boardId: null,
          themeCode: themes.find((theme) => theme.id === signUp?.themeId)?.code ?? null,
          name: leader ? displayName(leader) : member.leaderId,
        };
      }),
    };
  }

  /** What letters say about a session and its participants (by sign-up id): a fixed number of statements. */
  private async facts(manager: EntityManager, session: PeerSession, signUps: readonly PeerSignUp[]): Promise<{ session: SessionFacts; members: Map<string, MemberFacts> }> {
    // One after another: a transaction's statements share one connection.
    const facilitator = await manager.getRepository(Account).findOneByOrFail({ id: session.facilitatorAccountId });
    const leaders = await manager.getRepository(SchoolLeader).findBy({ id: In(signUps.map((signUp) => signUp.leaderId)) });
    const themes = await manager.getRepository(Theme).findBy({ id: In(signUps.map((signUp) => signUp.themeId)) });
    const leaderNames = new Map(leaders.map((leader) => [leader.id, displayName(leader)]));
    const themeNames = new Map(themes.map((theme) => [theme.id, theme.name]));
    return {
      session: { id: session.id, startsAt: session.startsAt, endsAt: session.endsAt, location: session.location, facilitatorName: facilitator.displayName },
      members: new Map(
        signUps.map((signUp) => [signUp.id, { leaderId: signUp.leaderId, name: leaderNames.get(signUp.leaderId) ?? '', themeName: themeNames.get(signUp.themeId) ?? '' }]),
      ),
    };
  }
}

/** Each leader's board on `date` (their latest employment running then), for preferring mixed trios. */
async function currentBoards(manager: EntityManager, leaderIds: readonly string[], date: CalendarDate): Promise<Map<string, string>> {
  if (leaderIds.length === 0) return new Map();
  const rows = (await manager.query(
    `SELECT DISTINCT ON (leader_id) leader_id, board_id FROM employment
      WHERE leader_id = ANY($1::uuid[]) AND starts_on <= $2 AND (ends_on IS NULL OR ends_on >= $2)
      ORDER BY leader_id, starts_on DESC, id`,
    [[...leaderIds], date],
  )) as { leader_id: string; board_id: string }[];
  return new Map(rows.map((row) => [row.leader_id, row.board_id]));
}
