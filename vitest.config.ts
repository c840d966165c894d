import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'core/**/*.test.ts',
      'contracts/**/*.test.ts',
      'server/**/*.test.ts',
      'cli/**/*.test.ts',
      'tests/api/**/*.test.ts',
    ],
    globalSetup: ['tests/api/helpers/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
