import type { FrontMatter } from './article-schema';
import type { Author, Person, Place, Registries, Topic } from './registries';
import { readingMinutes } from './reading-time';
import { sourcesKey } from './sources';

export type Source = FrontMatter['sources'][number];
export type Figure = FrontMatter['figures'][number];
export type Correction = FrontMatter['corrections'][number];
/** When and why a story was withdrawn; an Arabic edition's reason may be its translation (`reasonInArabic`). */
export type Withdrawal = NonNullable<FrontMatter['withdrawn']> & { reasonInArabic?: true };
export type ArticleImage = NonNullable<FrontMatter['image']>;

/** Corrections in the order every page numbers them (`#correction-1` is the oldest). */
export function oldestFirst(corrections: readonly Correction[]): Correction[] {
  return [...corrections].sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** Everything a page needs about one article, computed once in lib/. */
export type Article = {
  slug: string;
  /** Site-relative URL, e.g. `/articles/<slug>`. */
  path: string;
  /** File the article came from, relative to the project root. */
  file: string;
  title: string;
  dek: string;
  published: Date;
  updated?: Date;
  /** `updated`, else the latest correction, else `published`. */
  modified: Date;
  authors: Author[];
  dateline?: Place;
  /** The places the article names, its dateline included. */
  places: Place[];
  people: Person[];
  topics: Topic[];
  /**
   * Identifies the sources (`sourcesKey`); the sources themselves are read from the file when
   * the page is rendered (`articleSources()`), like the body.
   */
  sourcesKey: string;
  image?: ArticleImage;
  figures: Figure[];
  corrections: Correction[];
  aliases: string[];
  /** Not published: a draft, or a story withdrawn after publication (`withdrawn`). */
  draft: boolean;
  /** Taken down after publication, with a note for readers: its address answers 410 with the note. */
  withdrawn?: Withdrawal;
  /**
   * The body is not held here either: at 100,000 articles every process would carry
   * gigabytes of it. `articleBodyHtml()` renders it on demand.
   */
  wordCount: number;
  readingMinutes: number;
  /** Hash of the article's file (set by the loader): changes with any edit, body included. */
  revision?: string;
};

/**
 * Front matter as a story is stored in the content index and built into an `Article`: its
 * sources replaced by their key. They are read from the file when the page renders.
 */
export type HeldFrontMatter = Omit<FrontMatter, 'sources'> & { sourcesKey: string };

export function heldFrontMatter({ sources, ...rest }: FrontMatter): HeldFrontMatter {
  return { ...rest, sourcesKey: sourcesKey(sources) };
}

export function articlePath(slug: string): string {
  return `/articles/${slug}`;
}

/**
 * One empty list shared by every article that has none (most have no corrections or aliases):
 * at 100,000 articles each list costs memory in every server process. Frozen, so that an
 * accidental push throws instead of adding to every article at once.
 */
const NONE: never[] = Object.freeze([]) as unknown as never[];

function listOrNone<T>(list: T[]): T[] {
  return list.length ? list : NONE;
}

function resolve<T>(keys: readonly string[], registry: ReadonlyMap<string, T>): T[] {
  // Keys were validated against the registry, so every lookup succeeds.
  return listOrNone(keys.map((key) => registry.get(key)!));
}

/** The latest of `dates`: one of them, not a copy (most articles' `modified` is their `published`). */
function latest(dates: readonly Date[]): Date {
  return dates.reduce((max, date) => (date.getTime() > max.getTime() ? date : max));
}

/**
 * Builds an `Article` from validated front matter and its body's word count.
 * Every article is one object literal with the same fields in the same order,
 * so that all of them share one hidden class in V8: an article that was copied
 * with a spread to add a field got a class of its own, about 650 bytes each
 * (docs/decisions/0022-server-memory.md).
 */
export function buildArticle(
  slug: string,
  file: string,
  fm: HeldFrontMatter,
  wordCount: number,
  registries: Registries,
  revision?: string,
): Article {
  const placeKeys = fm.dateline && !fm.places.includes(fm.dateline) ? [fm.dateline, ...fm.places] : fm.places;
  return {
    slug,
    path: articlePath(slug),
    file,
    title: fm.title,
    dek: fm.dek,
    published: fm.published,
    updated: fm.updated,
    modified: latest([fm.published, ...(fm.updated ? [fm.updated] : []), ...fm.corrections.map((c) => c.date)]),
    authors: resolve(fm.authors, registries.authors),
    dateline: fm.dateline ? registries.places.get(fm.dateline) : undefined,
    places: resolve(placeKeys, registries.places),
    people: resolve(fm.people, registries.people),
    topics: resolve(fm.topics, registries.topics),
    sourcesKey: fm.sourcesKey,
    image: fm.image,
    figures: listOrNone(fm.figures),
    corrections: listOrNone(oldestFirst(fm.corrections)),
    aliases: listOrNone(fm.aliases),
    // A withdrawn story leaves every page and list as a draft does; its address keeps a notice.
    draft: fm.draft || fm.withdrawn !== undefined,
    withdrawn: fm.withdrawn,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    revision,
  };
}

/** Newest first; equal times fall back to the slug so the order is stable. */
export function compareNewestFirst(a: Article, b: Article): number {
  return b.published.getTime() - a.published.getTime() || a.slug.localeCompare(b.slug);
}
