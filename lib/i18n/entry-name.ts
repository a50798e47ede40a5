import type { Lang } from './lang';

/** A registry entry's display name in `lang` (the English name where no Arabic one exists). */
export function entryName(entry: { name: string; name_ar?: string }, lang: Lang): string {
  return lang === 'ar' ? (entry.name_ar ?? entry.name) : entry.name;
}
