import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexContent, parseForIndex, prewarmContentIndex, type ParseJob } from '../../../lib/content/content-index';
import { parseInWorkers } from '../../../scripts/lib/parse-in-workers';
import { REGISTRY_YAML, articleText, makeContentDir, makeTempDir, registryFiles, relativeToCwd, removeDir, writeFile } from '../helpers';

const dirs: string[] = [];
function setup(count: number) {
  const articles = Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`story-${i}.md`, articleText({ title: `Story ${i}` })]),
  );
  const dir = makeContentDir(articles);
  const index = path.join(makeTempDir(), 'index.sqlite');
  dirs.push(dir, path.dirname(index));
  return { dir, index };
}
afterEach(() => dirs.splice(0).forEach(removeDir));

describe('prewarmContentIndex', () => {
  it('parses the files a chunk at a time, and indexContent then parses none of them again', async () => {
    const { dir, index } = setup(5);
    const chunks: number[] = [];
    const parseAll = async (jobs: ParseJob[], registryFiles: Parameters<typeof parseForIndex>[1]) => {
      chunks.push(jobs.length);
      return parseForIndex(jobs, registryFiles);
    };
    expect(await prewarmContentIndex(dir, parseAll, 0, index, 2)).toBe(5);
    expect(chunks).toEqual([2, 2, 1]);
    const indexed = indexContent(dir, index);
    expect(indexed.parsedFiles).toBe(0);
    expect(indexed.content.articles).toHaveLength(5);
  });

  it('does nothing below the minimum, or when the index already knows every file', async () => {
    const { dir, index } = setup(3);
    const parseAll = async (jobs: ParseJob[], registryFiles: Parameters<typeof parseForIndex>[1]) => parseForIndex(jobs, registryFiles);
    expect(await prewarmContentIndex(dir, parseAll, 10, index)).toBe(0);
    expect(await prewarmContentIndex(dir, parseAll, 0, index)).toBe(3);
    expect(await prewarmContentIndex(dir, parseAll, 0, index)).toBe(0);
  });
});

describe('parseForIndex', () => {
  it('parses each chunk against the registry files it is sent, not those of the chunk before', () => {
    const job = { path: 'content/articles/story.md', key: 'articles/story.md', text: articleText() };
    expect(JSON.parse(parseForIndex([job], registryFiles())[0]!.result).problems).toEqual([]);
    const [renamed] = parseForIndex([job], registryFiles({ authors: REGISTRY_YAML.authors.replace('conflict-desk:', 'desk-staff:') }));
    expect(renamed!.slug).toBeNull();
    expect(JSON.parse(renamed!.result).problems).toEqual([expect.objectContaining({ message: expect.stringContaining('conflict-desk') })]);
    expect(JSON.parse(parseForIndex([job], registryFiles())[0]!.result).problems).toEqual([]);
  });
});

describe('prewarmContentIndex on an index that is already filled', () => {
  const parseAll = async (jobs: ParseJob[], registryFiles: Parameters<typeof parseForIndex>[1]) => parseForIndex(jobs, registryFiles);

  it('leaves files changed since to indexContent, without stat-ing the archive', async () => {
    const { dir, index } = setup(3);
    expect(await prewarmContentIndex(dir, parseAll, 0, index)).toBe(3);
    for (let i = 0; i < 3; i++) fs.appendFileSync(path.join(dir, 'articles', `story-${i}.md`), '\nOne more line.\n');
    expect(await prewarmContentIndex(dir, parseAll, 2, index)).toBe(0);
    expect(indexContent(dir, index).parsedFiles).toBe(3);
  });

  it('fills it again when a registry change outdates every stored result', async () => {
    const { dir, index } = setup(3);
    expect(await prewarmContentIndex(dir, parseAll, 2, index)).toBe(3);
    const places = path.join(dir, 'places.yml');
    fs.writeFileSync(places, fs.readFileSync(places, 'utf8').replace('name: Tripoli', 'name: Tarabulus'));
    expect(await prewarmContentIndex(dir, parseAll, 2, index)).toBe(3);
    expect(indexContent(dir, index).parsedFiles).toBe(0);
  });
});

describe('prewarmContentIndex and another working folder', () => {
  const parseAll = async (jobs: ParseJob[], registryFiles: Parameters<typeof parseForIndex>[1]) => parseForIndex(jobs, registryFiles);

  it('fills an index that a server in a folder placed differently finds warm, its problems named from there', async () => {
    const { dir, index } = setup(3);
    writeFile(dir, 'articles/bad.md', articleText({ dateline: 'nowhere' }));
    expect(await prewarmContentIndex(dir, parseAll, 0, index)).toBe(4);
    const server = path.join(makeTempDir(), 'srv', 'server');
    fs.mkdirSync(server, { recursive: true });
    dirs.push(path.dirname(path.dirname(server)));
    const cwd = process.cwd();
    process.chdir(server);
    try {
      expect(await prewarmContentIndex(dir, parseAll, 0, index)).toBe(0);
      const indexed = indexContent(dir, index);
      expect(indexed.parsedFiles).toBe(0);
      expect(indexed.content.articles).toHaveLength(3);
      const errors = indexed.problems.filter((p) => p.severity === 'error');
      expect(errors.length).toBeGreaterThan(0);
      expect(new Set(errors.map((p) => p.file))).toEqual(new Set([relativeToCwd(path.join(dir, 'articles/bad.md'))]));
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('parseInWorkers', () => {
  it('parses in worker threads exactly as in this thread, call after call', async () => {
    const { dir, index } = setup(4);
    expect(await prewarmContentIndex(dir, parseInWorkers, 0, index, 3)).toBe(4);
    const indexed = indexContent(dir, index);
    expect(indexed.parsedFiles).toBe(0);
    expect(indexed.content.articles.map((a) => a.title).sort()).toEqual(['Story 0', 'Story 1', 'Story 2', 'Story 3']);
  });
});
