// Runs the newsroom's copied-passage check (../shared/tools/originality.mjs)
// on content/ when that tool is present beside the repository; the test
// suite itself depends on nothing outside the repository, so without the
// tool this prints that it was skipped.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const tool = fileURLToPath(new URL('../../shared/tools/originality.mjs', import.meta.url));
if (!existsSync(tool)) {
  console.log(`originality: skipped (${tool} not found).`);
  process.exit(0);
}
const result = spawnSync(process.execPath, [tool, 'content'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
