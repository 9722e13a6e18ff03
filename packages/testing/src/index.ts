export { axeViolations, type AxeViolationSummary } from './axe';
export { ensureChromium, launchChromium } from './chromium';
export { ensureDebianPackage } from './debian';
export { buildAppForTests, startViteApp, type RunningApp } from './vite-app';
