import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Installing Debian packages (first run on a fresh machine) and `npm run build` take minutes.
    testTimeout: 180_000,
    hookTimeout: 900_000,
  },
});
