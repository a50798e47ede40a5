import { Feed } from 'feed';
import type { CorrectionEntry } from '../corrections';
import { CORRECTIONS_FEED_PATH, EDITORIAL_PAGES, EDITORIAL_PAGES_REVISED } from '../editorial-pages';
import { absoluteUrl, site } from '../site';
import { cdataSafe, escapeHtml, xmlSafeText } from './xml-text';

/** Absolute link to a correction where it appears: on its story's page. */
export function correctionUrl(entry: CorrectionEntry): string {
  return `${absoluteUrl(entry.article.path)}#${entry.anchor}`;
}

/**
 * The corrections log as RSS 2.0, newest first, at most `limit` items.
 * Each item is titled after the story it corrects, links to the correction
 * on the story's page, and carries the correction's text, HTML-escaped.
 * Text is made safe for the library's CDATA writer (see xml-text.ts).
 */
export function correctionsRss(entries: readonly CorrectionEntry[], limit: number = site.feedSize): string {
  const latest = entries.slice(0, limit);
  const feed = new Feed({
    title: `${site.name}: corrections`,
    description: `Every correction ${site.name} has made to a published story, newest first.`,
    id: absoluteUrl(EDITORIAL_PAGES.corrections.path),
    link: absoluteUrl(EDITORIAL_PAGES.corrections.path),
    language: site.language,
    copyright: `© ${site.publisher.name}`,
    // Dated by its newest correction; with none yet, by the corrections policy's last revision.
    updated: latest[0]?.date ?? EDITORIAL_PAGES_REVISED,
    generator: site.name,
    feedLinks: { rss: absoluteUrl(CORRECTIONS_FEED_PATH) },
  });
  for (const entry of latest) {
    const url = correctionUrl(entry);
    feed.addItem({
      title: cdataSafe(`Correction: ${entry.article.title}`),
      id: url,
      link: url,
      description: escapeHtml(xmlSafeText(entry.text)),
      date: entry.date,
    });
  }
  return feed.rss2();
}
