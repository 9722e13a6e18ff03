import { describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';

describe('launchChromium', () => {
  it('starts Debian Chromium and renders a page', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent('<main><h1>Schoolleidersregister</h1></main>');
      expect(await page.locator('h1').textContent()).toBe('Schoolleidersregister');
    } finally {
      await browser.close();
    }
  });
});
