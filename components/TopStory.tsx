import type { Article } from '@/lib/content/article';
import { DateTime } from './DateTime';
import { SiteLink } from './SiteLink';
import { entryName } from '@/lib/i18n/entry-name';
import { langOf } from '@/lib/i18n/lang';
import { Stylesheet } from './Stylesheet';

/** A second-tier story on the front page: kicker, headline, dek and time. */
export function TopStory({ article }: { article: Article }) {
  const lang = langOf(article);
  const kickerEntry = article.dateline ?? article.topics[0];
  const kicker = kickerEntry ? entryName(kickerEntry, lang) : undefined;
  return (
    <>
      <Stylesheet sheet="front-page" />
      <article className="top-story">
        {kicker ? <p className="kicker">{kicker}</p> : null}
        <h3 className="top-story__headline">
          <SiteLink href={article.path}>{article.title}</SiteLink>
        </h3>
        <p className="top-story__dek">{article.dek}</p>
        <p className="story__meta">
          <DateTime date={article.published} style="datetime" lang={lang} />
        </p>
      </article>
    </>
  );
}
