import type { TaxonomyKind } from '../taxonomy';

/** The Arabic edition's names for the four registries. */
export const ARABIC_TAXONOMY_TITLES: Record<TaxonomyKind, string> = {
  topics: 'المواضيع',
  places: 'الأماكن',
  people: 'الشخصيات',
  authors: 'الكتّاب',
};

/** `/ar/<kind>/<key>`: a registry entry's page in the Arabic edition (`/page/<n>` after the first). */
export function arabicEntityPath(kind: TaxonomyKind, key: string, page = 1): string {
  return page === 1 ? `/ar/${kind}/${key}` : `/ar/${kind}/${key}/page/${page}`;
}
