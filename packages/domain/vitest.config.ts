import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs every test; `tz` re-runs the date-sensitive tests, which the package's
 * test script starts again under far-apart time zones (UTC+14 and UTC−11) to prove that no rule
 * depends on the process's time zone.
 */
const DATE_SENSITIVE = [
  'src/calendar-date.test.ts',
  'src/registration-status.test.ts',
  'src/reminders.test.ts',
  'src/objections.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      { extends: true, test: { name: 'tz', include: DATE_SENSITIVE } },
    ],
  },
});
