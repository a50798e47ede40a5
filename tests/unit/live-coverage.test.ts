import { describe, expect, it } from 'vitest';
import type { LiveEntry, LivePage } from '../../lib/content/live-page';
import {
  LIVE_ENTRIES_PER_PAGE,
  coverageEnd,
  entryHeadline,
  entryHref,
  entryPageNumber,
  KEY_EVENTS_SHOWN,
  keyEntries,
  lastUpdated,
  liveEntriesPage,
  livePageCount,
  livePagePath,
  liveEntriesPath,
  pinnedEntry,
} from '../../lib/live-coverage';
import { affectedByPublish, ROUTES } from '../../lib/publishing/affected';
import { buildFeed } from '../../lib/seo/feeds';
import { makeArticle } from './helpers';
import { sitemapEntries } from '../../lib/seo/sitemap';
import type { ArabicLivePage } from '../../lib/content/arabic-live-checks';
import type { Content } from '../../lib/content/build-content';
import { liveBlogPostingJsonLd } from '../../lib/seo/json-ld';

const START = Date.parse('2019-04-05T06:00:00Z');

/** A live page with `count` entries a minute apart (ids 0..count-1 by index), oldest first. */
function livePage(count: number, overrides: Partial<LivePage> = {}): LivePage {
  const entries: LiveEntry[] = Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    time: new Date(START + (i + 1) * 60_000),
    title: i % 2 === 0 ? `Entry ${i}` : undefined,
    key: i === 3 || i === 30,
    pinned: i === 5,
    sources: [{ publisher: 'Reuters' }],
    line: 20 + i * 6,
    excerpt: `Text of entry ${i}.`,
  }));
  return {
    slug: 'tripoli-live',
    path: '/live/tripoli-live',
    file: 'content/live/tripoli-live.md',
    revision: 'r1',
    title: 'Live: Tripoli',
    dek: 'Updates.',
    summary: '- A point.',
    published: new Date(START),
    status: 'live',
    authors: [{ key: 'conflict-desk', name: 'Conflict Desk staff', aliases: [], kind: 'organization' } as LivePage['authors'][number]],
    places: [],
    people: [],
    topics: [],
    sources: [],
    figures: [],
    corrections: [],
    draft: false,
    entries,
    ...overrides,
  };
}

describe('live page pagination', () => {
  const page = livePage(45);

  it('shows 8 entries a page, newest first', () => {
    expect(LIVE_ENTRIES_PER_PAGE).toBe(8);
    expect(livePageCount(page)).toBe(6);
    const first = liveEntriesPage(page, 1)!;
    expect(first.items.map((e) => e.id).slice(0, 3)).toEqual(['e44', 'e43', 'e42']);
    expect(first.items).toHaveLength(8);
    expect(first.next).toBe(2);
    const last = liveEntriesPage(page, 6)!;
    expect(last.items.map((e) => e.id)).toEqual(['e4', 'e3', 'e2', 'e1', 'e0']);
    expect(liveEntriesPage(page, 7)).toBeUndefined();
    expect(livePageCount(livePage(0))).toBe(1);
  });

  it('finds the page of an entry and links to it there', () => {
    expect(entryPageNumber(page, 'e44')).toBe(1);
    expect(entryPageNumber(page, 'e37')).toBe(1);
    expect(entryPageNumber(page, 'e36')).toBe(2);
    expect(entryPageNumber(page, 'e0')).toBe(6);
    expect(entryPageNumber(page, 'nope')).toBeUndefined();
    expect(entryHref(page, { id: 'e44' })).toBe('/live/tripoli-live#entry-e44');
    expect(entryHref(page, { id: 'e3' })).toBe('/live/tripoli-live/page/6#entry-e3');
    expect(livePagePath('x', 1)).toBe('/live/x');
    expect(livePagePath('x', 2)).toBe('/live/x/page/2');
  });

  it('moves an entry to a later page as new ones arrive, and its link follows', () => {
    expect(entryHref(livePage(9), { id: 'e1' })).toBe('/live/tripoli-live#entry-e1');
    expect(entryHref(livePage(10), { id: 'e1' })).toBe('/live/tripoli-live/page/2#entry-e1');
  });

  it('lists the newest key events only, however many there are', () => {
    const allKey = livePage(25, { entries: livePage(25).entries.map((entry) => ({ ...entry, key: true })) });
    expect(KEY_EVENTS_SHOWN).toBe(10);
    expect(keyEntries(allKey).map((e) => e.id)).toEqual(['e24', 'e23', 'e22', 'e21', 'e20', 'e19', 'e18', 'e17', 'e16', 'e15']);
  });

  it('lists key events newest first, the pinned entry and the last update', () => {
    expect(keyEntries(page).map((e) => e.id)).toEqual(['e30', 'e3']);
    expect(pinnedEntry(page)!.id).toBe('e5');
    expect(lastUpdated(page)).toEqual(page.entries.at(-1)!.time);
    expect(lastUpdated(livePage(0))).toEqual(new Date(START));
    expect(coverageEnd(page)).toBeUndefined();
    expect(coverageEnd({ ...page, status: 'ended' })).toEqual(page.entries.at(-1)!.time);
    expect(entryHeadline(page.entries[0]!)).toBe('Entry 0');
    expect(entryHeadline(page.entries[1]!)).toBe('Text of entry 1.');
  });
});

