import type { Article } from '@/lib/content/article';
import { entityPath, TAXONOMIES, type TaxonomyKind } from '@/lib/taxonomy';
import { SiteLink } from './SiteLink';
import { entryName } from '@/lib/i18n/entry-name';
import { langOf } from '@/lib/i18n/lang';
import { ARABIC_TAXONOMY_TITLES, arabicEntityPath } from '@/lib/i18n/arabic-taxonomy';
import { Stylesheet } from './Stylesheet';

const KINDS: TaxonomyKind[] = ['topics', 'people', 'places'];

/** Links to every topic, person and place an article carries (in the article's edition). */
export function EntityLinks({ article }: { article: Article }) {
  const groups = KINDS.filter((kind) => article[kind].length > 0);
  if (groups.length === 0) return null;
  const arabic = langOf(article) === 'ar';
  return (
    <>
      <Stylesheet sheet="article" />
      <nav className="entity-links" aria-label={arabic ? 'في هذه القصة' : 'In this story'}>
        <dl>
          {groups.map((kind) => (
            <div key={kind}>
              <dt>{arabic ? ARABIC_TAXONOMY_TITLES[kind] : TAXONOMIES[kind].title}</dt>
              <dd>
                <ul>
                  {article[kind].map((entry) => (
                    <li key={entry.key}>
                      <SiteLink href={arabic ? arabicEntityPath(kind, entry.key) : entityPath(kind, entry.key)}>
                        {entryName(entry, arabic ? 'ar' : 'en')}
                      </SiteLink>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      </nav>
    </>
  );
}
