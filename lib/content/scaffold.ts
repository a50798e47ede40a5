import GithubSlugger from 'github-slugger';
import { format } from 'date-fns';
import { tz } from '@date-fns/tz';
import { stringify as stringifyYaml } from 'yaml';
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

/** Fields of the original the translation copies unchanged (registry keys and the record). */
const COPIED_KEYS = ['authors', 'dateline', 'places', 'people', 'topics', 'sources'] as const;

const TODO_AR = (what: string) => `TODO: ${what}`;

/**
 * A new Arabic translation of an article, from the original's front matter
 * as written (`data`) and body: the keys, sources and figures copied, every
 * Arabic text a TODO placeholder (the English beside it in the figures, to
 * translate), `translated` the current Libya time and `draft: true`. The
 * body keeps the original's section headings, each to translate.
 */
export function translationTemplate(slug: string, data: Record<string, unknown>, body: string, now: Date): string {
  const fm: Record<string, unknown> = {
    translation_of: slug,
    title: TODO_AR('العنوان بالعربية'),
    dek: TODO_AR('جملة واحدة تلخص القصة بالعربية (أقل من 200 حرف)'),
    translated: format(now, "yyyy-MM-dd'T'HH:mm", { in: tz(site.timeZone) }),
  };
  for (const key of COPIED_KEYS) if (data[key] !== undefined) fm[key] = data[key];
  if (data.image && typeof data.image === 'object') {
    const image = data.image as Record<string, unknown>;
    fm.image = {
      src: image.src,
      alt: TODO_AR(`وصف الصورة بالعربية (${String(image.alt ?? '')})`),
      ...(image.caption !== undefined ? { caption: TODO_AR(`التعليق بالعربية (${String(image.caption)})`) } : {}),
      credit: image.credit,
    };
  }
  if (Array.isArray(data.figures)) {
    fm.figures = data.figures.map((figure: Record<string, unknown>) => ({
      ...figure,
      scope: TODO_AR(`ما يُعدّ، بالعربية (${String(figure.scope ?? '')})`),
      reported_by: TODO_AR(`المصدر بالعربية (${String(figure.reported_by ?? '')})`),
    }));
  }
  if (Array.isArray(data.corrections)) {
    fm.corrections = data.corrections.map((correction: Record<string, unknown>) => ({
      date: correction.date,
      text: TODO_AR(`نص التصحيح بالعربية (${String(correction.text ?? '')})`),
    }));
  }
  fm.draft = true;
  const headings = body.split('\n').filter((line) => /^##\s/.test(line));
  const sections = headings.map((heading) => `${heading.replace(/^##\s+/, '## TODO: ')}\n\nTODO: ترجمة هذا القسم.\n`);
  return `---\n${stringifyYaml(fm, { lineWidth: 0 })}---\n\nTODO: ترجمة نص القصة إلى العربية، فقرة بفقرة.\n${sections.length ? `\n${sections.join('\n')}` : ''}`;
}
