import { articlePath, type Article } from '../content/article';
import type { LivePage } from '../content/live-page';
import type { ArabicArticle } from '../content/translation';
import { ARABIC_LITE_ROOT, litePath, LITE_ROOT } from '../lite/lite-paths';
import { TAXONOMIES, type TaxonomyKind } from '../taxonomy';

const KINDS = Object.keys(TAXONOMIES) as TaxonomyKind[];

/**
 * What a publish keeps of each published article to compare before and after: enough to name
 * its pages, in one string. Not the article itself: a server holds the snapshot beside its
 * content, and a snapshot of whole articles kept a second copy of the archive alive through
 * every reload (docs/decisions/0022-server-memory.md).
 */
export type StoryStamp = {
  slug: string;
  revision: string | undefined;
  /** The pages of its people, places, topics and authors, separated by spaces. */
  entityPages: string;
};

/**
 * Stamps by article: a reload of checked content keeps the article objects of unchanged files
 * (decision 0008), so a publish stamps only what changed (at 100,000 stories, stamping every
 * article took about 0.4 s of the publish request, during which the server answered nothing).
 */
const stamps = new WeakMap<Article, StoryStamp>();

export function storyStamp(article: Article): StoryStamp {
  let stamp = stamps.get(article);
  if (!stamp) {
    stamp = { slug: article.slug, revision: article.revision, entityPages: KINDS.flatMap((kind) => article[kind].map((entry) => `/${kind}/${entry.key}`)).join(' ') };
    stamps.set(article, stamp);
  }
  return stamp;
}

/** What readers could see before and after a publish. */
/**
 * The dynamic routes a publish may regenerate whole, as route files under app/, route groups
 * included: `revalidatePath('/libya/page/[page]', 'page')` matched nothing, because that page is
 * app/(en)/libya/page/[page], and page 2 of every list kept a removed story's card. A unit test
 * checks that each names a route file.
 */
export const ROUTES = {
  indexPages: '/(en)/libya/page/[page]',
  correctionPages: '/(en)/corrections/page/[page]',
  registryPages: '/(en)/[taxonomy]/page/[page]',
  entryPages: '/(en)/[taxonomy]/[key]/page/[page]',
  metric: '/(en)/libya/figures/[metric]',
  metricPages: '/(en)/libya/figures/[metric]/page/[page]',
  livePages: '/(en)/live/[slug]/page/[page]',
  liteLivePages: '/lite/live/[slug]/page/[page]',
  liteIndexPages: '/lite/page/[page]',
  arabicIndexPages: '/ar/libya/page/[page]',
  arabicLiteIndexPages: '/ar/lite/page/[page]',
  arabicEntryPages: '/ar/[taxonomy]/[key]/page/[page]',
  arabicLivePages: '/ar/live/[slug]/page/[page]',
  arabicLiteLivePages: '/ar/lite/live/[slug]/page/[page]',
  sitemapParts: '/sitemaps/[part]',
} as const;

export type Snapshot = {
  /** Published articles, newest first. */
  articles: readonly StoryStamp[];
  /** Registries and timeline, in any comparable form (their change touches every page). */
  shared: string;
  /** Live pages as readers see them (only their due entries). */
  live?: readonly LivePage[];
  /** Published Arabic editions. */
  arabic?: readonly ArabicArticle[];
  /** Arabic live pages as readers see them (their revision changes with the Arabic file or its English original). */
  arabicLive?: readonly LivePage[];
};

export type Affected = {
  added: string[];
  updated: string[];
  removed: string[];
  /** Every page changed: a registry or the timeline changed. */
  everything: boolean;
  /** Concrete paths to regenerate. */
  paths: string[];
  /** Dynamic routes all of whose pages are regenerated (list pages shift when a story is added): ROUTES. */
  routes: string[];
  /** Cache tags: every page that shows one of these stories (related and neighbouring links). */
  tags: string[];
  /** Live pages whose file changed or one of whose entries came due. */
  live: string[];
  /** Arabic live pages whose file or English original changed, added or removed (by slug). */
  arabicLive?: string[];
  /** Arabic editions added, removed, edited, or whose original's dates or visibility changed (by slug). */
  arabic: string[];
};