describe('LiveBlogPosting JSON-LD', () => {
  it('describes a live page with coverage start and its first page of updates, newest first', () => {
    const data = liveBlogPostingJsonLd(livePage(22));
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'LiveBlogPosting',
      headline: 'Live: Tripoli',
      coverageStartTime: '2019-04-05T08:00:00+02:00',
      dateModified: '2019-04-05T08:22:00+02:00',
    });
    expect(data).not.toHaveProperty('coverageEndTime');
    const updates = data.liveBlogUpdate as Record<string, string>[];
    expect(updates).toHaveLength(LIVE_ENTRIES_PER_PAGE);
    expect(updates[0]).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'Text of entry 21.',
      datePublished: '2019-04-05T08:22:00+02:00',
    });
    expect(updates[0]!.url).toMatch(/\/live\/tripoli-live#entry-e21$/);
    expect(updates.at(-1)!.url).toMatch(/\/live\/tripoli-live#entry-e14$/);
  });

  it("lists only the first page's entries, however long the page runs", () => {
    const updates = liveBlogPostingJsonLd(livePage(500)).liveBlogUpdate as { headline: string }[];
    expect(updates.map((u) => u.headline)).toEqual(liveEntriesPage(livePage(500), 1)!.items.map((e) => entryHeadline(e)));
    expect(updates).toHaveLength(LIVE_ENTRIES_PER_PAGE);
    expect(liveBlogPostingJsonLd(livePage(0)).liveBlogUpdate).toEqual([]);
  });

  it('gives the end of coverage once ended', () => {
    expect(liveBlogPostingJsonLd(livePage(3, { status: 'ended' }))).toMatchObject({ coverageEndTime: '2019-04-05T08:03:00+02:00' });
  });

  it('carries its corrections, and a later correction is its modified time but not the end of coverage', () => {
    const corrected = livePage(3, { status: 'ended', corrections: [{ date: new Date('2019-04-09T22:00:00Z'), text: 'An earlier version misdated an entry.' }] });
    expect(liveBlogPostingJsonLd(corrected)).toMatchObject({
      correction: [{ '@type': 'CorrectionComment', text: 'An earlier version misdated an entry.', datePublished: '2019-04-10T00:00:00+02:00' }],
      dateModified: '2019-04-10T00:00:00+02:00',
      coverageEndTime: '2019-04-05T08:03:00+02:00',
    });
    expect(liveBlogPostingJsonLd(livePage(3))).not.toHaveProperty('correction');
    expect(liveBlogPostingJsonLd(livePage(3))).toMatchObject({ dateModified: '2019-04-05T08:03:00+02:00' });
  });
});

describe('publishing a live page', () => {
  const snapshot = (live: LivePage[]) => ({ articles: [], shared: 's', live });

  it('regenerates the live page, its older pages and the lists that mark it when an entry is added', () => {
    const affected = affectedByPublish(snapshot([livePage(3)]), snapshot([livePage(4, { revision: 'r2' })]));
    expect(affected.live).toEqual(['tripoli-live']);
    expect(affected.paths).toEqual(expect.arrayContaining(['/live/tripoli-live', '/', '/libya', '/sitemap.xml', '/feed.xml']));
    // Its lite edition, and the lite index that lists it.
    expect(affected.paths).toEqual(expect.arrayContaining(['/lite/live/tripoli-live', '/lite']));
    // The corrections log lists live pages' corrections, so it follows them too.
    expect(affected.paths).toEqual(expect.arrayContaining(['/corrections', '/corrections.xml']));
    expect(affected.routes).toEqual([ROUTES.livePages, ROUTES.liteLivePages, ROUTES.correctionPages]);
    expect(affected.everything).toBe(false);
  });

  it('notices an entry coming due without any edit', () => {
    const affected = affectedByPublish(snapshot([livePage(3)]), snapshot([livePage(4)]));
    expect(affected.live).toEqual(['tripoli-live']);
  });

  it('touches nothing when no live page changed', () => {
    const affected = affectedByPublish(snapshot([livePage(3)]), snapshot([livePage(3)]));
    expect(affected.paths).toEqual([]);
    expect(affected.live).toEqual([]);
  });
});

