import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContent } from '../../../lib/content/build-content';
import { contentSignature, readContent } from '../../../lib/content/read-content';
import { REGISTRY_YAML, articleText, makeContentDir, makeTempDir, relativeToCwd, removeDir, touch, writeFile } from '../helpers';

const dirs: string[] = [];
function contentDir(articles: Record<string, string> = {}): string {
  const dir = makeContentDir(articles);
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) removeDir(dir);
});

describe('readContent', () => {
  it('reads every article file, sorted by name, with paths relative to the working directory', () => {
    const dir = contentDir({ 'b-story.md': 'B', 'a-story.md': 'A', 'notes.txt': 'N' });
    const { articleFiles } = readContent(dir);
    expect(articleFiles).toEqual([
      { path: relativeToCwd(path.join(dir, 'articles', 'a-story.md')), text: 'A' },
      { path: relativeToCwd(path.join(dir, 'articles', 'b-story.md')), text: 'B' },
      { path: relativeToCwd(path.join(dir, 'articles', 'notes.txt')), text: 'N' },
    ]);
  });

  it('uses forward slashes in paths', () => {
    const dir = contentDir({ 'a.md': 'A' });
    expect(readContent(dir).articleFiles[0]!.path).not.toContain('\\');
  });

  it('reads every registry', () => {
    const dir = contentDir();
    const { registryFiles } = readContent(dir);
    expect(Object.keys(registryFiles).sort()).toEqual(['authors', 'people', 'places', 'topics']);
    expect(registryFiles.places).toEqual({ path: relativeToCwd(path.join(dir, 'places.yml')), text: REGISTRY_YAML.places });
  });

  it('gives a missing registry a path and no text', () => {
    const dir = contentDir();
    fs.rmSync(path.join(dir, 'people.yml'));
    expect(readContent(dir).registryFiles.people).toEqual({ path: relativeToCwd(path.join(dir, 'people.yml')), text: undefined });
  });

  it('ignores hidden files and lists sub-folders (with a trailing /) so the check can report them', () => {
    const dir = contentDir({ 'story.md': 'S', '.DS_Store': 'junk', '.draft.md.swp': 'junk' });
    fs.mkdirSync(path.join(dir, 'articles', 'old'));
    const files = readContent(dir).articleFiles;
    expect(files.map((f) => path.basename(f.path) + (f.path.endsWith('/') ? '/' : ''))).toEqual(['old/', 'story.md']);
    const { problems } = buildContent(readContent(dir));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: expect.stringMatching(/articles\/old\/$/), message: expect.stringContaining('Sub-folders') }),
    );
  });

  it('returns no articles when there is no articles folder', () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const input = readContent(dir);
    expect(input.articleFiles).toEqual([]);
    expect(Object.values(input.registryFiles).every((file) => file.text === undefined)).toBe(true);
  });

  it('reads files as UTF-8', () => {
    const dir = contentDir({ 'a.md': 'António Guterres in طرابلس' });
    expect(readContent(dir).articleFiles[0]!.text).toBe('António Guterres in طرابلس');
  });

  it('feeds buildContent: a valid folder builds with problems reported against the files on disk', () => {
    const dir = contentDir({ 'good-story.md': articleText(), 'bad-story.md': articleText({ title: undefined }) });
    const { content, problems } = buildContent(readContent(dir));
    expect(content.articles.map((a) => a.slug)).toEqual(['good-story']);
    expect(content.articles[0]!.file).toBe(relativeToCwd(path.join(dir, 'articles', 'good-story.md')));
    expect(problems).toEqual([
      expect.objectContaining({ file: relativeToCwd(path.join(dir, 'articles', 'bad-story.md')), field: 'title' }),
    ]);
  });
});

describe('contentSignature', () => {
  it('is the same when nothing changed', () => {
    const dir = contentDir({ 'a.md': 'A' });
    expect(contentSignature(dir)).toBe(contentSignature(dir));
  });

  it('changes when an article is edited (same size, new modification time)', () => {
    const dir = contentDir({ 'a.md': 'AAAA' });
    const before = contentSignature(dir);
    writeFile(dir, 'articles/a.md', 'BBBB', new Date('2021-06-01T00:00:00Z'));
    expect(contentSignature(dir)).not.toBe(before);
  });

  it('changes when an article changes size, even with the same modification time', () => {
    const mtime = new Date('2020-01-01T00:00:00Z');
    const dir = contentDir({ 'a.md': 'A' });
    const before = contentSignature(dir);
    writeFile(dir, 'articles/a.md', 'A longer text', mtime);
    expect(contentSignature(dir)).not.toBe(before);
  });

  it('changes when an article is added', () => {
    const dir = contentDir({ 'a.md': 'A' });
    const before = contentSignature(dir);
    writeFile(dir, 'articles/b.md', 'B', new Date('2020-01-01T00:00:00Z'));
    expect(contentSignature(dir)).not.toBe(before);
  });

  it('changes when an article is removed', () => {
    const dir = contentDir({ 'a.md': 'A', 'b.md': 'B' });
    const before = contentSignature(dir);
    fs.rmSync(path.join(dir, 'articles', 'b.md'));
    expect(contentSignature(dir)).not.toBe(before);
  });

  it('changes when a registry is edited', () => {
    const dir = contentDir();
    const before = contentSignature(dir);
    touch(path.join(dir, 'topics.yml'), new Date('2022-01-01T00:00:00Z'));
    expect(contentSignature(dir)).not.toBe(before);
  });

  it('changes when a registry is deleted or created', () => {
    const dir = contentDir();
    const before = contentSignature(dir);
    fs.rmSync(path.join(dir, 'people.yml'));
    const without = contentSignature(dir);
    expect(without).not.toBe(before);
    writeFile(dir, 'people.yml', REGISTRY_YAML.people, new Date('2020-01-01T00:00:00Z'));
    expect(contentSignature(dir)).not.toBe(without);
  });

  it('ignores hidden files', () => {
    const dir = contentDir({ 'a.md': 'A' });
    const before = contentSignature(dir);
    writeFile(dir, 'articles/.DS_Store', 'junk');
    expect(contentSignature(dir)).toBe(before);
  });

  it('does not read the files (only names, sizes and times)', () => {
    const dir = contentDir({ 'a.md': 'A' });
    expect(contentSignature(dir)).not.toContain(REGISTRY_YAML.authors.trim());
  });
});
