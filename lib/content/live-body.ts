import fs from 'node:fs';
import path from 'node:path';
import { parseDateTime } from '../dates';
import { BoundedCache } from './bounded-cache';
import { parseSource } from './front-matter';
import { liveEntryId, splitLiveBody } from './live-entries';
import type { LivePage } from './live-page';
import { renderMarkdown } from './render-markdown';

type Rendered = { summary: string; entries: ReadonlyMap<string, string> };

/** Rendered live pages kept per process, by file and revision. */
const rendered = new BoundedCache<string, Rendered>(Number(process.env.LIVE_BODY_CACHE_SIZE ?? 32));

/**
 * The sanitized HTML of a live page's summary and of each entry's text (by
 * entry id), read from its file and rendered on demand, like article bodies.
 * Entries are matched by the id made from their time, so an edit between
 * loading and rendering cannot put one entry's text under another.
 */
export function livePageHtml(page: Pick<LivePage, 'file' | 'revision' | 'summary'>): Rendered {
  const key = `${page.file}:${page.revision}`;
  const cached = rendered.get(key);
  if (cached) return cached;
  const text = fs.readFileSync(path.resolve(/* turbopackIgnore: true */ process.cwd(), page.file), 'utf8');
  const source = parseSource(text, page.file);
  const entries = new Map<string, string>();
  for (const raw of splitLiveBody(source.body, source.bodyStartLine, page.file).entries) {
    const time = parseDateTime(raw.time);
    if (time) entries.set(liveEntryId(time), renderMarkdown(raw.body));
  }
  const result = { summary: renderMarkdown(page.summary), entries };
  rendered.set(key, result);
  return result;
}

/** Forgets rendered live pages (after content changed). */
export function forgetLiveBodies(): void {
  rendered.clear();
}
