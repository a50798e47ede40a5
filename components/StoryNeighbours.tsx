import type { Article } from '@/lib/content/article';
import { DateTime } from './DateTime';
import { SiteLink } from './SiteLink';

type Props = { previous?: Article; next?: Article };

/** The stories just before and after this one in the coverage. */
export function StoryNeighbours({ previous, next }: Props) {
  if (!previous && !next) return null;
  return (
    <nav className="neighbours" aria-label="Previous and next stories">
      {previous ? (
        <p className="neighbours__previous">
          <span className="neighbours__label">Previous story</span>
          <SiteLink href={previous.path} rel="prev">
            {previous.title}
          </SiteLink>
          <DateTime date={previous.published} />
        </p>
      ) : null}
      {next ? (
        <p className="neighbours__next">
          <span className="neighbours__label">Next story</span>
          <SiteLink href={next.path} rel="next">
            {next.title}
          </SiteLink>
          <DateTime date={next.published} />
        </p>
      ) : null}
    </nav>
  );
}
