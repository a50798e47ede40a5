import { entityPath, TAXONOMIES, type EntryCount, type TaxonomyKind } from '@/lib/taxonomy';
import { SiteLink } from './SiteLink';

const INTROS: Record<TaxonomyKind, string> = {
  topics: 'The threads of our coverage of the war in western Libya.',
  places: 'Every place our coverage reports from or about.',
  people: 'The people who shaped the war and the efforts to end it.',
  authors: 'Who wrote our coverage.',
};

/** All entries of one kind, with how many stories carry each. */
export function EntityIndex({ kind, entries }: { kind: TaxonomyKind; entries: EntryCount[] }) {
  return (
    <>
      <header className="page-header">
        <h1>{TAXONOMIES[kind].title}</h1>
        <p className="page-header__intro">{INTROS[kind]}</p>
      </header>
      <ul className="entity-index">
        {entries.map(({ entry, count }) => (
          <li key={entry.key}>
            <SiteLink href={entityPath(kind, entry.key)}>{entry.name}</SiteLink>{' '}
            <span className="entity-index__count">
              {count} {count === 1 ? 'story' : 'stories'}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
