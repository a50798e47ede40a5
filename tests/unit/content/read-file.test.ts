import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentProblem } from '@/lib/content/problems';
import { notRegularFileProblem, readRegularFile } from '@/lib/content/read-file';
import { makeTempDir, removeDir, writeFile } from '../helpers';

const SHOWN = 'content/articles/story.md';
const tooLarge = (size: number): ContentProblem => ({ file: SHOWN, message: `too large: ${size}`, severity: 'error' });

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  vi.restoreAllMocks();
  removeDir(dir);
});

const read = (file: string, maxBytes = 1024) => readRegularFile(file, SHOWN, maxBytes, tooLarge);

describe('readRegularFile', () => {
  it('reads a regular file whole', () => {
    const file = writeFile(dir, 'story.md', '---\ntitle: طرابلس\n---\n');
    const result = read(file);
    expect(result.problem).toBeUndefined();
    expect(Buffer.from(result.bytes!).toString('utf8')).toBe('---\ntitle: طرابلس\n---\n');
  });

  it('reads an empty file as no bytes', () => {
    expect(read(writeFile(dir, 'empty.md', '')).bytes).toHaveLength(0);
  });

  it('reads a file of exactly maxBytes, and reports a larger one with its size instead', () => {
    const file = writeFile(dir, 'story.md', 'x'.repeat(10));
    expect(read(file, 10).bytes).toHaveLength(10);
    expect(read(file, 9)).toEqual({ problem: { file: SHOWN, message: 'too large: 10', severity: 'error' } });
  });

  it('does not follow a symbolic link, even to a good file', () => {
    const target = writeFile(dir, 'real.md', 'text');
    const link = path.join(dir, 'story.md');
    fs.symlinkSync(target, link);
    const { problem, bytes } = read(link);
    expect(bytes).toBeUndefined();
    expect(problem).toMatchObject({ file: SHOWN, severity: 'error' });
    expect(problem!.message).toContain('This is a symbolic link. Links are not followed');
    expect(problem!.fix).toBe('Replace the link with the file itself: copy the real file into the content folder.');
  });

  it('reports a folder', () => {
    fs.mkdirSync(path.join(dir, 'story.md'));
    expect(read(path.join(dir, 'story.md')).problem).toEqual({
      file: SHOWN,
      message: 'This is a folder, not a regular file, so it is not read.',
      fix: 'Remove it: only plain text files belong in the content folder.',
      severity: 'error',
    });
  });

  it('reports a named pipe without waiting for a writer', () => {
    const fifo = path.join(dir, 'story.md');
    execFileSync('mkfifo', [fifo]);
    expect(read(fifo).problem!.message).toBe('This is a named pipe (FIFO), not a regular file, so it is not read.');
  });

  it('reports a socket', async () => {
    const socket = path.join(dir, 'story.md');
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      expect(read(socket).problem!.message).toBe('This is a socket, not a regular file, so it is not read.');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('reports a device', () => {
    expect(read('/dev/null').problem!.message).toBe('This is a device, not a regular file, so it is not read.');
  });

  it('reports a file that cannot be opened, with the error code, instead of throwing', () => {
    const file = writeFile(dir, 'story.md', 'text');
    vi.spyOn(fs, 'openSync').mockImplementationOnce(() => {
      throw Object.assign(new Error('too many open files'), { code: 'EMFILE' });
    });
    expect(read(file).problem).toEqual({
      file: SHOWN,
      message: 'The file could not be read (EMFILE).',
      fix: 'Check that the file exists and that its permissions let the site read it.',
      severity: 'error',
    });
  });

  it('reports a file deleted after it was listed, instead of throwing', () => {
    expect(read(path.join(dir, 'gone.md'))).toEqual({
      problem: {
        file: SHOWN,
        message: 'The file was deleted or moved while it was being read.',
        fix: 'Run the check again once the content folder has stopped changing.',
        severity: 'error',
      },
    });
  });

  it('reports a file replaced by a link between its check and its opening, without following the link', () => {
    const file = writeFile(dir, 'story.md', 'text');
    const target = writeFile(dir, 'elsewhere.md', 'other');
    const openSync = fs.openSync;
    vi.spyOn(fs, 'openSync').mockImplementationOnce((...args: Parameters<typeof fs.openSync>) => {
      fs.rmSync(file);
      fs.symlinkSync(target, file);
      return openSync(...args);
    });
    expect(read(file).problem!.message).toContain('This is a symbolic link.');
  });
});

describe('notRegularFileProblem', () => {
  it('names what the entry is, for the path it is given', () => {
    fs.mkdirSync(path.join(dir, 'articles'));
    expect(notRegularFileProblem('content/articles', fs.lstatSync(path.join(dir, 'articles')))).toMatchObject({
      file: 'content/articles',
      message: 'This is a folder, not a regular file, so it is not read.',
      severity: 'error',
    });
  });

  it('explains that a link would not be published', () => {
    fs.symlinkSync('/etc/hostname', path.join(dir, 'link.md'));
    const problem = notRegularFileProblem('content/link.md', fs.lstatSync(path.join(dir, 'link.md')));
    expect(problem.message).toContain('so it would not be published');
  });
});
