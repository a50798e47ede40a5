import { unstable_cache } from 'next/cache';

const always = async () => true;

/**
 * Marks the page being rendered with cache tags, so that `revalidateTag`
 * regenerates it (Next collects the tags of every cached call a page makes).
 * One shared, constant cache entry: no per-page data is stored.
 */
export async function tagPage(tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  await unstable_cache(always, ['conflict-desk-page-tags'], { tags: [...new Set(tags)].slice(0, 64) })();
}
