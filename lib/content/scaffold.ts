import GithubSlugger from 'github-slugger';
import { format } from 'date-fns';
import { tz } from '@date-fns/tz';
import { site } from '../site';

export const MAX_SLUG_LENGTH = 80;

/**
 * A file name (and URL) from a headline: lowercase ASCII letters, digits and
 * hyphens, accents folded ("Salamé" → "salame"), cut at a word boundary.
 */
export function slugFromHeadline(headline: string): string {
  const ascii = headline.normalize('NFKD').replace(/\p{M}+/gu, '');
  const slug = new GithubSlugger()
    .slug(ascii)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG_LENGTH);
}

export type ScaffoldOptions = {
  headline: string;
  now: Date;
  authors: readonly string[];
  dateline?: string;
  topics: readonly string[];
};

const yamlString = (text: string) => JSON.stringify(text);
const list = (keys: readonly string[]) => `[${keys.join(', ')}]`;

/**
 * A new article: every required field filled with a valid placeholder, the
 * current Libya time, and `draft: true`. `npm run check` refuses to publish
 * it while a TODO remains and the draft flag is off.
 */
export function articleTemplate({ headline, now, authors, dateline, topics }: ScaffoldOptions): string {
  const published = format(now, "yyyy-MM-dd'T'HH:mm", { in: tz(site.timeZone) });
  return `---
title: ${yamlString(headline)}
dek: "TODO: one sentence that sums up the story (under 200 characters)."
published: ${published}
authors: ${list(authors)}
${dateline ? `dateline: ${dateline}\n` : ''}places: ${list(dateline ? [dateline] : [])}
people: []
topics: ${list(topics)}
sources:
  - publisher: "TODO: who published the report this story rests on"
    date: ${published.slice(0, 10)}
draft: true
---

TODO: the story. Who, what, where, when, and who says so, in the first paragraph.
`;
}
