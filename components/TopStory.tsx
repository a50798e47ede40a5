import type { Article } from '@/lib/content/article';
import { DateTime } from './DateTime';
import { SiteLink } from './SiteLink';

/** A second-tier story on the front page: kicker, headline, dek and time. */
export function TopStory({ article }: { article: Article }) {
  const kicker = article.dateline?.name ?? article.topics[0]?.name;
  return (
    <article className="top-story">
      {kicker ? <p className="kicker">{kicker}</p> : null}
      <h3 className="top-story__headline">
        <SiteLink href={article.path}>{article.title}</SiteLink>
      </h3>
      <p className="top-story__dek">{article.dek}</p>
      <p className="story__meta">
        <DateTime date={article.published} style="datetime" />
      </p>
    </article>
  );
}
