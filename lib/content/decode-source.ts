import type { ContentProblem } from './problems';

/** Largest article file accepted: far above any story (a long one is 50 kB). */
export const MAX_ARTICLE_BYTES = 1024 * 1024;
/** Largest registry or timeline file accepted. */
export const MAX_REGISTRY_BYTES = 5 * 1024 * 1024;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The 1-based line holding the first byte sequence that is not UTF-8. A
 * line feed byte never occurs inside a multi-byte character, so each line
 * can be checked on its own.
 */
export function firstInvalidUtf8Line(bytes: Uint8Array): number | undefined {
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    if (!isUtf8(bytes.subarray(start, stop))) return line;
    if (end === -1) return undefined;
    start = end + 1;
  }
  return undefined;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLargeProblem(file: string, size: number, maxBytes: number): ContentProblem {
  return {
    file,
    message: `The file is ${megabytes(size)}; the limit is ${megabytes(maxBytes)}.`,
    fix: 'Split it into several files, and keep data (tables, images, documents) out of the text: images go under public/images/.',
    severity: 'error',
  };
}

/**
 * Decodes a content file's bytes as UTF-8, strictly: a file in another
 * encoding is an error naming its first bad line, never text with
 * replacement characters. Over `maxBytes` is an error too.
 */
export function decodeSource(
  file: string,
  bytes: Uint8Array,
  maxBytes: number,
): { text: string; problem?: undefined } | { text?: undefined; problem: ContentProblem } {
  if (bytes.length > maxBytes) return { problem: tooLargeProblem(file, bytes.length, maxBytes) };
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    return {
      problem: {
        file,
        line: firstInvalidUtf8Line(bytes),
        message: `The file is not valid UTF-8${utf16 ? ' (it is saved as UTF-16)' : ''}: this line holds bytes that are not text in UTF-8.`,
        fix: 'Save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8), then check the characters on this line.',
        severity: 'error',
      },
    };
  }
}
