import type { Article } from '../content/article';
import type { Registries } from '../content/registries';
import { pageCount } from '../pagination';
import { coverageIndexHref } from '../coverage-index';
import { ARABIC_LITE_ROOT, liteIndexHref, litePath } from '../lite/lite-paths';
import { liveAddresses } from '../live-coverage';
import { site } from '../site';
import { articlesByEntry, TAXONOMIES, type TaxonomyKind } from '../taxonomy';
import { arabicEntityPath } from './arabic-taxonomy';

/** The Arabic edition's addresses that do not depend on content. */
export const ARABIC_FIXED_PATHS = ['/ar', '/ar/libya', '/ar/libya/timeline', '/ar/search', '/ar/feed.xml', '/ar/atom.xml', '/ar/feed.json', ARABIC_LITE_ROOT];

/**
 * Every page the Arabic edition serves for these Arabic stories and live pages, for the link
 * checks of translations (the English edition's are `sitePaths`): its fixed addresses, each
 * story and its lite page, each page of the coverage index (full and lite), and each page of
 * every registry entry that has an Arabic name. Like the English check, a live page counts by
 * its first address only (and that of its lite edition).
 */
export function arabicSitePaths(
  stories: readonly Article[],
  registries: Registries,
  livePages: readonly { path: string }[] = [],
): Set<string> {
  const paths = new Set([
    ...ARABIC_FIXED_PATHS,
    ...stories.map((story) => story.path),
    ...stories.map((story) => litePath(story.path)),
    ...livePages.flatMap(liveAddresses),
  ]);
  for (let page = 2; page <= pageCount(stories.length, site.pageSize); page++) {
    paths.add(coverageIndexHref(page, 'ar'));
    paths.add(liteIndexHref(page, 'ar'));
  }
  for (const kind of Object.keys(TAXONOMIES) as TaxonomyKind[]) {
    const byEntry = articlesByEntry(kind, stories);
    for (const [key, entry] of registries[kind] as ReadonlyMap<string, { name_ar?: string }>) {
      if (!entry.name_ar) continue;
      const pages = pageCount(byEntry.get(key)?.length ?? 0, site.pageSize);
      for (let page = 1; page <= pages; page++) paths.add(arabicEntityPath(kind, key, page));
    }
  }
  return paths;
}
