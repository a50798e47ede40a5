import type { Article } from './content/article';
import type { Author, Person, Place, Registries, Topic } from './content/registries';

export type TaxonomyKind = 'topics' | 'places' | 'people' | 'authors';
export type TaxonomyEntry = Topic | Place | Person | Author;

/** How each kind of taxonomy page is titled and reached. */
export const TAXONOMIES: Record<TaxonomyKind, { title: string; singular: string }> = {
  topics: { title: 'Topics', singular: 'Topic' },
  places: { title: 'Places', singular: 'Place' },
  people: { title: 'People', singular: 'Person' },
  authors: { title: 'Authors', singular: 'Author' },
};

export function entityPath(kind: TaxonomyKind, key: string): string {
  return `/${kind}/${key}`;
}

export function entityPagePath(kind: TaxonomyKind, key: string, page: number): string {
  return page === 1 ? entityPath(kind, key) : `${entityPath(kind, key)}/page/${page}`;
}

function entriesOf(article: Article, kind: TaxonomyKind): readonly TaxonomyEntry[] {
  return article[kind];
}

/** Every key of `kind` that the articles carry, with its articles in the order given: one pass. */
export function articlesByEntry(kind: TaxonomyKind, articles: readonly Article[]): Map<string, Article[]> {
  const byEntry = new Map<string, Article[]>();
  for (const article of articles) {
    for (const { key } of entriesOf(article, kind)) {
      const list = byEntry.get(key);
      if (list) list.push(article);
      else byEntry.set(key, [article]);
    }
  }
  return byEntry;
}

export type EntryCount = { entry: TaxonomyEntry; count: number };

/** Every registry entry of `kind` with its number of articles, by name. */
export function countArticles(
  kind: TaxonomyKind,
  registries: Registries,
  articles: readonly Article[],
): EntryCount[] {
  const counts = new Map<string, number>();
  for (const article of articles) {
    for (const entry of entriesOf(article, kind)) counts.set(entry.key, (counts.get(entry.key) ?? 0) + 1);
  }
  return [...registries[kind].values()]
    .map((entry) => ({ entry, count: counts.get(entry.key) ?? 0 }))
    .sort((a, b) => a.entry.name.localeCompare(b.entry.name, 'en'));
}
