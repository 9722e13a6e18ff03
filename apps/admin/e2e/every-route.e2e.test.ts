import { axeViolations } from '@srpo/testing';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/gql/graphql';
import { paths } from '../src/routes';
import { ROLES, workspacePaths } from '../src/workspaces/workspaces';
import { logIn, usePortalRig } from './portal';

/**
 * Every route in routes.ts, opened by every role that works there, at a phone's and a laptop's width:
 * no sideways scrolling, no ISO date in the text, no axe violation. New routes are covered as they
 * are added to `paths`; a new `:param` needs a demo id below.
 */

type Account = Role | 'APPLICANT' | 'ANONYMOUS';

const EMAILS: Record<Exclude<Account, 'ANONYMOUS'>, string> = {
  STAFF: 'medewerker@demo.srpo.nl',
  COMMITTEE: 'commissie@demo.srpo.nl',
  LEADER: 'schoolleider@demo.srpo.nl',
  APPLICANT: 'aanvrager@demo.srpo.nl',
  BOARD: 'bestuur@demo.srpo.nl',
  PROVIDER: 'aanbieder@demo.srpo.nl',
  ASSESSOR: 'beoordelaar@demo.srpo.nl',
};

const WIDTHS = [360, 1280] as const;
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

/** Pages for anyone without signing in: login, enrolment, confirming the address, a forgotten password. */
const ANONYMOUS_PATHS: readonly string[] = [paths.login, paths.enrol, paths.verifyEmail, paths.forgotPassword, paths.resetPassword];

/** Who opens a path: the role whose workspace it lies under (leaders also as an applicant), else every role. */
function accountsFor(name: string, path: string): Account[] {
  if (ANONYMOUS_PATHS.includes(path)) return ['ANONYMOUS'];
  const owner = ROLES.find((role) => path === workspacePaths[role] || path.startsWith(`${workspacePaths[role]}/`));
  // The registered demo leader has no application of its own; the applicant starts one (below). The portfolio case is the leader's (below).
  if (owner === 'LEADER') return name === 'leaderPortfolioCase' ? ['LEADER'] : path.includes(':') ? ['APPLICANT'] : ['LEADER', 'APPLICANT'];
  return owner ? [owner] : [...ROLES];
}

const cases = Object.entries(paths).flatMap(([name, path]) => accountsFor(name, path).map((account) => ({ name, path, account })));

/** Demo ids, read through the API as the account itself (what its own pages would show). */
type DemoIds = Record<string, string | undefined>;

const ID_QUERIES: Partial<Record<Account, { query: string; ids(data: never): DemoIds }>> = {
  STAFF: {
    query: '{ applications(first: 1) { nodes { id leader { id } } } }',
    ids: (data: { applications: { nodes: { id: string; leader: { id: string } }[] } }) => ({
      staffApplication: data.applications.nodes[0]?.id,
      staffLeader: data.applications.nodes[0]?.leader.id,
    }),
  },
  COMMITTEE: {
    query: '{ committeeMeetings(first: 1) { nodes { id } } }',
    ids: (data: { committeeMeetings: { nodes: { id: string }[] } }) => ({ committeeMeeting: data.committeeMeetings.nodes[0]?.id }),
  },
  // The demo applicant has no application yet: it starts one, as on its "Nieuwe aanvraag" page.
  APPLICANT: {
    query: `mutation { createApplication(kind: INITIAL, input: {
      leaderFunction: DIRECTOR, requestedTitle: RDO, qualificationRoute: CERTIFIED_PROGRAMME, claimedLevel: VAKBEKWAAM,
      institution: "Schoolleidersopleiding Vakbekwaam, Academie voor Schoolleiders", certificationValidFrom: "2023-01-01", evidenceDate: "2025-06-30"
    }) { id } }`,
    ids: (data: { createApplication: { id: string } }) => ({ leaderApplication: data.createApplication.id }),
  },
  // The demo leader's portfolio case, submitted to the demo organisation before the tests (below).
  LEADER: {
    query: '{ myPortfolioCases { id } }',
    ids: (data: { myPortfolioCases: { id: string }[] }) => ({ leaderPortfolioCase: data.myPortfolioCases[0]?.id }),
  },
  ASSESSOR: {
    query: '{ assessorPortfolioCases(first: 1) { nodes { id } } }',
    ids: (data: { assessorPortfolioCases: { nodes: { id: string }[] } }) => ({ assessorCase: data.assessorPortfolioCases.nodes[0]?.id }),
  },
  BOARD: {
    query: '{ boardLeaders(first: 1) { nodes { id } } }',
    ids: (data: { boardLeaders: { nodes: { id: string }[] } }) => ({ boardLeader: data.boardLeaders.nodes[0]?.id }),
  },
  PROVIDER: {
    query: '{ myOfferings(first: 20) { nodes { id executions { id } } } }',
    ids: (data: { myOfferings: { nodes: { id: string; executions: { id: string }[] }[] } }) => {
      const withExecution = data.myOfferings.nodes.find((offering) => offering.executions.length > 0);
      return {
        providerOffering: data.myOfferings.nodes[0]?.id,
        providerExecution: withExecution?.executions[0]?.id,
        providerExecutionOffering: withExecution?.id,
      };
    },
  },
};

