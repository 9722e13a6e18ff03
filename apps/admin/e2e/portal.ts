import { fileURLToPath } from 'node:url';
import { startTestApi, type TestApi } from '@srpo/api/testing';
import { launchChromium, startViteApp, type RunningApp } from '@srpo/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Every demo account's password (README). */
export const DEMO_PASSWORD = 'demo-wachtwoord';

/** How the portal and the public register write a date (formatDate of @srpo/ui in Dutch: long style, in UTC). */
export function dutchDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat('nl', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year!, month! - 1, day!));
}

/** Signs in on the login page the portal is showing. */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** Signs out through the user menu and waits for the login page. */
export async function logOut(page: Page): Promise<void> {
  await page.getByRole('banner').locator('button[aria-haspopup="menu"]').click();
  await page.getByRole('menuitem', { name: 'Uitloggen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
}

/** Picks an option of an MUI select by its label. */
export async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** An anonymous GraphQL call to the API under test; throws on errors. */
export async function anonymousGraphQL<T>(apiUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A GraphQL client of the API under test, signed in as `email` (its session cookie kept between calls, and readable for
 * requests other than GraphQL); throws on errors. */
export async function signedInGraphQL(apiUrl: string, email: string, password = DEMO_PASSWORD) {
  let cookie = '';
  async function call<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const set = response.headers.getSetCookie().map((value) => value.split(';')[0]);
    if (set.length > 0) cookie = set.join('; ');
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  }
  await call(`mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`, { email, password });
  return Object.assign(call, { cookie: () => cookie });
}

/** Whether the page fits a 360 px wide screen without sideways scrolling (it is resized to 360 px first). */
export async function fitsPhone(page: Page): Promise<boolean> {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForTimeout(100);
  return page.evaluate(() => document.documentElement.scrollWidth <= 360);
}

export interface OpenOptions {
  /** Which app the path is in; the portal unless said otherwise. */
  app?: 'portal' | 'register';
  width?: number;
  height?: number;
  acceptDownloads?: boolean;
}

/**
 * The API, the portal (and with `withRegister` the public register) and Chromium of one test file: started before its
 * tests, stopped after them. Call it inside the file's `describe`.
 */
export function usePortalRig({ withRegister = false }: { withRegister?: boolean } = {}) {
  let api: TestApi | undefined;
  let portal: RunningApp | undefined;
  let register: RunningApp | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    api = await startTestApi();
    portal = await startViteApp(fileURLToPath(new URL('..', import.meta.url)), api.url);
    if (withRegister) register = await startViteApp(fileURLToPath(new URL('../../register', import.meta.url)), api.url);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await register?.close();
    await portal?.close();
    await api?.stop();
  });

  function started<T>(value: T | undefined): T {
    if (!value) throw new Error('not started');
    return value;
  }

  return {
    get api(): TestApi {
      return started(api);
    },
    get portal(): RunningApp {
      return started(portal);
    },
    get register(): RunningApp {
      return started(register);
    },
    get browser(): Browser {
      return started(browser);
    },
    /** A fresh page in its own browser context (its own cookies, so its own session), at `path` of the app. */
    async open(path: string, { app = 'portal', width = 1280, height = 900, acceptDownloads }: OpenOptions = {}): Promise<Page> {
      const page = await this.browser.newPage({ viewport: { width, height }, ...(acceptDownloads ? { acceptDownloads } : {}) });
      await page.goto(`${(app === 'register' ? this.register : this.portal).url}${path}`);
      return page;
    },
    /** An anonymous GraphQL call to the API; throws on errors. */
    graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      return anonymousGraphQL<T>(this.api.url, query, variables);
    },
    /** A GraphQL client of the API signed in as `email`. */
    signedIn(email: string) {
      return signedInGraphQL(this.api.url, email);
    },
  };
}
