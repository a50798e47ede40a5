import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { countStories, serverEnv, serverHeapMb, serverNodeArgs } from '../../../scripts/server-memory.mjs';
import { makeTempDir, removeDir } from '../helpers';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

function contentWith(files: Record<string, string>): string {
  const dir = makeTempDir();
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('countStories', () => {
  it('counts English and Arabic story files, and nothing else', () => {
    const dir = contentWith({ 'articles/a.md': '', 'articles/b.md': '', 'articles/notes.txt': '', 'ar/articles/a.md': '', 'live/l.md': '' });
    expect(countStories(dir)).toBe(3);
  });

  it('is 0 for a folder without stories', () => {
    expect(countStories(contentWith({}))).toBe(0);
  });
});

describe('serverHeapMb', () => {
  it('grows with the archive: room for each story above a fixed base', () => {
    const small = serverHeapMb(100, {});
    const large = serverHeapMb(100_000, {});
    expect(small).toBeGreaterThanOrEqual(256);
    // 1.6 KB of heap per story measured at 100,000 (docs/decisions/0022-server-memory.md).
    expect(large - small).toBeGreaterThan(((100_000 - 100) * 1.6) / 1024);
  });

  it('takes SERVER_HEAP_MB over the estimate', () => {
    expect(serverHeapMb(100_000, { SERVER_HEAP_MB: '1024' })).toBe(1024);
  });

  it('refuses a SERVER_HEAP_MB that is not a whole number of at least 128, naming the variable', () => {
    for (const bad of ['lots', '64', '300.5']) {
      expect(() => serverHeapMb(10, { SERVER_HEAP_MB: bad })).toThrow(/SERVER_HEAP_MB must be a whole number of megabytes, at least 128/);
    }
  });
});

describe('serverNodeArgs and serverEnv', () => {
  it('limit the heap from the content folder of the environment', () => {
    const dir = contentWith({ 'articles/a.md': '' });
    expect(serverNodeArgs(dir, {})).toEqual([`--max-old-space-size=${serverHeapMb(1, {})}`, '--max-semi-space-size=8', '--heap-growing-percent=30']);
  });

  it('keep two malloc arenas unless the operator chose otherwise', () => {
    expect(serverEnv({}).MALLOC_ARENA_MAX).toBe('2');
    expect(serverEnv({ MALLOC_ARENA_MAX: '4' }).MALLOC_ARENA_MAX).toBe('4');
  });
});
