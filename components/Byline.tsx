import { Fragment } from 'react';
import type { Author } from '@/lib/content/registries';
import { entityPath } from '@/lib/taxonomy';
import { SiteLink } from './SiteLink';

/** "By A, B and C", each name linking to the author's page. */
export function Byline({ authors }: { authors: readonly Author[] }) {
  return (
    <p className="byline">
      By{' '}
      {authors.map((author, index) => (
        <Fragment key={author.key}>
          {index === 0 ? '' : index === authors.length - 1 ? ' and ' : ', '}
          <SiteLink href={entityPath('authors', author.key)} rel="author">
            {author.name}
          </SiteLink>
        </Fragment>
      ))}
    </p>
  );
}
