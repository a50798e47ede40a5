import { createHash } from 'node:crypto';
import { format } from 'date-fns';
import { tz } from '@date-fns/tz';
import { site } from '../site';
import type { Source } from './article';

const day = (date: Date | undefined) => (date ? format(date, 'yyyy-MM-dd', { in: tz(site.timeZone) }) : '');

/** What makes two citations the same source: publisher, title, day and address. */
export const sourceIdentity = (s: Source) => [s.publisher, s.title ?? '', day(s.date), s.url ?? ''].join('|');

/**
 * A short fingerprint of a story's sources, in order. A server holds this instead of the
 * sources themselves (about 2 KB a story in the real archive: 200 MB at 100,000 stories);
 * the sources are read from the story's file when its page is rendered (article-body.ts).
 * Computed for every story on every load, so it takes a source's date as a number: a source is
 * dated by a calendar day, always read as that day's Libya midnight, so the number changes
 * exactly when the day does (formatting 1.2 million days at 100,000 stories took seconds).
 */
export function sourcesKey(sources: readonly Source[]): string {
  const identities = sources.map((s) => [s.publisher, s.title ?? '', s.date?.getTime() ?? '', s.url ?? ''].join('|'));
  return createHash('sha1').update(identities.join('\n')).digest('base64url').slice(0, 16);
}
