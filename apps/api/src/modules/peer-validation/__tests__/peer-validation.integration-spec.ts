import { todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, createLeader } from '../../../testing/fixtures';
import { signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer } from '../../../testing/test-server';
import { Role } from '../../accounts/role';
import { InformalValidation } from '../../informal-validations/informal-validation.entity';
import { EmailOutboxMessage } from '../../letters/email-outbox.entity';
import { Letter } from '../../letters/letter.entity';
import type { Board } from '../../organisations/board.entity';
import { PeerReflectionRow, PeerSignUp } from '../peer-validation.entity';

const PUBLISH = `mutation ($input: PublishPeerSessionInput!) {
  publishPeerSession(input: $input) { id version capacity state placesLeft facilitator { displayName } }
}`;
const SIGN_UP = `mutation ($s: ID!, $t: ID!) { signUpForPeerSession(sessionId: $s, themeId: $t) { id status } }`;
const FORM = `mutation ($s: ID!, $v: Int!) { formPeerGroups(sessionId: $s, version: $v) { id state } }`;
const SESSION = `query ($id: ID!) {
  peerSession(id: $id) {
    id version signUpCount
    signUps { leader { id } placed }
    groups { id version confirmedOn members { leader { id } theme { code } outcome outcomeReasons { code message } reflections { subjectLeaderId submittedAt } } }
  }
}`;
const REFLECT = `mutation ($input: SubmitPeerReflectionInput!) { submitPeerReflection(input: $input) { id reflections { subjectLeaderId submittedAt } } }`;
const CONFIRM = `mutation ($g: ID!, $v: Int!) { confirmPeerGroup(groupId: $g, version: $v) { id confirmedOn members { leader { id } outcome } } }`;
const MINE = `{ myPeerValidations { id status groupId reflectionOpen partners { leaderId displayName theme { code } } outcome outcomeReasons { code message } session { location } } }`;
const THEMES = `{ themes { id code name } }`;

interface Member {
  leader: { id: string };
  theme: { code: string };
  outcome: string | null;
  outcomeReasons: { code: string; message: string }[];
}
interface Group {
  id: string;
  version: number;
  confirmedOn: string | null;
  members: Member[];
}
interface SessionView {
  id: string;
  version: number;
  signUpCount: number;
  signUps: { leader: { id: string }; placed: boolean | null }[];
  groups: Group[];
}

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

