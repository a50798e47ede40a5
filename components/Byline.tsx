import { Fragment } from 'react';
import type { Author } from '@/lib/content/registries';
import { entityPath } from '@/lib/taxonomy';
import { entryName } from '@/lib/i18n/entry-name';
import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';
import { arabicEntityPath } from '@/lib/i18n/arabic-taxonomy';
import { SiteLink } from './SiteLink';

/** "By A, B and C", each name linking to the author's page. */
export function Byline({ authors, lang = 'en' }: { authors: readonly Author[]; lang?: Lang }) {
  const ui = UI[lang];
  return (
    <p className="byline">
      {ui.by}{' '}
      {authors.map((author, index) => (
        <Fragment key={author.key}>
          {index === 0 ? '' : index === authors.length - 1 ? ui.and : lang === 'ar' ? '، ' : ', '}
          {lang === 'ar' ? (
            <SiteLink href={arabicEntityPath('authors', author.key)} rel="author">
              {entryName(author, lang)}
            </SiteLink>
          ) : (
            <SiteLink href={entityPath('authors', author.key)} rel="author">
              {author.name}
            </SiteLink>
          )}
        </Fragment>
      ))}
    </p>
  );
}
