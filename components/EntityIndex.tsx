import type { Page } from '@/lib/pagination';
import { entityPath, TAXONOMIES, type EntryCount, type TaxonomyKind } from '@/lib/taxonomy';
import { taxonomyIndexHref } from '@/lib/taxonomy-routes';
import { Pagination } from './Pagination';
import { SiteLink } from './SiteLink';
import { Stylesheet } from './Stylesheet';

const INTROS: Record<TaxonomyKind, string> = {
  topics: 'The threads of our coverage of the war in western Libya.',
  places: 'Every place our coverage reports from or about.',
  people: 'The people who shaped the war and the efforts to end it.',
  authors: 'Who wrote our coverage.',
};

/** One page of the entries of one kind, by name, with how many stories carry each. */
export function EntityIndex({ kind, page }: { kind: TaxonomyKind; page: Page<EntryCount> }) {
  const title = TAXONOMIES[kind].title;
  return (
    <>
      <Stylesheet sheet="taxonomy" />
      <header className="page-header">
        <h1>{page.page === 1 ? title : `${title}, page ${page.page}`}</h1>
        <p className="page-header__intro">{INTROS[kind]}</p>
      </header>
      <ul className="entity-index">
        {page.items.map(({ entry, count }) => (
          <li key={entry.key}>
            <SiteLink href={entityPath(kind, entry.key)}>{entry.name}</SiteLink>{' '}
            <span className="entity-index__count">
              {count} {count === 1 ? 'story' : 'stories'}
            </span>
          </li>
        ))}
      </ul>
      <Pagination
        info={page}
        hrefFor={(n) => taxonomyIndexHref(kind, n)}
        label={`${title} pages`}
        previousText="← Previous"
        nextText="Next →"
      />
    </>
  );
}