describe('live pages in the feeds', () => {
  it('adds each live page as one item dated by its newest entry, with its summary as content', () => {
    const rss = buildFeed([], () => '', undefined, [livePage(3)], () => '<ul><li>A point.</li></ul>').rss2();
    expect(rss.match(/<item>/g)).toHaveLength(1);
    expect(rss).toContain('Live: Tripoli');
    expect(rss).toContain('/live/tripoli-live</link>');
    expect(rss).toContain('A point.');
    expect(rss).toContain(new Date(START + 3 * 60_000).toUTCString());
    expect(buildFeed([], () => '', undefined, [livePage(3, { status: 'ended' })]).rss2()).toContain('Ended: Tripoli');
  });

  it('places a live page among the stories by its newest entry, and keeps the feed at its size', () => {
    const story = (i: number, day: number) => makeArticle({ slug: `story-${i}`, title: `Story ${i}`, published: new Date(Date.UTC(2019, 3, day, 12)) });
    const stories = [story(1, 9), story(2, 4)];
    const rss = buildFeed(stories, () => '<p>x</p>', undefined, [livePage(3)]).rss2();
    const titles = [...rss.matchAll(/<item>\s*<title><!\[CDATA\[([^\]]*)\]\]>/g)].map((m) => m[1]);
    expect(titles).toEqual(['Story 1', 'Live: Tripoli', 'Story 2']);
    const many = Array.from({ length: 60 }, (_, i) => story(i, 20 - (i % 10)));
    expect(buildFeed(many, () => '', undefined, [livePage(3)]).rss2().match(/<item>/g)).toHaveLength(50);
  });
});

describe('Arabic live pages (same helpers, their own addresses)', () => {
  const arabicPage = (count: number, overrides: Partial<ArabicLivePage> = {}): ArabicLivePage => ({
    ...livePage(count),
    lang: 'ar',
    path: '/ar/live/tripoli-live',
    originalPath: '/live/tripoli-live',
    file: 'content/ar/live/tripoli-live.md',
    translated: new Date(START),
    title: 'مباشر: طرابلس',
    ...overrides,
  });

  it('pages and permalinks stay under /ar/live/<slug>, with the English page size', () => {
    const page = arabicPage(45);
    expect(livePageCount(page)).toBe(6);
    expect(liveEntriesPath(page, 1)).toBe('/ar/live/tripoli-live');
    expect(liveEntriesPath(page, 6)).toBe('/ar/live/tripoli-live/page/6');
    expect(entryHref(page, { id: 'e0' })).toBe('/ar/live/tripoli-live/page/6#entry-e0');
    expect(entryHref(livePage(45), { id: 'e0' })).toBe('/live/tripoli-live/page/6#entry-e0');
  });

  it('LiveBlogPosting JSON-LD is inLanguage ar with Arabic permalinks', () => {
    const data = liveBlogPostingJsonLd(arabicPage(3)) as { inLanguage: string; url: string; liveBlogUpdate: { url: string }[] };
    expect(data.inLanguage).toBe('ar');
    expect(data.url).toMatch(/\/ar\/live\/tripoli-live$/);
    expect(data.liveBlogUpdate[0]!.url).toMatch(/\/ar\/live\/tripoli-live#entry-e2$/);
    expect((liveBlogPostingJsonLd(livePage(3)) as { inLanguage: string }).inLanguage).toBe('en');
  });

  it('publishing: an Arabic live page added or edited regenerates it, its pages and its English page; nothing when unchanged', () => {
    const snapshot = (arabicLive: ArabicLivePage[]) => ({ articles: [], shared: 's', live: [livePage(3)], arabicLive });
    const added = affectedByPublish(snapshot([]), snapshot([arabicPage(3)]));
    expect(added.arabicLive).toEqual(['tripoli-live']);
    expect(added.paths).toEqual(expect.arrayContaining(['/ar/live/tripoli-live', '/live/tripoli-live', '/ar', '/ar/lite/live/tripoli-live', '/ar/lite', '/lite/live/tripoli-live']));
    expect(added.routes).toEqual(expect.arrayContaining(['/ar/live/[slug]/page/[page]', '/ar/lite/live/[slug]/page/[page]']));
    const edited = affectedByPublish(snapshot([arabicPage(3)]), snapshot([arabicPage(3, { revision: 'r2' })]));
    expect(edited.paths).toContain('/ar/live/tripoli-live');
    const due = affectedByPublish(snapshot([arabicPage(2)]), snapshot([arabicPage(3)]));
    expect(due.paths).toContain('/ar/live/tripoli-live');
    expect(affectedByPublish(snapshot([arabicPage(3)]), snapshot([arabicPage(3)]))).toMatchObject({ paths: [], arabicLive: [] });
  });

  it('the sitemap pairs the first pages of both editions, and lists every Arabic page', () => {
    const content = { registries: { authors: new Map(), places: new Map(), people: new Map(), topics: new Map() } } as unknown as Content;
    const entries = sitemapEntries(content, [], [], [livePage(25)], [], [arabicPage(25)]);
    const byPath = new Map(entries.map((e) => [e.path, e]));
    expect(byPath.get('/live/tripoli-live')?.alternates).toBeDefined();
    expect(byPath.get('/ar/live/tripoli-live')?.alternates).toEqual(byPath.get('/live/tripoli-live')?.alternates);
    expect(byPath.has('/ar/live/tripoli-live/page/2')).toBe(true);
    expect(byPath.get('/ar/live/tripoli-live/page/2')?.alternates).toBeUndefined();
    expect(sitemapEntries(content, [], [], [livePage(25)]).find((e) => e.path === '/live/tripoli-live')?.alternates).toBeUndefined();
  });
});
