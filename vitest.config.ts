import { defineConfig } from 'vitest/config';

/**
 * Tests that measure time or run whole servers under load: they run after the rest, one file at a
 * time, so another file's work on the same two cores is not what they measure.
 */
const ALONE = [
  'test/slot-search-load.test.ts',
  'test/cluster.pg.test.ts',
  'test/connection-loss.pg.test.ts',
  'test/crash-safety.pg.test.ts',
  'test/data-dir.test.ts',
  'test/timeouts.test.ts',
  'test/backup-restore.test.ts',
  'test/move-to-postgres.pg.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
    // Each file builds its own databases; two files at a time suits a 2-core machine.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'suite', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: [...ALONE, 'test/browser/**'], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'alone', include: ALONE, fileParallelism: false, sequence: { groupOrder: 1 } } },
      // The web app in headless Chromium against a real server: last, one file at a time.
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.browser.test.ts'], fileParallelism: false, sequence: { groupOrder: 2 } } },
    ],
  },
});
