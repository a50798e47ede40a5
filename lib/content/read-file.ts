import fs from 'node:fs';
import type { ContentProblem } from './problems';

export type ReadResult = { bytes: Uint8Array; problem?: undefined } | { bytes?: undefined; problem: ContentProblem };

function kindOf(stat: fs.Stats): string {
  if (stat.isSymbolicLink()) return 'a symbolic link';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/** The error for anything in the content folder that is not a plain file (or, for `articles/`, a folder). */
export function notRegularFileProblem(file: string, stat: fs.Stats): ContentProblem {
  const link = stat.isSymbolicLink();
  return {
    file,
    message: link
      ? 'This is a symbolic link. Links are not followed (they could lead outside the content folder), so it would not be published.'
      : `This is ${kindOf(stat)}, not a regular file, so it is not read.`,
    fix: link
      ? 'Replace the link with the file itself: copy the real file into the content folder.'
      : 'Remove it: only plain text files belong in the content folder.',
    severity: 'error',
  };
}

function unreadableProblem(file: string, error: NodeJS.ErrnoException): ContentProblem {
  if (error.code === 'ENOENT') {
    return {
      file,
      message: 'The file was deleted or moved while it was being read.',
      fix: 'Run the check again once the content folder has stopped changing.',
      severity: 'error',
    };
  }
  return {
    file,
    message: `The file could not be read (${error.code ?? 'error'}).`,
    fix: 'Check that the file exists and that its permissions let the site read it.',
    severity: 'error',
  };
}

/**
 * Reads a regular file, at most `maxBytes` of it, without following a
 * symbolic link and without blocking on a named pipe or device (it is
 * opened non-blocking and must then be a regular file). Anything else is
 * a problem, never an exception or a hang.
 */
export function readRegularFile(file: string, shownPath: string, maxBytes: number, tooLarge: (size: number) => ContentProblem): ReadResult {
  let fd: number;
  try {
    // A file listed a moment ago can be gone by now (deleted or renamed while a check runs).
    const stat = fs.lstatSync(file);
    if (!stat.isFile()) return { problem: notRegularFileProblem(shownPath, stat) };
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0));
  } catch (error) {
    // Replaced by a link or a pipe since lstat, gone, or unreadable.
    const now = fs.lstatSync(file, { throwIfNoEntry: false });
    if (now && !now.isFile()) return { problem: notRegularFileProblem(shownPath, now) };
    return { problem: unreadableProblem(shownPath, error as NodeJS.ErrnoException) };
  }
  try {
    const opened = fs.fstatSync(fd);
    if (!opened.isFile()) return { problem: notRegularFileProblem(shownPath, opened) };
    if (opened.size > maxBytes) return { problem: tooLarge(opened.size) };
    const bytes = Buffer.alloc(opened.size);
    let read = 0;
    while (read < bytes.length) {
      const n = fs.readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: bytes.subarray(0, read) };
  } finally {
    fs.closeSync(fd);
  }
}
