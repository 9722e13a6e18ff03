import { inflateSync } from 'node:zlib';
import { objectionDeadline, todayInAmsterdam, type CalendarDate } from '@srpo/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTML_PAGE, TINY_PDF } from '../../../testing/documents';
import { createLeader } from '../../../testing/fixtures';
import { signedInClient, type TestClient } from '../../../testing/sessions';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { startTestServer, type GraphQLResponse } from '../../../testing/test-server';
import { Account } from '../../accounts/account.entity';
import { Role } from '../../accounts/role';
import { AssessorOrganisation } from '../../assessor-organisations/assessor-organisation.entity';
import { AuditLogEntry } from '../../audit/audit-log.entity';
import { InformalValidation } from '../../informal-validations/informal-validation.entity';
import { formatDutchDate } from '../../letters/letter-text';
import { Letter } from '../../letters/letter.entity';

const CASE = `id version state round canResubmit decidedOn objectionDeadline feeTotalCents feeOutstandingCents invoiceUrl interviewMinutes
  assessors { id } feeLines { kind quantity unitCents amountCents paidOn }
  themes { theme { id code } outcome grounds documents { id } assessments { round sufficient feedback unmetRequirements assessor { id } } outcomeProposals { validated } }`;
const OPEN = `mutation ($o: ID!, $t: [ID!]!) { openPortfolioCase(input: { assessorOrganisationId: $o, themeIds: $t }) { ${CASE} } }`;
const SUBMIT = `mutation ($id: ID!, $v: Int!) { submitPortfolioCase(id: $id, version: $v) { ${CASE} } }`;
const RESUBMIT = `mutation ($id: ID!, $v: Int!) { resubmitPortfolioCase(id: $id, version: $v) { ${CASE} } }`;
const ASSIGN = `mutation ($id: ID!, $v: Int!, $a: [ID!]!) { assignPortfolioAssessors(caseId: $id, version: $v, assessorAccountIds: $a) { ${CASE} } }`;
const ASSESS = `mutation ($input: RecordPortfolioAssessmentInput!) { recordPortfolioAssessment(input: $input) { ${CASE} } }`;
const PLAN = `mutation ($id: ID!, $v: Int!, $at: DateTimeISO!) { planPortfolioInterview(caseId: $id, version: $v, startsAt: $at, location: "Utrecht, Stationsplein 1") { ${CASE} } }`;
const DECIDE = `mutation ($input: RecordPortfolioOutcomeInput!) { recordPortfolioOutcome(input: $input) { ${CASE} } }`;
const INTERVIEW_AT = '2030-01-15T13:30:00.000Z';
const PAID = `mutation ($id: ID!, $v: Int!, $on: Date!) { markPortfolioFeesPaid(caseId: $id, version: $v, paidOn: $on) { ${CASE} } }`;
const ONE = `query ($id: ID!) { portfolioCase(id: $id) { ${CASE} } }`;
const MINE = `{ myPortfolioCases { id state } }`;
const QUEUE = `query ($s: [PortfolioCaseState!]) { assessorPortfolioCases(state: $s, first: 50) { totalCount nodes { id state } } }`;
const PROGRESS = `{ myThemeProgress { themes { theme { code } completed completedOn route informalSource { method organisationName validatedOn } } } }`;
interface ProgressItem {
  theme: { code: string };
  completed: boolean;
}
const FILE = `mutation ($id: ID!) { fileObjection(decisionKind: PORTFOLIO_OUTCOME, decisionId: $id, grounds: "De assessoren hebben mijn bewijs niet meegewogen.") { id version status } }`;
const DECIDE_OBJECTION = `mutation ($id: ID!, $v: Int!) { decideObjection(id: $id, version: $v, upheld: true, reasons: "Het bewijs is ten onrechte niet meegewogen.") { status } }`;

const GOOD = {
  followsFixedStructure: true,
  showsDevelopment: true,
  colleagueFeedbackCount: 2,
  sourceCount: 4,
  literatureSourceCount: 2,
  evidenceCount: 6,
  wordCount: 2800,
  clearWriting: true,
  ownRoleCentral: true,
};

