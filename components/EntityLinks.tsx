import type { Article } from '@/lib/content/article';
import { entityPath, TAXONOMIES, type TaxonomyKind } from '@/lib/taxonomy';
import { SiteLink } from './SiteLink';

const KINDS: TaxonomyKind[] = ['topics', 'people', 'places'];

/** Links to every topic, person and place an article carries. */
export function EntityLinks({ article }: { article: Article }) {
  const groups = KINDS.filter((kind) => article[kind].length > 0);
  if (groups.length === 0) return null;
  return (
    <nav className="entity-links" aria-label="In this story">
      <dl>
        {groups.map((kind) => (
          <div key={kind}>
            <dt>{TAXONOMIES[kind].title}</dt>
            <dd>
              <ul>
                {article[kind].map((entry) => (
                  <li key={entry.key}>
                    <SiteLink href={entityPath(kind, entry.key)}>{entry.name}</SiteLink>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </nav>
  );
}
