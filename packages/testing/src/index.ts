export { ensureChromium, launchChromium } from './chromium';