interface CaseView {
  id: string;
  version: number;
  state: string;
  round: number;
  canResubmit: boolean;
  decidedOn: string | null;
  objectionDeadline: string | null;
  feeTotalCents: number;
  feeOutstandingCents: number;
  invoiceUrl: string | null;
  interviewMinutes: number | null;
  assessors: { id: string }[];
  feeLines: { kind: string; quantity: number; unitCents: number; amountCents: number; paidOn: string | null }[];
  themes: {
    theme: { id: string; code: string };
    outcome: string | null;
    grounds: string | null;
    documents: { id: string }[];
    assessments: { round: number; sufficient: boolean; feedback: string | null; unmetRequirements: string[]; assessor: { id: string } }[];
    outcomeProposals: { validated: boolean }[];
  }[];
}

/** The text a pdfkit PDF shows: its (deflated) content streams' hex strings, WinAnsi-decoded (0x80 is the euro sign). */
function pdfText(pdf: Buffer): string {
  const texts: string[] = [];
  for (let start = pdf.indexOf('>>\nstream\n'); start >= 0; start = pdf.indexOf('>>\nstream\n', start + 1)) {
    const end = pdf.indexOf('\nendstream', start);
    if (end < 0) break;
    let content = '';
    try {
      content = inflateSync(pdf.subarray(start + 10, end)).toString('latin1');
    } catch {
      continue; // not a deflated stream (e.g. an image)
    }
    for (const array of content.matchAll(/\[(.*?)\]\s*TJ/g)) {
      texts.push([...array[1]!.matchAll(/<([0-9a-f]*)>/gi)].map((hex) => Buffer.from(hex[1]!, 'hex').toString('latin1')).join(''));
    }
  }
  return texts.join('\n').replace(/\x80/g, '€');
}