describe('peer validation: sessions, trios, reflections, confirmation', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let staff: TestClient;
  let facilitator: TestClient;
  let otherAssessor: TestClient;
  let themeIds: Map<string, string>;
  let themeNames: Map<string, string>;
  const leaders: { id: string; board: Board; client: TestClient }[] = [];

  async function leaderOn(board: Board, lastName: string) {
    const { leader } = await createLeader(database.dataSource, { firstName: 'Peer', lastName, board, registration: { registeredOn: '2024-01-01' as CalendarDate } });
    const client = await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id);
    return { id: leader.id, board, client };
  }

  async function publish(capacity: number, startsInHours = 24) {
    const response = await staff.request<{ publishPeerSession: { id: string; version: number } }>(PUBLISH, {
      input: { startsAt: inHours(startsInHours), endsAt: inHours(startsInHours + 3), location: 'Utrecht, Jaarbeurs', facilitatorAccountId: facilitator.accountId, capacity },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.publishPeerSession;
  }

  /** Moves a session in time so that it ended `hoursAgo` hours ago (the service reads the clock). */
  async function endedHoursAgo(sessionId: string, hoursAgo: number) {
    await database.dataSource.query(`UPDATE peer_session SET starts_at = now() - make_interval(hours => $2 + 3), ends_at = now() - make_interval(hours => $2) WHERE id = $1`, [
      sessionId,
      hoursAgo,
    ]);
  }

  /** Moves a session and its reflections `hours` back in time, as if that much time had passed. */
  async function timePasses(sessionId: string, hours: number) {
    const shift = [sessionId, hours];
    await database.dataSource.query(`UPDATE peer_session SET starts_at = starts_at - make_interval(hours => $2), ends_at = ends_at - make_interval(hours => $2) WHERE id = $1`, shift);
    await database.dataSource.query(
      `UPDATE peer_reflection SET submitted_at = submitted_at - make_interval(hours => $2) WHERE group_id IN (SELECT id FROM peer_group WHERE session_id = $1)`,
      shift,
    );
  }

  const session = async (id: string) => (await staff.request<{ peerSession: SessionView }>(SESSION, { id })).data!.peerSession;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource, { rateLimits: false });
    staff = await signedInClient(database.dataSource, server.url, [Role.STAFF]);
    facilitator = await signedInClient(database.dataSource, server.url, [Role.ASSESSOR]);
    otherAssessor = await signedInClient(database.dataSource, server.url, [Role.ASSESSOR]);
    const themes = (await staff.request<{ themes: { id: string; code: string; name: string }[] }>(THEMES)).data!.themes;
    themeIds = new Map(themes.map((theme) => [theme.code, theme.id]));
    themeNames = new Map(themes.map((theme) => [theme.code, theme.name]));
    const boards = [await createBoard(database.dataSource, 'Stichting Noord'), await createBoard(database.dataSource, 'Stichting Oost'), await createBoard(database.dataSource, 'Stichting Zuid')];
    // Signed up board by board: two of Noord first, then two of Oost, then two of Zuid, then one more of Noord.
    for (const [index, board] of [boards[0], boards[0], boards[1], boards[1], boards[2], boards[2], boards[0]].entries()) {
      leaders.push(await leaderOn(board!, `Leider${index + 1}`));
    }
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('publishes only sessions in the future, with places for whole trios and a STAFF or ASSESSOR facilitator', async () => {
    const input = { startsAt: inHours(24), endsAt: inHours(27), location: 'Zwolle', facilitatorAccountId: facilitator.accountId, capacity: 9 };
    const reasonOf = async (changes: object) => (await staff.request(PUBLISH, { input: { ...input, ...changes } })).errors?.[0]?.extensions?.reason;
    expect(await reasonOf({ capacity: 4 })).toBe('PEER_SESSION_CAPACITY');
    expect(await reasonOf({ startsAt: inHours(-1) })).toBe('PEER_SESSION_NOT_IN_FUTURE');
    expect(await reasonOf({ facilitatorAccountId: leaders[0]!.client.accountId })).toBe('PEER_FACILITATOR_ROLE');
    expect((await leaders[0]!.client.request(PUBLISH, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('never exceeds the capacity under 20 parallel sign-ups', async () => {
    const { id } = await publish(3, 48);
    const board = await createBoard(database.dataSource, 'Stichting Druk');
    const crowd = await Promise.all(Array.from({ length: 20 }, (_, index) => leaderOn(board, `Druk${index}`)));
    const responses = await Promise.all(crowd.map(({ client }) => client.request(SIGN_UP, { s: id, t: themeIds.get('1') })));
    expect(responses.filter((response) => !response.errors)).toHaveLength(3);
    const refusals = responses.flatMap((response) => response.errors ?? []);
    expect(refusals).toHaveLength(17);
    expect(new Set(refusals.map((error) => error.extensions?.reason))).toEqual(new Set(['PEER_SESSION_FULL']));
    expect(await database.dataSource.getRepository(PeerSignUp).countBy({ sessionId: id })).toBe(3);

    // A withdrawn sign-up frees its place for someone else.
    const placed = crowd.filter((_, index) => !responses[index]!.errors);
    const refused = crowd.find((_, index) => responses[index]!.errors)!;
    expect((await placed[0]!.client.request(`mutation ($s: ID!) { cancelPeerSignUp(sessionId: $s) }`, { s: id })).errors).toBeUndefined();
    expect((await refused.client.request(SIGN_UP, { s: id, t: themeIds.get('1') })).errors).toBeUndefined();
    expect(await database.dataSource.getRepository(PeerSignUp).countBy({ sessionId: id })).toBe(3);
  });

  it('forms two mixed-board trios from six leaders of three boards, tells everyone by letter and e-mail, and leaves the seventh unplaced', async () => {
    const { id, version } = await publish(9);
    const open = (await leaders[0]!.client.request<{ openPeerSessions: { id: string; placesLeft: number }[] }>(`{ openPeerSessions { id placesLeft } }`)).data!;
    expect(open.openPeerSessions).toContainEqual({ id, placesLeft: 9 });
    const listed = (await staff.request<{ peerSessions: { nodes: { id: string; signUpCount: number }[] } }>(`{ peerSessions(upcoming: true, first: 10) { nodes { id signUpCount } } }`))
      .data!.peerSessions.nodes;
    expect(listed.map((node) => node.id)).toContain(id);
    const facilitated = `{ facilitatedPeerSessions(first: 10) { totalCount nodes { id } } }`;
    expect((await facilitator.request<{ facilitatedPeerSessions: { nodes: { id: string }[] } }>(facilitated)).data!.facilitatedPeerSessions.nodes.map((node) => node.id)).toContain(id);
    expect((await otherAssessor.request<{ facilitatedPeerSessions: { totalCount: number } }>(facilitated)).data!.facilitatedPeerSessions.totalCount).toBe(0);
    expect((await otherAssessor.request(SESSION, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const themesInOrder = ['1', '2', '3', '4', '5', '6', '7'];
    for (const [index, leader] of leaders.entries()) {
      const response = await leader.client.request(SIGN_UP, { s: id, t: themeIds.get(themesInOrder[index]!) });
      expect(response.errors).toBeUndefined();
    }
    // One open session per theme: the same theme on another session is refused.
    const other = await publish(3, 72);
    expect((await leaders[0]!.client.request(SIGN_UP, { s: other.id, t: themeIds.get('1') })).errors?.[0]?.extensions?.reason).toBe('PEER_THEME_ALREADY_SIGNED_UP');

    const formed = await staff.request<{ formPeerGroups: { state: string } }>(FORM, { s: id, v: version });
    expect(formed.errors).toBeUndefined();
    expect(formed.data!.formPeerGroups.state).toBe('GROUPED');

    const view = await session(id);
    expect(view.groups).toHaveLength(2);
    const boardOf = new Map(leaders.map((leader) => [leader.id, leader.board.id]));
    for (const group of view.groups) {
      expect(group.members).toHaveLength(3);
      expect(new Set(group.members.map((member) => boardOf.get(member.leader.id))).size).toBe(3);
    }
    const unplaced = view.signUps.filter((signUp) => signUp.placed === false).map((signUp) => signUp.leader.id);
    expect(unplaced).toEqual([leaders[6]!.id]);

    const letters = await database.dataSource.getRepository(Letter).findBy({ kind: 'PEER_GROUP_FORMED' });
    expect(letters).toHaveLength(6);
    const mine = letters.find((letter) => letter.leaderId === leaders[0]!.id)!;
    const partners = view.groups.find((group) => group.members.some((member) => member.leader.id === leaders[0]!.id))!.members.filter((member) => member.leader.id !== leaders[0]!.id);
    expect(mine.body).toContain('Utrecht, Jaarbeurs');
    expect(mine.body).toContain('Test ASSESSOR');
    for (const partner of partners) {
      expect(mine.body).toContain(`Peer Leider${leaders.findIndex((leader) => leader.id === partner.leader.id) + 1} (thema „${themeNames.get(partner.theme.code)}”)`);
    }
    expect(mine.body).toMatch(/op \d{1,2} [a-z]+ \d{4} van \d\d:\d\d tot \d\d:\d\d uur in Utrecht, Jaarbeurs/);
    expect(await database.dataSource.getRepository(Letter).countBy({ kind: 'PEER_NOT_PLACED', leaderId: leaders[6]!.id })).toBe(1);
    expect(await database.dataSource.getRepository(EmailOutboxMessage).countBy({ letterId: mine.id })).toBe(1);

    const seen = (await leaders[0]!.client.request<{ myPeerValidations: { status: string; partners: { displayName: string }[] }[] }>(MINE)).data!.myPeerValidations;
    expect(seen.find((entry) => entry.status === 'PLACED')!.partners).toHaveLength(2);
    expect((await leaders[1]!.client.request(`mutation ($s: ID!) { cancelPeerSignUp(sessionId: $s) }`, { s: id })).errors?.[0]?.extensions?.reason).toBe('PEER_SESSION_GROUPED');
  });

  it('refuses a reflection after 48 hours; the facilitator confirms: on-time members credited on the session date, the late one blocked with the reason', async () => {
    const sessionId = (await database.dataSource.query(`SELECT id FROM peer_session WHERE state = 'GROUPED'`))[0].id as string;
    const [first, second] = (await session(sessionId)).groups;
    const clientOf = (leaderId: string) => leaders.find((leader) => leader.id === leaderId)!.client;
    const reflect = (groupId: string, author: string, subject: string) =>
      clientOf(author).request(REFLECT, { input: { groupId, subjectLeaderId: subject, text: 'Wat ik van jou leerde over leiderschap.' } });

    expect((await reflect(first!.id, first!.members[0]!.leader.id, first!.members[1]!.leader.id)).errors?.[0]?.extensions?.reason).toBe('PEER_REFLECTION_TOO_EARLY');
    expect((await facilitator.request(CONFIRM, { g: first!.id, v: first!.version })).errors?.[0]?.extensions?.reason).toBe('PEER_SESSION_NOT_ENDED');

    await endedHoursAgo(sessionId, 1);
    for (const group of [first!, second!]) {
      for (const author of group.members) {
        for (const subject of group.members) {
          if (author === subject) continue;
          // The third member of the second trio leaves one reflection for later.
          if (group === second && author === group.members[2] && subject === group.members[0]) continue;
          expect((await reflect(group.id, author.leader.id, subject.leader.id)).errors).toBeUndefined();
        }
      }
    }
    expect((await reflect(first!.id, first!.members[0]!.leader.id, first!.members[1]!.leader.id)).errors?.[0]?.extensions?.reason).toBe('ALREADY_EXISTS');
    // The unplaced leader is no member: the group is as unknown to them as a missing one.
    const outsider = await leaders[6]!.client.request(REFLECT, { input: { groupId: first!.id, subjectLeaderId: first!.members[0]!.leader.id, text: 'Ik was er niet bij.' } });
    expect(outsider.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const late = second!.members[2]!.leader.id;
    await timePasses(sessionId, 48);
    const refused = await reflect(second!.id, late, second!.members[0]!.leader.id);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PEER_REFLECTION_LATE' });
    expect(refused.errors?.[0]?.message).toContain('48 uur');
    expect(await database.dataSource.getRepository(PeerReflectionRow).countBy({ groupId: second!.id, authorLeaderId: late })).toBe(1);

    expect((await otherAssessor.request(CONFIRM, { g: first!.id, v: first!.version })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await clientOf(late).request(CONFIRM, { g: first!.id, v: first!.version })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A staff member who is also one of the trio's leaders may not confirm it (separation of duties).
    const staffMember = await signedInClient(database.dataSource, server.url, [Role.STAFF, Role.LEADER]);
    await database.dataSource.query(`UPDATE school_leader SET account_id = $1 WHERE id = $2`, [staffMember.accountId, first!.members[0]!.leader.id]);
    expect((await staffMember.request(CONFIRM, { g: first!.id, v: first!.version })).errors?.[0]?.extensions?.reason).toBe('OWN_CASE');
    await database.dataSource.query(`UPDATE school_leader SET account_id = $1 WHERE id = $2`, [clientOf(first!.members[0]!.leader.id).accountId, first!.members[0]!.leader.id]);
    expect(await database.dataSource.getRepository(InformalValidation).count()).toBe(0);

    for (const group of [first!, second!]) {
      const confirmed = await facilitator.request(CONFIRM, { g: group.id, v: group.version });
      expect(confirmed.errors).toBeUndefined();
    }
    const sessionDate = todayInAmsterdam(new Date(Date.now() - 52 * 3_600_000));
    const validations = await database.dataSource.getRepository(InformalValidation).find();
    expect(validations).toHaveLength(5);
    expect(validations.every((row) => row.method === 'PEER_VALIDATION' && row.validatedOn === sessionDate)).toBe(true);
    expect(validations.map((row) => row.leaderId)).not.toContain(late);

    // Theme progress counts the credit: the first member's theme, completed informally on the session date.
    const credited = first!.members[0]!;
    const progress = (
      await clientOf(credited.leader.id).request<{
        myThemeProgress: { evaluation: { themesCompleted: number }; themes: { theme: { code: string }; completed: boolean; completedOn: string; route: string }[] };
      }>(`{ myThemeProgress { evaluation { themesCompleted } themes { theme { code } completed completedOn route } } }`)
    ).data!.myThemeProgress;
    expect(progress.evaluation.themesCompleted).toBe(1);
    expect(progress.themes.find((item) => item.theme.code === credited.theme.code)).toMatchObject({ completed: true, completedOn: sessionDate, route: 'INFORMAL' });

    const lateView = (await clientOf(late).request<{ myPeerValidations: { outcome: string; outcomeReasons: { code: string; message: string }[] }[] }>(MINE)).data!
      .myPeerValidations[0]!;
    expect(lateView.outcome).toBe('NOT_CREDITED');
    expect(lateView.outcomeReasons.map((reason) => reason.code)).toEqual(['PEER_REFLECTION_MISSING']);
    expect(lateView.outcomeReasons[0]!.message).toMatch(/^De eindreflectie van Peer Leider\d over Peer Leider\d ontbreekt\.$/);
    const letter = await database.dataSource.getRepository(Letter).findOneByOrFail({ kind: 'PEER_VALIDATION_NOT_CREDITED', leaderId: late });
    expect(letter.body).toContain('bezwaar');
    expect(await database.dataSource.getRepository(Letter).countBy({ kind: 'PEER_VALIDATION_CREDITED' })).toBe(5);

    expect((await facilitator.request(CONFIRM, { g: first!.id, v: first!.version + 1 })).errors?.[0]?.extensions?.reason).toBe('PEER_GROUP_ALREADY_CONFIRMED');
  });

  it('lets the leader object to "not credited"; upheld, the member is undecided again and the facilitator confirms anew', async () => {
    const lateLeader = (
      await database.dataSource.query(`SELECT leader_id, group_id FROM peer_group_member WHERE outcome = 'NOT_CREDITED'`)
    )[0] as { leader_id: string; group_id: string };
    const client = leaders.find((leader) => leader.id === lateLeader.leader_id)!.client;
    const decisionId = (await client.request<{ myPeerValidations: { decisionId: string }[] }>(`{ myPeerValidations { decisionId } }`)).data!.myPeerValidations[0]!.decisionId;
    const filed = await client.request<{ fileObjection: { id: string; version: number } }>(
      `mutation ($d: ID!, $g: String!) { fileObjection(decisionKind: PEER_VALIDATION, decisionId: $d, grounds: $g) { id version } }`,
      { d: decisionId, g: 'Het portaal was die avond onbereikbaar.' },
    );
    expect(filed.errors).toBeUndefined();
    const pending = (await client.request<{ myPeerValidations: { objections: { id: string; status: string }[] }[] }>(`{ myPeerValidations { objections { id status } } }`))
      .data!.myPeerValidations[0]!.objections;
    expect(pending).toEqual([{ id: filed.data!.fileObjection.id, status: 'FILED' }]);
    const committee = await signedInClient(database.dataSource, server.url, [Role.COMMITTEE]);
    const decided = await committee.request(`mutation ($id: ID!, $v: Int!, $r: String!) { decideObjection(id: $id, version: $v, upheld: true, reasons: $r) { status } }`, {
      id: filed.data!.fileObjection.id,
      v: filed.data!.fileObjection.version,
      r: 'Storing aangetoond.',
    });
    expect(decided.errors).toBeUndefined();
    const reopened = (await client.request<{ myPeerValidations: { status: string; outcome: string | null }[] }>(MINE)).data!.myPeerValidations[0]!;
    expect(reopened).toMatchObject({ status: 'PLACED', outcome: null });

    const group = (await staff.request<{ peerGroup: { version: number } }>(`query ($id: ID!) { peerGroup(id: $id) { version } }`, { id: lateLeader.group_id })).data!.peerGroup;
    const again = await facilitator.request<{ confirmPeerGroup: { members: { leader: { id: string }; outcome: string }[] } }>(CONFIRM, { g: lateLeader.group_id, v: group.version });
    expect(again.errors).toBeUndefined();
    expect(again.data!.confirmPeerGroup.members.find((member) => member.leader.id === lateLeader.leader_id)!.outcome).toBe('NOT_CREDITED');
    const audited = (await database.dataSource.query(
      `SELECT action, count(*)::int AS count FROM audit_log WHERE entity IN ('peer_group', 'peer_group_member') GROUP BY action ORDER BY action`,
    )) as { action: string; count: number }[];
    expect(audited).toEqual([
      { action: 'CONFIRM', count: 3 },
      { action: 'CREDITED', count: 5 },
      { action: 'FORM', count: 2 },
      { action: 'NOT_CREDITED', count: 2 },
      { action: 'REOPEN', count: 1 },
    ]);
  });
});
