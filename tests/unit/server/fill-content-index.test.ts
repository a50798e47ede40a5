import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexContent } from '../../../lib/content/content-index';
import { fillContentIndex } from '../../../lib/server/fill-content-index';
import { articleText, makeContentDir, makeTempDir, removeDir } from '../helpers';

const dirs: string[] = [];
afterEach(() => {
  dirs.splice(0).forEach(removeDir);
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('fillContentIndex', () => {
  it('never stops a server from starting: whether its workers run or fail, the content loads afterwards', async () => {
    const articles = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`story-${i}.md`, articleText({ title: `"Story ${i}"` })]));
    const dir = makeContentDir(articles);
    const indexDir = makeTempDir();
    dirs.push(dir, indexDir);
    vi.stubEnv('CONTENT_DIR', dir);
    vi.stubEnv('CONTENT_INDEX_DIR', indexDir);
    // Here the worker is TypeScript that this Node cannot run unbundled (next build bundles it), so
    // the failure path runs: reported, not thrown.
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await expect(fillContentIndex()).resolves.toBeUndefined();
    expect(error.mock.calls.length + log.mock.calls.length).toBe(1);
    const { content, problems } = indexContent(dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(content.articles).toHaveLength(120);
  });
});