/** What readers see of an Arabic edition that a publish can change: its file, and the original's dates. */
const arabicState = (a: ArabicArticle) => `${a.revision}:${a.published.getTime()}:${a.updated?.getTime() ?? ''}`;

/** Slugs of Arabic editions published, withdrawn, edited, or whose original's dates changed. */
function changedArabic(before: readonly ArabicArticle[], after: readonly ArabicArticle[]): string[] {
  const old = new Map(before.map((a) => [a.slug, arabicState(a)]));
  const now = new Map(after.map((a) => [a.slug, arabicState(a)]));
  return [...new Set([...old.keys(), ...now.keys()])].filter((slug) => old.get(slug) !== now.get(slug)).sort();
}

/**
 * The pages an Arabic change touches: the Arabic page and card, the English
 * page (its language switch and hreflang appear or go), and the Arabic
 * lists, timeline, feeds and sitemap.
 */
function arabicPaths(slugs: readonly string[]): string[] {
  if (slugs.length === 0) return [];
  return [
    '/ar',
    '/ar/libya',
    ARABIC_LITE_ROOT,
    '/ar/libya/timeline',
    '/ar/feed.xml',
    '/ar/atom.xml',
    '/ar/feed.json',
    '/sitemap.xml',
    ...slugs.flatMap((slug) => [`/ar/articles/${slug}`, `/ar/articles/${slug}/opengraph-image`, litePath(`/ar/articles/${slug}`), `/articles/${slug}`]),
  ];
}

/** What readers see of a live page: any edit, or an entry coming due, changes it. */
const liveState = (page: LivePage) => `${page.revision}:${page.entries.length}`;

/** Slugs of live pages added, removed, edited, or with a newly due entry. */
function changedLivePages(before: readonly LivePage[], after: readonly LivePage[]): string[] {
  const old = new Map(before.map((page) => [page.slug, liveState(page)]));
  const now = new Map(after.map((page) => [page.slug, liveState(page)]));
  return [...new Set([...old.keys(), ...now.keys()])].filter((slug) => old.get(slug) !== now.get(slug)).sort();
}

/** Cache tag of the pages that link to a story. */
export const storyTag = (slug: string) => `story:${slug}`;

function entityPaths(story: StoryStamp): string[] {
  return story.entityPages ? story.entityPages.split(' ') : [];
}

function neighbours(stories: readonly StoryStamp[], slug: string): string[] {
  const index = stories.findIndex((story) => story.slug === slug);
  return index === -1 ? [] : [stories[index - 1], stories[index + 1]].flatMap((story) => (story ? [articlePath(story.slug)] : []));
}

/**
 * The pages a publish changes: each added, edited or removed story's page,
 * card and lite page, the stories before and after it, the pages of its people,
 * places, topics and authors (before and after the edit), the front page,
 * the coverage index and timeline, the taxonomy indexes, feeds and sitemaps;
 * and, by tag, every story page that links to it; and each live page that
 * was edited or whose next entry came due, with its pages of older entries,
 * the front page and coverage index that mark it. Nothing else is touched.
 */
