import { chromium, type Browser } from 'playwright-core';
import { ensureDebianPackage } from './debian';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for headless Chromium on our machines: no sandbox (we run as root) and no background
 * networking (there is no internet; without these Chromium floods the closed network).
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Makes sure Debian's Chromium is installed (as root it installs the `chromium` package; otherwise it
 * stops with instructions). Browser tests never skip silently.
 */
export function ensureChromium(): string {
  ensureDebianPackage('chromium', CHROMIUM_PATH);
  return CHROMIUM_PATH;
}

/** Launches headless Debian Chromium through playwright-core (no browser downloads). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = ensureChromium();
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
