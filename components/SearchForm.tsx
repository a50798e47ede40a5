import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';
import { Stylesheet } from './Stylesheet';

type Props = {
  query?: string;
  /** Unique per page: the form is a landmark, and each landmark needs its own name. */
  id: string;
  name: string;
  /** Compact form for the site header: the label is for screen readers only. */
  compact?: boolean;
  lang?: Lang;
};

/** A plain GET form: search works without JavaScript. */
export function SearchForm({ query = '', id, name, compact = false, lang = 'en' }: Props) {
  return (
    <>
      <Stylesheet sheet="search" />
      <form
        className={compact ? 'search-form search-form--compact' : 'search-form'}
        role="search"
        aria-label={name}
        action={lang === 'ar' ? '/ar/search' : '/search'}
        method="get"
      >
        <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
          {lang === 'ar' ? UI.ar.searchLabel : 'Search coverage'}
        </label>
        <input id={id} type="search" name="q" defaultValue={query} maxLength={200} autoComplete="off" />
        <button type="submit">{UI[lang].searchButton}</button>
      </form>
    </>
  );
}
