import { addDays, todayInAmsterdam } from '@srpo/domain';
import { axeViolations } from '@srpo/testing';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choose, fitsPhone, logIn, logOut, signedInGraphQL, usePortalRig } from './portal';

const PASSWORD = 'intervisie in drietallen werkt';
const FACILITATOR = 'beoordelaar@demo.srpo.nl';
/** The journey's session among others (the demo has one too). */
const LOCATION = 'Amersfoort, De Observant zaal 3';

type Client = Awaited<ReturnType<typeof signedInGraphQL>>;

interface Participant {
  email: string;
  name: string;
  board: string;
  client: Client;
}

/** Axe-clean and no sideways scrolling at 360 px, then back to the desktop width. */
async function checkPage(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
  expect(await fitsPhone(page)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('peer validation journey: sign-up, trios, reflections, confirmation, themes credited, in Chromium', () => {
  const rig = usePortalRig();

  /** Six active leaders, two from each of three boards, each given a LEADER account (staff's invitation, password set with its link). */
  async function sixLeadersOfThreeBoards(staff: Client): Promise<Participant[]> {
    const { searchLeaders } = await staff<{ searchLeaders: { nodes: { registerNumber: string; displayName: string; boards: string[] }[] } }>(
      `query { searchLeaders(status: [ACTIVE], first: 100) { nodes { registerNumber displayName boards } } }`,
    );
    const byBoard = new Map<string, typeof searchLeaders.nodes>();
    for (const hit of searchLeaders.nodes) {
      if (hit.boards.length !== 1) continue;
      byBoard.set(hit.boards[0]!, [...(byBoard.get(hit.boards[0]!) ?? []), hit]);
    }
    const chosen = [...byBoard.entries()].filter(([, hits]) => hits.length >= 3).slice(0, 3);
    expect(chosen).toHaveLength(3);
    const participants: Participant[] = [];
    for (const [board, hits] of chosen) {
      let taken = 0;
      for (const hit of hits) {
        if (taken === 2) break;
        const email = `intervisie.${hit.registerNumber}@example.nl`;
        try {
          await staff(`mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }`, {
            input: { email, displayName: hit.displayName, roles: ['LEADER'], leaderRegisterNumber: hit.registerNumber },
          });
        } catch {
          continue; // already has an account (a demo account): take the next leader of the board
        }
        const token = /token=([\w-]+)/.exec((await rig.api.emailsTo(email)).at(-1) ?? '')?.[1];
        await rig.graphql(`mutation ($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) }`, { token, password: PASSWORD });
        participants.push({ email, name: hit.displayName, board, client: await signedInGraphQL(rig.api.url, email, PASSWORD) });
        taken += 1;
      }
    }
    expect(participants).toHaveLength(6);
    return participants;
  }

  it('staff publish and group, six leaders of three boards sign up and reflect, the facilitator confirms, every theme is credited', async () => {
    const staffApi = await rig.signedIn('medewerker@demo.srpo.nl');
    const participants = await sixLeadersOfThreeBoards(staffApi);
    const { themes: all } = await rig.graphql<{ themes: { id: string; code: string; name: string; isWildcard: boolean }[] }>(`query { themes { id code name isWildcard } }`);
    // The first leader's theme is one still open in their progress, so the tile can only turn complete through this validation.
    const { myThemeProgress } = await participants[0]!.client<{ myThemeProgress: { themes: { completed: boolean; theme: { code: string } }[] } }>(
      `query { myThemeProgress { themes { completed theme { code } } } }`,
    );
    const openCodes = new Set(myThemeProgress.themes.filter((item) => !item.completed).map((item) => item.theme.code));
    const themes = all.filter((theme) => !theme.isWildcard).sort((a, b) => Number(openCodes.has(b.code)) - Number(openCodes.has(a.code)));
    expect(openCodes.has(themes[0]!.code)).toBe(true);
    const tomorrow = addDays(todayInAmsterdam(new Date()), 1);

    // 1. Staff publish a session through the page (the facilitator is the demo assessor).
    const staff = await rig.open('/medewerker/intervisie');
    await logIn(staff, 'medewerker@demo.srpo.nl');
    await staff.getByRole('heading', { level: 2, name: 'Intervisiebijeenkomsten' }).waitFor();
    await staff.getByRole('button', { name: 'Publiceren' }).click();
    await staff.getByText('Kies de procesbegeleider.').waitFor();
    await staff.getByLabel('Datum').fill(tomorrow);
    await staff.getByLabel('Begintijd').fill('14:00');
    await staff.getByLabel('Eindtijd').fill('16:30');
    await staff.getByRole('textbox', { name: 'Locatie' }).fill(LOCATION);
    await staff.getByRole('combobox', { name: 'Procesbegeleider' }).fill(FACILITATOR);
    await staff.getByRole('option', { name: new RegExp(`\\(${FACILITATOR}\\)$`) }).click();
    await staff.getByRole('spinbutton', { name: 'Aantal plaatsen' }).fill('9');
    await staff.getByRole('button', { name: 'Publiceren' }).click();
    await staff.getByRole('status').getByText(/^De bijeenkomst van .* 14:00–16:30 is gepubliceerd\.$/).waitFor();
    const session = staff.getByTestId('peer-session').filter({ hasText: LOCATION });
    await session.getByText('0 aanmeldingen voor 9 plaatsen').waitFor();
    await checkPage(staff);

    // 2. The first leader signs up through the workspace; the other five through the API, each with another theme.
    const [first, ...others] = participants as [Participant, ...Participant[]];
    const leader = await rig.open('/mijn-registratie');
    await logIn(leader, first.email, PASSWORD);
    await leader.getByRole('heading', { level: 2, name: 'Schoolleiders waarderen schoolleiders' }).waitFor();
    const open = leader.getByTestId('open-peer-session').filter({ hasText: LOCATION });
    await open.getByText('Nog 9 plaatsen vrij').waitFor();
    await open.getByRole('button', { name: /^Aanmelden voor / }).click();
    const signUp = leader.getByRole('dialog', { name: /^Aanmelden voor / });
    await signUp.getByRole('button', { name: 'Aanmelden' }).click();
    await signUp.getByText('Kies een thema.').waitFor();
    expect(await axeViolations(leader)).toEqual([]);
    await choose(leader, 'Thema', `Thema ${themes[0]!.code}. ${themes[0]!.name}`);
    await signUp.getByRole('button', { name: 'Aanmelden' }).click();
    await signUp.waitFor({ state: 'detached' });
    await leader.getByTestId('my-peer-validation').getByRole('button', { name: /^Afmelden voor / }).waitFor();
    const { openPeerSessions } = await others[0]!.client<{ openPeerSessions: { id: string; location: string }[] }>(`query { openPeerSessions { id location } }`);
    const sessionId = openPeerSessions.find((open) => open.location === LOCATION)!.id;
    for (const [index, other] of others.entries()) {
      await other.client(`mutation ($s: ID!, $t: ID!) { signUpForPeerSession(sessionId: $s, themeId: $t) { id } }`, { s: sessionId, t: themes[index + 1]!.id });
    }

    // 3. Staff form the groups: two trios, none with two leaders of one board.
    await staff.reload();
    await session.getByText('6 aanmeldingen voor 9 plaatsen').waitFor();
    await session.getByRole('button', { name: /^Groepen indelen voor / }).click();
    const formDialog = staff.getByRole('dialog', { name: /^Groepen indelen voor / });
    await formDialog.getByText('Er zijn 6 aanmeldingen.', { exact: false }).waitFor();
    expect(await axeViolations(staff)).toEqual([]);
    await formDialog.getByRole('button', { name: 'Groepen indelen' }).click();
    await formDialog.waitFor({ state: 'detached' });
    await session.getByText('Ingedeeld in 2 groepen.', { exact: true }).waitFor();
    await session.getByText('Iedereen is ingedeeld.').waitFor();
    const trios = session.getByTestId('peer-group');
    expect(await trios.count()).toBe(2);
    for (const trio of await trios.all()) {
      const members = await trio.getByTestId('peer-group-member').allTextContents();
      expect(members).toHaveLength(3);
      const boards = members.map((text) => participants.find((p) => text.startsWith(p.name))!.board);
      expect(new Set(boards).size).toBe(3);
    }
    await checkPage(staff);

    // 4. The session is over (moved into the past in the database: time cannot wait).
    await rig.api.sql(`UPDATE peer_session SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, [sessionId]);

    // 5. Reflections: the first leader writes one on the page, everything else goes through the API.
    await leader.reload();
    const mine = leader.getByTestId('my-peer-validation');
    await mine.getByTestId('peer-reflection-deadline').getByText(/^Schrijf op elk van de andere twee een reflectie, uiterlijk \d+ \w+ \d{4} om \d{2}:\d{2}\.$/).waitFor();
    const write = mine.getByRole('button', { name: /^Reflectie schrijven op / });
    expect(await write.count()).toBe(2);
    const subjectName = ((await write.first().textContent()) ?? '').replace('Reflectie schrijven op ', '');
    await write.first().click();
    const reflection = leader.getByRole('dialog', { name: `Reflectie op ${subjectName}` });
    await reflection.getByRole('button', { name: 'Reflectie indienen' }).click();
    await reflection.getByText('Schrijf uw reflectie.').waitFor();
    expect(await axeViolations(leader)).toEqual([]);
    await reflection.getByRole('textbox', { name: 'Uw reflectie' }).fill(`${subjectName} liet zien hoe het team de kwaliteitscyclus zelf draagt.`);
    await reflection.getByRole('button', { name: 'Reflectie indienen' }).click();
    await reflection.waitFor({ state: 'detached' });
    await mine.getByText(new RegExp(`^Reflectie op ${subjectName}: geschreven op `)).waitFor();
    await checkPage(leader);

    type Mine = { myPeerValidations: { groupId: string; reflections: { subjectLeaderId: string; submittedAt: string | null }[] }[] };
    for (const participant of participants) {
      const { myPeerValidations } = await participant.client<Mine>(`query { myPeerValidations { groupId reflections { subjectLeaderId submittedAt } } }`);
      const [validation] = myPeerValidations;
      for (const owed of validation!.reflections.filter((reflection) => reflection.submittedAt === null)) {
        await participant.client(`mutation ($input: SubmitPeerReflectionInput!) { submitPeerReflection(input: $input) { id } }`, {
          input: { groupId: validation!.groupId, subjectLeaderId: owed.subjectLeaderId, text: 'Een open gesprek met heldere voorbeelden uit de eigen school.' },
        });
      }
    }

    // 6. The facilitator (the assessor) finds the groups from the workspace and confirms both.
    const facilitator = await rig.open('/beoordelaar');
    await logIn(facilitator, FACILITATOR);
    await facilitator.getByRole('navigation', { name: 'Beoordelaar' }).getByRole('link', { name: 'Intervisie' }).click();
    await facilitator.getByRole('heading', { level: 2, name: 'Door u begeleide intervisie' }).waitFor();
    await facilitator.getByTestId('peer-group').nth(1).getByTestId('peer-reflection-status').nth(2).waitFor();
    expect(await facilitator.getByTestId('peer-reflection-status').allTextContents()).toEqual(Array(6).fill('2 van 2 reflecties geschreven'));
    for (const number of [1, 2]) {
      await facilitator.getByRole('button', { name: `Groep ${number} bevestigen` }).click();
      const confirm = facilitator.getByRole('dialog', { name: `Groep ${number} bevestigen` });
      await confirm.getByText('U bevestigt dat het gesprek', { exact: false }).waitFor();
      if (number === 1) expect(await axeViolations(facilitator)).toEqual([]);
      await confirm.getByRole('button', { name: 'Bevestigen' }).click();
      await confirm.waitFor({ state: 'detached' });
      await facilitator.getByRole('status').getByText(`Groep ${number} is bevestigd.`).waitFor();
    }
    expect(await facilitator.getByTestId('peer-group-state').allTextContents()).toEqual(Array(2).fill(expect.stringMatching(/^Bevestigd op /)));
    await checkPage(facilitator);

    // 7. Every participant's theme is credited; the first leader's progress shows it as informal learning.
    for (const participant of participants) {
      const { myPeerValidations } = await participant.client<{ myPeerValidations: { outcome: string | null }[] }>(`query { myPeerValidations { outcome } }`);
      expect(myPeerValidations.map((v) => v.outcome)).toEqual(['CREDITED']);
    }
    await leader.reload();
    await mine.getByTestId('peer-outcome').getByText(`Afgerond: Thema ${themes[0]!.code}. ${themes[0]!.name} telt mee als informeel leren`, { exact: false }).waitFor();
    const tile = leader.getByTestId('theme-tile').filter({ hasText: `${themes[0]!.code}. ${themes[0]!.name}` });
    await tile.getByText(/^Afgerond op \d{1,2} \w+ \d{4} \(informeel leren, .*intervisie/).waitFor();
    expect(await tile.getAttribute('data-theme-state')).toBe('completed');
    await logOut(leader);
    await Promise.all([staff.close(), leader.close(), facilitator.close()]);
  });
});
