import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [react()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
          // Generous: the component and browser projects share two cores in CI.
          testTimeout: 30_000,
        },
      },
      {
        // Real API on embedded PostgreSQL + the app through Vite + Debian Chromium.
        test: {
          name: 'browser',
          environment: 'node',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          // Two files at a time, also on two cores: a journey mostly waits (for Chromium, the API, the network to
          // settle), so a second one fills the idle time; each has its own API, database copy, app server and browser.
          maxWorkers: 2,
          // After the component tests: vitest runs projects with different maxWorkers only in separate groups.
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
