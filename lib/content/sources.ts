import { createHash } from 'node:crypto';
import { libyaDayKey } from '../dates';
import type { Source } from './article';

/** What makes two citations the same source: publisher, title, Libya day and address. */
export const sourceIdentity = (s: Source) => [s.publisher, s.title ?? '', s.date ? libyaDayKey(s.date) : '', s.url ?? ''].join('|');

/**
 * A short fingerprint of a story's sources, in order. A server holds this instead of the
 * sources themselves (about 2 KB a story in the real archive: 200 MB at 100,000 stories);
 * the sources are read from the story's file when its page is rendered (article-body.ts).
 * Computed when a story's file is parsed (and for each translation on a load).
 */
export function sourcesKey(sources: readonly Source[]): string {
  return createHash('sha1').update(sources.map(sourceIdentity).join('\n')).digest('base64url').slice(0, 16);
}