/** `path` with its parameters filled with demo ids; fails for a parameter without one. */
function concretePath(name: string, path: string, ids: DemoIds): string {
  return path.replace(/:(\w+)/g, (_match, param: string) => {
    const key = param === 'id' ? name : `${name}${param[0]!.toUpperCase()}${param.slice(1).replace(/Id$/, '')}`;
    const id = ids[key];
    if (!id) throw new Error(`No demo id for :${param} of ${name} (${path}); add one to ID_QUERIES.`);
    return encodeURIComponent(id);
  });
}

describe('every portal route at 360 and 1280 px', () => {
  const rig = usePortalRig();
  const sessions = new Map<Account, Promise<{ page: Page; ids: DemoIds }>>();

  // A portfolio case of the demo leader, submitted with a document, so the leader's and the assessor's case pages have one.
  beforeAll(async () => {
    const leader = await rig.signedIn(EMAILS.LEADER);
    const { certifiedAssessorOrganisations: organisations, themes } = await leader<{
      certifiedAssessorOrganisations: { id: string }[];
      themes: { id: string; isWildcard: boolean }[];
    }>('{ certifiedAssessorOrganisations { id } themes { id isWildcard } }');
    const { openPortfolioCase: opened } = await leader<{ openPortfolioCase: { id: string; themes: { theme: { id: string } }[] } }>(
      'mutation ($input: OpenPortfolioCaseInput!) { openPortfolioCase(input: $input) { id themes { theme { id } } } }',
      { input: { assessorOrganisationId: organisations[0]?.id, themeIds: [themes.find((theme) => !theme.isWildcard)?.id] } },
    );
    const themeId = opened.themes[0]?.theme.id ?? '';
    const upload = await fetch(`${rig.api.url}/portfolio-cases/${opened.id}/themes/${themeId}/documents`, {
      method: 'POST',
      headers: { cookie: leader.cookie(), 'content-type': 'application/pdf', 'x-file-name': 'portfolio.pdf' },
      body: Buffer.from('%PDF-1.4\n%portfolio\n'),
    });
    if (!upload.ok) throw new Error(`portfolio upload failed: ${upload.status}`);
    const { portfolioCase } = await leader<{ portfolioCase: { version: number } }>('query ($id: ID!) { portfolioCase(id: $id) { version } }', { id: opened.id });
    await leader('mutation ($id: ID!, $v: Int!) { submitPortfolioCase(id: $id, version: $v) { id } }', { id: opened.id, v: portfolioCase.version });
  });

  /** One signed-in page per account, reused for all its routes. */
  function session(account: Account): Promise<{ page: Page; ids: DemoIds }> {
    let started = sessions.get(account);
    if (!started) {
      started = (async () => {
        const page = await rig.open(paths.login, { height: 800 });
        if (account === 'ANONYMOUS') return { page, ids: {} };
        await logIn(page, EMAILS[account]);
        await page.waitForURL((url) => url.pathname !== paths.login);
        const spec = ID_QUERIES[account];
        if (!spec) return { page, ids: {} };
        const body = await page.evaluate(async (query) => {
          const response = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
          return (await response.json()) as { data?: unknown; errors?: unknown };
        }, spec.query);
        if (!body.data) throw new Error(`Demo ids for ${account}: ${JSON.stringify(body.errors)}`);
        return { page, ids: spec.ids(body.data as never) };
      })();
      sessions.set(account, started);
    }
    return started;
  }

  /** Waits until the page has its heading and its data (no request in flight, no loading status). */
  async function settle(page: Page): Promise<void> {
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.locator('[role="progressbar"]').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
  }

  it.each(cases)('$path as $account', async ({ name, path, account }) => {
    const { page, ids } = await session(account);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${rig.portal.url}${concretePath(name, path, ids)}`);
    await settle(page);
    const heading = await page.getByRole('heading', { level: 1 }).first().innerText();
    expect(['Geen toegang', 'Pagina niet gevonden'], `${path} opened as ${account}`).not.toContain(heading);

    for (const width of WIDTHS) {
      // A new width re-renders (tables become cards) but loads nothing: no need to wait for the network again.
      await page.setViewportSize({ width, height: 800 });
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const { scrollWidth, text } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, text: document.body.innerText }));
      expect.soft(scrollWidth, `page width at ${width} px`).toBeLessThanOrEqual(width);
      expect.soft(text.match(ISO_DATE)?.[0], `ISO date in the text at ${width} px`).toBeUndefined();
      expect.soft(await axeViolations(page), `axe at ${width} px`).toEqual([]);
    }
  });
});