describe('portfolio cases (DESIGN §3.6)', () => {
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let organisation: AssessorOrganisation;
  let otherOrganisation: AssessorOrganisation;
  let expired: AssessorOrganisation;
  let first: TestClient;
  let second: TestClient;
  let outsider: TestClient;
  let committee: TestClient;
  const themes: Record<string, string> = {};
  const today = todayInAmsterdam(new Date());

  const errorOf = (reply: GraphQLResponse) => reply.errors?.[0]?.extensions;
  async function ok(client: TestClient, query: string, variables: Record<string, unknown> = {}): Promise<CaseView> {
    const reply = await client.request<Record<string, CaseView>>(query, variables);
    expect(reply.errors).toBeUndefined();
    return Object.values(reply.data!)[0]!;
  }

  async function createOrganisation(name: string, kvkNumber: string, certifiedUntil = '2099-12-31'): Promise<AssessorOrganisation> {
    return database.dataSource.getRepository(AssessorOrganisation).save({
      name,
      kvkNumber,
      contactEmail: `info@${kvkNumber}.nl`,
      phone: null,
      certifiedFrom: '2020-01-01' as CalendarDate,
      certifiedUntil: certifiedUntil as CalendarDate,
      feeOneOffCents: 4000,
      feePerThemeCents: 45000,
      feePerInterviewCents: 50000,
      feeResubmissionCents: 20000,
    });
  }

  async function assessorOf(organisationId: string): Promise<TestClient> {
    const client = await signedInClient(database.dataSource, server.url, [Role.ASSESSOR]);
    await database.dataSource.getRepository(Account).update({ id: client.accountId }, { assessorOrganisationId: organisationId });
    return client;
  }

  async function newLeader(): Promise<{ client: TestClient; leaderId: string }> {
    const { leader } = await createLeader(database.dataSource, { registration: { registeredOn: '2022-01-01' as CalendarDate } });
    return { client: await signedInClient(database.dataSource, server.url, [Role.LEADER], leader.id), leaderId: leader.id };
  }

  function upload(client: TestClient, caseId: string, themeId: string, content = TINY_PDF, type = 'application/pdf') {
    return fetch(`${server.url}/portfolio-cases/${caseId}/themes/${themeId}/documents`, {
      method: 'POST',
      headers: { 'content-type': type, 'x-file-name': encodeURIComponent('portfolio thema.pdf'), cookie: client.cookie },
      body: content,
    });
  }

  /** A case opened, a document per theme, submitted and assigned to the organisation's two assessors. */
  async function submittedCase(leader: TestClient, codes: string[]): Promise<CaseView> {
    const opened = await ok(leader, OPEN, { o: organisation.id, t: codes.map((code) => themes[code]) });
    for (const code of codes) expect((await upload(leader, opened.id, themes[code]!)).status).toBe(201);
    const submitted = await ok(leader, SUBMIT, { id: opened.id, v: opened.version });
    return ok(first, ASSIGN, { id: submitted.id, v: submitted.version, a: [first.accountId, second.accountId] });
  }

  const assess = (client: TestClient, caseId: string, code: string, checklist = GOOD, feedback: string | null = null) =>
    client.request<{ recordPortfolioAssessment: CaseView }>(ASSESS, { input: { caseId, themeId: themes[code], checklist, feedback } });
  const propose = (client: TestClient, caseId: string, outcome: Record<string, boolean>) =>
    ok(client, DECIDE, {
      input: { caseId, themes: Object.entries(outcome).map(([code, validated]) => ({ themeId: themes[code], validated, grounds: validated ? 'Overtuigend onderbouwd in het gesprek.' : 'De eigen rol bleef onduidelijk.' })) },
    });

  /** The planned interview took place: its start is moved into the past, as time would. */
  const holdInterview = (caseId: string) =>
    database.dataSource.query(`UPDATE portfolio_case SET interview_starts_at = now() - interval '1 hour' WHERE id = $1`, [caseId]);

  /** Through both assessments to an interview that was planned and has been held. */
  async function plannedCase(leader: TestClient, codes: string[]): Promise<CaseView> {
    let view = await submittedCase(leader, codes);
    for (const assessor of [first, second]) for (const code of codes) view = (await assess(assessor, view.id, code)).data!.recordPortfolioAssessment;
    expect(view.state).toBe('SUFFICIENT');
    view = await ok(first, PLAN, { id: view.id, v: view.version, at: INTERVIEW_AT });
    await holdInterview(view.id);
    return view;
  }

  const letters = (leaderId: string, kind: string) => database.dataSource.getRepository(Letter).find({ where: { leaderId, kind }, order: { createdAt: 'ASC' } });

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startTestServer(database.dataSource, { rateLimits: false });
    organisation = await createOrganisation('Assessorenbureau Noord', '12345678');
    otherOrganisation = await createOrganisation('Assessorenbureau Zuid', '87654321');
    expired = await createOrganisation('Verlopen Assessoren', '11223344', '2021-12-31');
    first = await assessorOf(organisation.id);
    second = await assessorOf(organisation.id);
    outsider = await assessorOf(otherOrganisation.id);
    committee = await signedInClient(database.dataSource, server.url, [Role.COMMITTEE]);
    const rows = (await database.dataSource.query(`SELECT id, code FROM theme ORDER BY sort_order`)) as { id: string; code: string }[];
    for (const row of rows) themes[row.code] = row.id;
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('refuses a third theme while two are open, across cases, and an organisation not certified today', async () => {
    const { client: leader } = await newLeader();
    const one = await ok(leader, OPEN, { o: organisation.id, t: [themes['1']] });
    expect(one.state).toBe('DRAFT');
    expect(errorOf(await leader.request(OPEN, { o: organisation.id, t: [themes['2'], themes['3']] }))).toMatchObject({ code: 'CONFLICT', reason: 'PORTFOLIO_TOO_MANY_OPEN_THEMES' });
    expect(errorOf(await leader.request(OPEN, { o: organisation.id, t: [themes['1']] }))).toMatchObject({ code: 'CONFLICT', reason: 'PORTFOLIO_THEME_ALREADY_OPEN' });
    expect(errorOf(await leader.request(OPEN, { o: expired.id, t: [themes['2']] }))).toMatchObject({ reason: 'PORTFOLIO_ORGANISATION_NOT_CERTIFIED' });
    await ok(leader, OPEN, { o: otherOrganisation.id, t: [themes['2']] });
    const third = await leader.request(OPEN, { o: organisation.id, t: [themes['3']] });
    expect(errorOf(third)).toMatchObject({ code: 'CONFLICT', reason: 'PORTFOLIO_TOO_MANY_OPEN_THEMES' });
    expect(third.errors?.[0]?.message).toBe('U kunt maximaal 2 thema’s tegelijk laten valideren; er lopen er nu 2 in open dossiers.');
    expect((await leader.request<{ myPortfolioCases: unknown[] }>(MINE)).data!.myPortfolioCases).toHaveLength(2);
  });

  it('20 identical opens and submits at once: one case, one submission, one set of fee lines; the rest CONFLICT', async () => {
    const { client: leader, leaderId } = await newLeader();
    const opens = await Promise.all(Array.from({ length: 20 }, () => leader.request(OPEN, { o: organisation.id, t: [themes['5']] })));
    expect(opens.filter((reply) => !reply.errors)).toHaveLength(1);
    expect(opens.filter((reply) => errorOf(reply)?.code === 'CONFLICT')).toHaveLength(19);
    const cases = (await database.dataSource.query(`SELECT id, version FROM portfolio_case WHERE leader_id = $1`, [leaderId])) as { id: string; version: number }[];
    expect(cases).toHaveLength(1);
    expect((await upload(leader, cases[0]!.id, themes['5']!)).status).toBe(201);
    const submits = await Promise.all(Array.from({ length: 20 }, () => leader.request(SUBMIT, { id: cases[0]!.id, v: cases[0]!.version })));
    expect(submits.filter((reply) => !reply.errors)).toHaveLength(1);
    expect(submits.every((reply) => !reply.errors || errorOf(reply)?.code === 'CONFLICT')).toBe(true);
    expect((await ok(leader, ONE, { id: cases[0]!.id })).feeLines).toHaveLength(2);
  });

  it('another organisation’s assessor gets NOT_FOUND everywhere; submission needs a document per theme', async () => {
    const { client: leader } = await newLeader();
    const opened = await ok(leader, OPEN, { o: organisation.id, t: [themes['4'], themes['5']] });
    expect(errorOf(await leader.request(SUBMIT, { id: opened.id, v: opened.version }))).toMatchObject({ reason: 'PORTFOLIO_DOCUMENT_MISSING' });
    const html = await upload(leader, opened.id, themes['4']!, HTML_PAGE);
    expect(html.status).toBe(400);
    expect(((await html.json()) as { errors: { extensions: { reason: string } }[] }).errors[0]!.extensions.reason).toBe('FILE_CONTENT_MISMATCH');
    expect((await upload(leader, opened.id, themes['6']!)).status).toBe(404);
    expect((await upload(outsider, opened.id, themes['4']!)).status).toBe(404);
    const document = (await (await upload(leader, opened.id, themes['4']!)).json()) as { id: string };
    expect((await upload(leader, opened.id, themes['5']!)).status).toBe(201);
    const submitted = await ok(leader, SUBMIT, { id: opened.id, v: opened.version });
    expect(submitted.state).toBe('SUBMITTED');

    const notFound = 'NOT_FOUND';
    expect(errorOf(await outsider.request(ONE, { id: opened.id }))?.code).toBe(notFound);
    expect(errorOf(await outsider.request(ASSIGN, { id: opened.id, v: submitted.version, a: [outsider.accountId, first.accountId] }))?.code).toBe(notFound);
    expect(errorOf((await assess(outsider, opened.id, '4')) as GraphQLResponse)?.code).toBe(notFound);
    expect(errorOf(await outsider.request(PAID, { id: opened.id, v: submitted.version, on: today }))?.code).toBe(notFound);
    expect((await outsider.request<{ assessorPortfolioCases: { totalCount: number } }>(QUEUE, {})).data!.assessorPortfolioCases.totalCount).toBe(0);
    expect((await fetch(`${server.url}/portfolio-cases/${opened.id}/invoice.pdf`, { headers: { cookie: outsider.cookie } })).status).toBe(404);
    expect((await fetch(`${server.url}/documents/${document.id}`, { headers: { cookie: outsider.cookie } })).status).toBe(404);
    expect((await fetch(`${server.url}/documents/${document.id}`, { headers: { cookie: first.cookie } })).status).toBe(200);
    const { client: otherLeader } = await newLeader();
    expect(errorOf(await otherLeader.request(ONE, { id: opened.id }))?.code).toBe(notFound);

    const queue = (await first.request<{ assessorPortfolioCases: { nodes: { id: string }[] } }>(QUEUE, { s: ['SUBMITTED'] })).data!.assessorPortfolioCases;
    expect(queue.nodes.map((node) => node.id)).toContain(opened.id);
    const all = (await committee.request<{ portfolioCases: { nodes: { id: string }[] } }>(`{ portfolioCases(first: 100) { nodes { id } } }`)).data!.portfolioCases;
    expect(all.nodes.map((node) => node.id)).toContain(opened.id);
    expect((await committee.request(ONE, { id: opened.id })).errors).toBeUndefined();
    expect(errorOf(await first.request(`{ portfolioCases(first: 1) { totalCount } }`))?.code).toBe('FORBIDDEN');
    expect(errorOf(await first.request(ASSIGN, { id: opened.id, v: submitted.version, a: [first.accountId, outsider.accountId] }))).toMatchObject({
      reason: 'PORTFOLIO_ASSESSOR_NOT_IN_ORGANISATION',
    });
    const assigned = await ok(first, ASSIGN, { id: opened.id, v: submitted.version, a: [first.accountId, second.accountId] });
    expect(assigned.assessors.map((assessor) => assessor.id)).toEqual([first.accountId, second.accountId]);
    expect(errorOf(await second.request(ASSIGN, { id: opened.id, v: assigned.version, a: [second.accountId, first.accountId] }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'PORTFOLIO_ASSESSORS_FIXED',
    });
  });

  it('happy path: both checklists, interview, both assessors agree → VALIDATED, themes credited as informal validations; one assessor cannot decide alone', async () => {
    const { client: leader, leaderId } = await newLeader();
    let view = await submittedCase(leader, ['1', '2']);
    for (const code of ['1', '2']) view = (await assess(first, view.id, code)).data!.recordPortfolioAssessment;
    view = (await assess(second, view.id, '1')).data!.recordPortfolioAssessment;
    expect(view.state).toBe('SUBMITTED');
    const leaderView = await ok(leader, ONE, { id: view.id });
    expect(leaderView.themes.flatMap((theme) => theme.assessments)).toEqual([]);
    view = (await assess(second, view.id, '2')).data!.recordPortfolioAssessment;
    expect(view.state).toBe('SUFFICIENT');
    expect((await letters(leaderId, 'PORTFOLIO_ASSESSMENT')).map((letter) => letter.subject)).toEqual(['Uw portfolio voldoet aan de minimale eisen']);

    expect(errorOf(await first.request(PLAN, { id: view.id, v: view.version, at: new Date(Date.now() - 60_000).toISOString() }))).toMatchObject({ reason: 'PORTFOLIO_INTERVIEW_NOT_AHEAD' });
    view = await ok(first, PLAN, { id: view.id, v: view.version, at: '2030-01-08T09:00:00.000Z' });
    expect(view).toMatchObject({ state: 'INTERVIEW_PLANNED', interviewMinutes: 75 });
    expect(errorOf(await first.request(DECIDE, { input: { caseId: view.id, themes: ['1', '2'].map((code) => ({ themeId: themes[code], validated: true, grounds: 'Te vroeg.' })) } }))).toMatchObject({
      reason: 'PORTFOLIO_INTERVIEW_NOT_HELD',
    });
    // Moved before it starts: a new letter, no second interview fee.
    view = await ok(second, PLAN, { id: view.id, v: view.version, at: INTERVIEW_AT });
    expect(view.feeLines.filter((line) => line.kind === 'INTERVIEW')).toHaveLength(1);
    const [invitation, moved] = await letters(leaderId, 'PORTFOLIO_INTERVIEW');
    expect(invitation!.body).toContain('8 januari 2030 om 10.00 uur');
    expect(moved!.subject).toBe('Uw validatiegesprek is verplaatst');
    expect(moved!.body).toContain('15 januari 2030 om 14.30 uur');
    await holdInterview(view.id);
    view = await ok(first, ONE, { id: view.id });
    expect(errorOf(await first.request(PLAN, { id: view.id, v: view.version, at: INTERVIEW_AT }))).toMatchObject({ reason: 'PORTFOLIO_INTERVIEW_ALREADY_HELD' });

    view = await propose(first, view.id, { '1': true, '2': true });
    expect(view).toMatchObject({ state: 'INTERVIEW_PLANNED', decidedOn: null });
    view = await propose(second, view.id, { '1': true, '2': false });
    expect(view.state).toBe('INTERVIEW_PLANNED');
    expect(await database.dataSource.getRepository(InformalValidation).countBy({ leaderId })).toBe(0);
    view = await propose(second, view.id, { '1': true, '2': true });
    expect(view).toMatchObject({ state: 'VALIDATED', decidedOn: today, objectionDeadline: objectionDeadline(today) });
    expect(view.themes.map((theme) => theme.outcome)).toEqual(['VALIDATED', 'VALIDATED']);
    expect(errorOf(await first.request(DECIDE, { input: { caseId: view.id, themes: [] } }))).toMatchObject({ reason: 'PORTFOLIO_TRANSITION_NOT_ALLOWED' });

    const credited = await database.dataSource.getRepository(InformalValidation).findBy({ leaderId });
    expect(credited.map((row) => [row.themeId, row.method, row.validatedOn, row.assessorOrganisationId, row.portfolioCaseId]).sort()).toEqual(
      [themes['1'], themes['2']].map((themeId) => [themeId, 'PORTFOLIO', today, organisation.id, view.id]).sort(),
    );
    const [outcome] = await letters(leaderId, 'PORTFOLIO_OUTCOME');
    expect(outcome!.subject).toBe('Uw portfolio is gevalideerd');
    expect(outcome!.body).toContain(`tot en met ${formatDutchDate(objectionDeadline(today))} bezwaar maken`);
    const actions = (await database.dataSource.getRepository(AuditLogEntry).findBy({ entity: 'portfolio_case', entityId: view.id })).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['OPEN', 'SUBMIT', 'ASSIGN_ASSESSORS', 'ASSESSED_SUFFICIENT', 'PLAN_INTERVIEW', 'PROPOSE_OUTCOME', 'VALIDATED']));
    expect((await leader.request<{ myPortfolioCases: { state: string }[] }>(MINE)).data!.myPortfolioCases).toEqual([{ id: view.id, state: 'VALIDATED' }]);
    const progress = (await leader.request<{ myThemeProgress: { themes: ProgressItem[] } }>(PROGRESS)).data!.myThemeProgress.themes;
    expect(progress.filter((item) => item.completed)).toEqual(
      ['1', '2'].map((code) => ({
        theme: { code },
        completed: true,
        completedOn: today,
        route: 'INFORMAL',
        informalSource: { method: 'PORTFOLIO', organisationName: 'Assessorenbureau Noord', validatedOn: today },
      })),
    );
  });

  it('fee lines from the organisation’s schedule, an invoice PDF in euro, payment marked by the organisation', async () => {
    const { client: leader } = await newLeader();
    const view = await plannedCase(leader, ['3', '4']);
    expect(view.feeLines).toEqual([
      { kind: 'ONE_OFF', quantity: 1, unitCents: 4000, amountCents: 4000, paidOn: null },
      { kind: 'PER_THEME', quantity: 2, unitCents: 45000, amountCents: 90000, paidOn: null },
      { kind: 'INTERVIEW', quantity: 1, unitCents: 50000, amountCents: 50000, paidOn: null },
    ]);
    expect(view).toMatchObject({ feeTotalCents: 144000, feeOutstandingCents: 144000, invoiceUrl: `/portfolio-cases/${view.id}/invoice.pdf` });

    for (const client of [leader, first]) {
      const response = await fetch(`${server.url}${view.invoiceUrl}`, { headers: { cookie: client.cookie } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const pdf = Buffer.from(await response.arrayBuffer());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(pdf);
      for (const expected of ['Assessorenbureau Noord', 'Factuur', '€ 40,00', '€ 900,00', '€ 500,00', 'Totaal', '€ 1.440,00', 'Validatiegesprek']) expect(text).toContain(expected);
    }
    const { client: stranger } = await newLeader();
    expect((await fetch(`${server.url}${view.invoiceUrl}`, { headers: { cookie: stranger.cookie } })).status).toBe(404);
    expect((await fetch(`${server.url}${view.invoiceUrl}`)).status).toBe(401);

    expect(errorOf(await first.request(PAID, { id: view.id, v: view.version, on: '2099-01-01' }))?.field).toBe('paidOn');
    const paid = await ok(second, PAID, { id: view.id, v: view.version, on: today });
    expect(paid).toMatchObject({ feeTotalCents: 144000, feeOutstandingCents: 0 });
    expect(paid.feeLines.every((line) => line.paidOn === today)).toBe(true);
    expect(errorOf(await first.request(PAID, { id: view.id, v: view.version, on: today }))?.code).toBe('CONFLICT');
    expect(errorOf(await first.request(PAID, { id: view.id, v: paid.version, on: today }))).toMatchObject({ reason: 'PORTFOLIO_NOTHING_OUTSTANDING' });
    expect(errorOf(await leader.request(PAID, { id: view.id, v: paid.version, on: today }))?.code).toBe('FORBIDDEN');
  });

  it('insufficient gets written feedback and one resubmission; a second resubmission is refused', async () => {
    const { client: leader, leaderId } = await newLeader();
    let view = await submittedCase(leader, ['7']);
    const weak = { ...GOOD, sourceCount: 2 };
    expect(errorOf((await assess(first, view.id, '7', weak, '  ')) as GraphQLResponse)).toMatchObject({ reason: 'PORTFOLIO_FEEDBACK_REQUIRED' });
    await assess(first, view.id, '7', weak, 'Gebruik minstens vier bronnen.');
    view = (await assess(second, view.id, '7')).data!.recordPortfolioAssessment;
    expect(view).toMatchObject({ state: 'INSUFFICIENT', canResubmit: true });
    const seen = await ok(leader, ONE, { id: view.id });
    expect(seen.themes[0]!.assessments.map((entry) => [entry.round, entry.sufficient, entry.feedback, entry.unmetRequirements])).toEqual([
      [1, false, 'Gebruik minstens vier bronnen.', ['Minimaal 4 bronnen zijn nodig (nu 2).']],
      [1, true, null, []],
    ]);
    const [letter] = await letters(leaderId, 'PORTFOLIO_ASSESSMENT');
    expect(letter!.subject).toBe('Uw portfolio voldoet nog niet aan de minimale eisen');
    expect(letter!.body).toContain('Gebruik minstens vier bronnen.');
    expect(letter!.body).toContain('€ 200,00');

    view = await ok(leader, RESUBMIT, { id: view.id, v: view.version });
    expect(view).toMatchObject({ state: 'SUBMITTED', round: 2 });
    expect(view.feeLines.map((line) => [line.kind, line.amountCents])).toContainEqual(['RESUBMISSION', 20000]);
    expect(view.assessors.map((assessor) => assessor.id)).toEqual([first.accountId, second.accountId]);
    await assess(first, view.id, '7', weak, 'Nog steeds te weinig bronnen.');
    view = (await assess(second, view.id, '7', weak, 'Te weinig bronnen.')).data!.recordPortfolioAssessment;
    expect(view).toMatchObject({ state: 'INSUFFICIENT', canResubmit: false });
    const refused = await leader.request(RESUBMIT, { id: view.id, v: view.version });
    expect(errorOf(refused)).toMatchObject({ code: 'CONFLICT', reason: 'PORTFOLIO_RESUBMISSION_USED' });
    expect((await ok(leader, ONE, { id: view.id })).state).toBe('INSUFFICIENT');
    // The case no longer holds its theme: the leader may start again.
    expect((await ok(leader, OPEN, { o: organisation.id, t: [themes['7']] })).state).toBe('DRAFT');
  });

  it('an insufficient assessment is a decision open to objection: upheld, the same assessors assess the round again', async () => {
    const { client: leader, leaderId } = await newLeader();
    let view = await submittedCase(leader, ['6']);
    await assess(first, view.id, '6', { ...GOOD, ownRoleCentral: false }, 'Schrijf vanuit uw eigen rol.');
    view = (await assess(second, view.id, '6')).data!.recordPortfolioAssessment;
    expect(view).toMatchObject({ state: 'INSUFFICIENT', objectionDeadline: objectionDeadline(today) });
    expect((await letters(leaderId, 'PORTFOLIO_ASSESSMENT'))[0]!.body).toContain(`tot en met ${formatDutchDate(objectionDeadline(today))} bezwaar maken`);

    const filed = (await leader.request<{ fileObjection: { id: string; version: number } }>(FILE, { id: view.id })).data!.fileObjection;
    expect(errorOf(await leader.request(RESUBMIT, { id: view.id, v: view.version }))).toMatchObject({ code: 'CONFLICT', reason: 'PORTFOLIO_OBJECTION_PENDING' });
    expect((await committee.request(DECIDE_OBJECTION, { id: filed.id, v: filed.version })).errors).toBeUndefined();
    view = await ok(first, ONE, { id: view.id });
    expect(view).toMatchObject({ state: 'SUBMITTED', round: 1, objectionDeadline: null });
    expect(view.themes[0]!.assessments).toEqual([]);
    expect((await letters(leaderId, 'OBJECTION_DECISION'))[0]!.body).toContain('opnieuw beoordeeld door dezelfde twee assessoren');
    await assess(first, view.id, '6');
    view = (await assess(second, view.id, '6')).data!.recordPortfolioAssessment;
    expect(view.state).toBe('SUFFICIENT');
    expect(view.feeLines.map((line) => line.kind)).not.toContain('RESUBMISSION');
  });

  it('an objection on a not-validated outcome, upheld, reopens the outcome for the assessors to decide again', async () => {
    const { client: leader, leaderId } = await newLeader();
    let view = await plannedCase(leader, ['8']);
    await propose(first, view.id, { '8': false });
    view = await propose(second, view.id, { '8': false });
    expect(view).toMatchObject({ state: 'NOT_VALIDATED', decidedOn: today });
    expect(view.themes[0]).toMatchObject({ outcome: 'NOT_VALIDATED', grounds: 'De eigen rol bleef onduidelijk.' });
    expect((await letters(leaderId, 'PORTFOLIO_OUTCOME'))[0]!.subject).toBe('Uw portfolio is niet gevalideerd');

    const { client: stranger } = await newLeader();
    expect(errorOf(await stranger.request(FILE, { id: view.id }))?.code).toBe('NOT_FOUND');
    const filed = (await leader.request<{ fileObjection: { id: string; version: number; status: string } }>(FILE, { id: view.id })).data!.fileObjection;
    expect(filed.status).toBe('FILED');
    expect((await committee.request(DECIDE_OBJECTION, { id: filed.id, v: filed.version })).errors).toBeUndefined();

    view = await ok(first, ONE, { id: view.id });
    expect(view).toMatchObject({ state: 'INTERVIEW_PLANNED', decidedOn: null });
    expect(view.themes[0]).toMatchObject({ outcome: null, outcomeProposals: [] });
    expect(errorOf(await leader.request(FILE, { id: view.id }))?.code).toBe('CONFLICT');
    await propose(first, view.id, { '8': true });
    view = await propose(second, view.id, { '8': true });
    expect(view.state).toBe('VALIDATED');
    expect(await database.dataSource.getRepository(InformalValidation).countBy({ leaderId, themeId: themes['8'] })).toBe(1);
    expect((await letters(leaderId, 'OBJECTION_DECISION'))[0]!.body).toContain('de uitkomst van uw portfoliovalidatie');
  });
});
