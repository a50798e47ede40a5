import type { LiveEntry, LivePage } from './content/live-page';
import { litePath } from './lite/lite-paths';
import { pageCount, paginate, type Page } from './pagination';

/**
 * Entries per page of a live page; older entries continue on /live/<slug>/page/<n>. An entry
 * weighs about 4 KB of HTML (its text is sent twice: as HTML and in Next's RSC payload), and
 * the first page also carries the summary, key events, figures, corrections and sources: the
 * real live page's 13 entries made a 120 KB page, so 20 would make about 150 KB, more than a
 * phone on a slow connection should wait for (docs/decisions/0018-bounded-pages.md).
 */
export const LIVE_ENTRIES_PER_PAGE = 8;

/** Key events listed at the top of the first page: the newest; older ones stay on their pages. */
export const KEY_EVENTS_SHOWN = 10;

/** `/live/<slug>` for page 1, `/live/<slug>/page/<n>` after. */
export function livePagePath(slug: string, page = 1): string {
  return page === 1 ? `/live/${slug}` : `/live/${slug}/page/${page}`;
}

/** Page `n` of any live page's entries, in its own edition: `page.path` (/live/<slug> or /ar/live/<slug>), then /page/<n>. */
/** The addresses a link may name for a live page: its first page and its lite edition's (older pages move as entries arrive). */
export function liveAddresses(page: Pick<LivePage, 'path'>): string[] {
  return [page.path, litePath(page.path)];
}

export function liveEntriesPath(page: Pick<LivePage, 'path'>, n = 1): string {
  return n === 1 ? page.path : `${page.path}/page/${n}`;
}

/** The anchor of an entry: `entry-<id>`. */
export function entryAnchor(entry: Pick<LiveEntry, 'id'>): string {
  return `entry-${entry.id}`;
}

/** Entries as readers see them: newest first. */
export function newestFirst(page: LivePage): LiveEntry[] {
  return [...page.entries].reverse();
}

export function livePageCount(page: LivePage): number {
  return pageCount(page.entries.length, LIVE_ENTRIES_PER_PAGE);
}

/** Page `n` of a live page's entries (newest first), or undefined when it does not exist. */
export function liveEntriesPage(page: LivePage, n: number): Page<LiveEntry> | undefined {
  return paginate(newestFirst(page), n, LIVE_ENTRIES_PER_PAGE);
}

/** The page (1-based) that shows the entry with `id`, or undefined. */
export function entryPageNumber(page: LivePage, id: string): number | undefined {
  const index = newestFirst(page).findIndex((entry) => entry.id === id);
  return index === -1 ? undefined : Math.floor(index / LIVE_ENTRIES_PER_PAGE) + 1;
}

/**
 * A link to an entry that works from anywhere: the page it is on, then its
 * anchor. Older entries move to later pages as new ones arrive, so links are
 * made from the live content each time the page renders.
 */
export function entryHref(page: LivePage, entry: Pick<LiveEntry, 'id'>): string {
  return `${liveEntriesPath(page, entryPageNumber(page, entry.id) ?? 1)}#${entryAnchor(entry)}`;
}

/** The newest key events (at most KEY_EVENTS_SHOWN), newest first. */
export function keyEntries(page: LivePage): LiveEntry[] {
  return newestFirst(page)
    .filter((entry) => entry.key)
    .slice(0, KEY_EVENTS_SHOWN);
}

export function pinnedEntry(page: LivePage): LiveEntry | undefined {
  return page.entries.find((entry) => entry.pinned);
}

/** The time of the newest entry readers can see, else the start of coverage. */
export function lastUpdated(page: LivePage): Date {
  return page.entries.at(-1)?.time ?? page.published;
}

/** When the page last changed for readers: its newest entry, or a later correction (structured data, sitemaps). */
export function lastModified(page: LivePage): Date {
  const corrected = page.corrections.at(-1)?.date;
  const updated = lastUpdated(page);
  return corrected && corrected > updated ? corrected : updated;
}

/** When coverage ended (the last entry's time), for an ended page. */
export function coverageEnd(page: LivePage): Date | undefined {
  return page.status === 'ended' ? lastUpdated(page) : undefined;
}

/** An entry's headline: its title, else the start of its text. */
export function entryHeadline(entry: LiveEntry): string {
  if (entry.title) return entry.title;
  return entry.excerpt.length <= 110 ? entry.excerpt : `${entry.excerpt.slice(0, 109).replace(/\s+\S*$/, '')}…`;
}
