import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleText, makeContentDir, makeTempDir, removeDir } from '../helpers';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

/** Heap limit of the process that fills the index (MB): the stories' text together does not fit beside the parser. */
const HEAP_MB = 40;
const STORIES = 120;
/**
 * About 200 KB of body per story, 24 MB of text in all. Held whole (the parsed stories, then every
 * search row read at once) the fill ran out of a 48 MB heap; one story at a time it fits in 32 MB.
 */
const BODY = 'The convoy reached the port before dawn, officials said. '.repeat(3500);

/**
 * A server that finds its content index empty or outdated (a new machine, a
 * release that changes the index's schema) parses every file in its own
 * process. At 100,000 stories that held every parsed story and then every
 * story's search text at once, and the server ran out of its heap. Here the
 * same fill runs in a process whose heap cannot hold the archive's text
 * twice over, so holding it fails the test (decision 0022).
 */
describe('indexContent on a cold index', () => {
  it(`fills it one story at a time: ${STORIES} stories of about 200 KB in a ${HEAP_MB} MB heap`, () => {
    const articles = Object.fromEntries(
      Array.from({ length: STORIES }, (_, i) => [`story-${i}.md`, articleText({ title: `"Story number ${i}"` }, BODY)]),
    );
    const dir = makeContentDir(articles);
    const work = makeTempDir();
    dirs.push(dir, work);
    const script = path.join(work, 'fill.mts');
    fs.writeFileSync(
      script,
      `import { indexContent } from ${JSON.stringify(path.resolve('lib/content/content-index.ts'))};\n` +
        `const { content } = indexContent(${JSON.stringify(dir)}, ${JSON.stringify(path.join(work, 'index.sqlite'))});\n` +
        `console.log(content.articles.length);\n`,
    );
    const run = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', script], { encoding: 'utf8' });
    expect(run.stderr).not.toContain('heap out of memory');
    expect(run.stdout.trim()).toBe(String(STORIES));
  }, 120_000);
});
