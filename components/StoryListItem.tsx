import { SiteLink } from './SiteLink';
import type { Article } from '@/lib/content/article';
import { DateTime } from './DateTime';
import { langOf } from '@/lib/i18n/lang';

type Props = { article: Article; headingLevel?: 2 | 3; showDate?: boolean };

/** One story in a list: headline link, dek and date. */
export function StoryListItem({ article, headingLevel = 3, showDate = true }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="story">
      <Heading className="story__headline">
        <SiteLink href={article.path}>{article.title}</SiteLink>
      </Heading>
      <p className="story__dek">{article.dek}</p>
      {showDate ? (
        <p className="story__meta">
          <DateTime date={article.published} style="datetime" lang={langOf(article)} />
        </p>
      ) : null}
    </article>
  );
}
