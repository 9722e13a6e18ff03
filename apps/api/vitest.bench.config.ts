import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// Benchmarks (`pnpm bench`): performance targets are measured here, never asserted in tests.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: [],
      benchmark: { include: ['bench/**/*.bench.ts'] },
      hookTimeout: 600_000,
    },
  }),
);
