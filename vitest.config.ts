import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // CLI tests spawn processes; on a loaded 2-core machine a few seconds is not enough.
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: one worker on CI's 2 cores. Two finish
    // the suite in about 140 s instead of 170 s there (many files wait on processes they spawn).
    maxWorkers: 2,
    // Content indexes of the many temporary content folders tests make stay out of the project, in a
    // folder of this run's own: one shared between runs kept results stored by older code (a
    // problem reported twice, long fixed, still counted on this machine and not on a clean one).
    env: { CONTENT_INDEX_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'conflict-desk-test-index-')) },
    globalSetup: ['tests/remove-test-index.ts'],
  },
});
