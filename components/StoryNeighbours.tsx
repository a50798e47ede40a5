import type { Article } from '@/lib/content/article';
import { DateTime } from './DateTime';
import { SiteLink } from './SiteLink';
import { Stylesheet } from './Stylesheet';

type Props = { previous?: Article; next?: Article };

function Neighbour({ article, rel }: { article: Article; rel: 'prev' | 'next' }) {
  return (
    <p className={rel === 'prev' ? 'neighbours__previous' : 'neighbours__next'}>
      <span className="neighbours__label">{rel === 'prev' ? 'Previous story' : 'Next story'}</span>
      <SiteLink href={article.path} rel={rel}>
        {article.title}
      </SiteLink>
      <DateTime date={article.published} />
    </p>
  );
}

/** The stories just before and after this one in the coverage. */
export function StoryNeighbours({ previous, next }: Props) {
  if (!previous && !next) return null;
  return (
    <>
      <Stylesheet sheet="article" />
      <nav className="neighbours" aria-label="Previous and next stories">
        {previous ? <Neighbour article={previous} rel="prev" /> : null}
        {next ? <Neighbour article={next} rel="next" /> : null}
      </nav>
    </>
  );
}
