import fs from 'node:fs';
import type { TestProject } from 'vitest/node';

/** Removes the run's own content-index folder (vitest.config.ts) when the run ends. */
export default function setup(project: TestProject) {
  return () => {
    const folder = project.config.env.CONTENT_INDEX_DIR;
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  };
}
