export { axeViolations, type AxeViolationSummary } from './axe';
export { ensureChromium, launchChromium } from './chromium';
export { startViteApp, type RunningApp } from './vite-app';
