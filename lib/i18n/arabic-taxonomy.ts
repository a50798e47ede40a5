import type { TaxonomyKind } from '../taxonomy';

/** The Arabic edition's names for the four registries. */
export const ARABIC_TAXONOMY_TITLES: Record<TaxonomyKind, string> = {
  topics: 'المواضيع',
  places: 'الأماكن',
  people: 'الشخصيات',
  authors: 'الكتّاب',
};

/** `/ar/<kind>/<key>`: a registry entry's page in the Arabic edition. */
export function arabicEntityPath(kind: TaxonomyKind, key: string): string {
  return `/ar/${kind}/${key}`;
}