export function affectedByPublish(before: Snapshot | undefined, after: Snapshot): Affected {
  const old = new Map((before?.articles ?? []).map((a) => [a.slug, a]));
  const now = new Map(after.articles.map((a) => [a.slug, a]));
  const added = [...now.keys()].filter((slug) => !old.has(slug));
  const removed = [...old.keys()].filter((slug) => !now.has(slug));
  const updated = [...now.keys()].filter((slug) => old.has(slug) && old.get(slug)!.revision !== now.get(slug)!.revision);
  const everything = before !== undefined && before.shared !== after.shared;
  const changed = [...added, ...updated, ...removed];
  const englishLive = changedLivePages(before?.live ?? [], after.live ?? []);
  const arabicLive = changedLivePages(before?.arabicLive ?? [], after.arabicLive ?? []);
  // An Arabic live page added or removed also changes its English page's language switch and hreflang.
  const live = [...new Set([...englishLive, ...arabicLive])].sort();
  // Each live page with its lite edition; the lite indexes list the live pages on their first page.
  const livePaths = live.flatMap((slug) => [`/live/${slug}`, litePath(`/live/${slug}`)]);
  const arabicLivePaths = arabicLive.length > 0 ? ['/ar', ARABIC_LITE_ROOT, ...arabicLive.flatMap((slug) => [`/ar/live/${slug}`, litePath(`/ar/live/${slug}`)])] : [];
  const liveRoutes = [
    ...(live.length > 0 ? [ROUTES.livePages, ROUTES.liteLivePages] : []),
    ...(arabicLive.length > 0 ? [ROUTES.arabicLivePages, ROUTES.arabicLiteLivePages] : []),
  ];
  const arabic = changedArabic(before?.arabic ?? [], after.arabic ?? []);
  const arabicRoutes = arabic.length > 0 ? [ROUTES.arabicIndexPages, ROUTES.arabicLiteIndexPages, ROUTES.arabicEntryPages, ROUTES.sitemapParts] : [];
  // The Arabic pages of the people, places, topics and authors of each changed Arabic edition (before and after).
  const changedArabicEditions = [...(before?.arabic ?? []), ...(after.arabic ?? [])].filter((a) => arabic.includes(a.slug));
  const arabicEntityPaths = changedArabicEditions.flatMap((a) => KINDS.flatMap((kind) => a[kind].map((entry) => `/ar/${kind}/${entry.key}`)));
  if (changed.length === 0 && live.length === 0 && arabic.length === 0 && !everything) {
    return { added, updated, removed, everything, paths: [], routes: [], tags: [], live, arabic, arabicLive };
  }
  if (changed.length === 0 && live.length === 0 && !everything) {
    // Only Arabic editions changed.
    return { added, updated, removed, everything, paths: [...new Set([...arabicPaths(arabic), ...arabicEntityPaths])].sort(), routes: arabicRoutes, tags: [], live, arabic, arabicLive };
  }
  if (changed.length === 0 && !everything) {
    // Only live pages changed: they, and the lists and feeds that show them, are regenerated
    // (with the corrections log, which lists an English live page's corrections).
    const logPaths = englishLive.length > 0 ? ['/corrections', '/corrections.xml'] : [];
    return {
      added,
      updated,
      removed,
      everything,
      paths: [...new Set(['/', '/libya', LITE_ROOT, '/sitemap.xml', '/feed.xml', '/atom.xml', '/feed.json', ...logPaths, ...livePaths, ...arabicLivePaths, ...arabicPaths(arabic), ...arabicEntityPaths])].sort(),
      routes: [...liveRoutes, ...(logPaths.length > 0 ? [ROUTES.correctionPages] : []), ...arabicRoutes],
      tags: [],
      live,
      arabic,
      arabicLive,
    };
  }

  const paths = new Set<string>([
    '/',
    '/libya',
    LITE_ROOT,
    '/libya/timeline',
    ...KINDS.map((kind) => `/${kind}`),
    '/feed.xml',
    '/atom.xml',
    '/feed.json',
    '/sitemap.xml',
    '/news-sitemap.xml',
    '/corrections',
    '/corrections.xml',
    '/libya/figures',
    '/libya/figures.csv',
    '/libya/map',
  ]);
  for (const slug of changed) {
    for (const story of [old.get(slug), now.get(slug)]) {
      if (!story) continue;
      const path = articlePath(story.slug);
      paths.add(path);
      paths.add(`${path}/opengraph-image`);
      paths.add(litePath(path));
      entityPaths(story).forEach((p) => paths.add(p));
    }
    neighbours(before?.articles ?? [], slug).forEach((p) => paths.add(p));
    neighbours(after.articles, slug).forEach((p) => paths.add(p));
  }
  [...livePaths, ...arabicLivePaths].forEach((p) => paths.add(p));
  [...arabicPaths(arabic), ...arabicEntityPaths].forEach((p) => paths.add(p));
  return {
    added,
    updated,
    removed,
    everything,
    paths: [...paths].sort(),
    routes: [
      ROUTES.indexPages,
      ROUTES.correctionPages,
      ROUTES.registryPages,
      ROUTES.liteIndexPages,
      ROUTES.entryPages,
      // Every page of the toll's metrics: a new report moves the others down a page.
      ROUTES.metric,
      ROUTES.metricPages,
      ROUTES.sitemapParts,
      ...liveRoutes,
      ...(arabic.length > 0 ? [ROUTES.arabicIndexPages, ROUTES.arabicLiteIndexPages] : []),
    ],
    tags: changed.map(storyTag),
    live,
    arabic,
    arabicLive,
  };
}
