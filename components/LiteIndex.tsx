import type { Article } from '@/lib/content/article';
import { groupByLibyaDay } from '@/lib/coverage-index';
import { formatDayHeading } from '@/lib/dates';
import { liteIndexHref, litePath } from '@/lib/lite/lite-paths';
import type { PageInfo } from '@/lib/pagination';
import { DateTime } from './DateTime';

type Props = { articles: readonly Article[]; info: PageInfo };

/** The coverage index in the lite edition: headlines under their Libya day, linking to lite articles. */
export function LiteIndex({ articles, info }: Props) {
  return (
    <>
      <h1>Libya: the war for Tripoli</h1>
      <p className="note">
        Every story, newest first, in the lite edition.
        {info.totalPages > 1 ? ` Page ${info.page} of ${info.totalPages}.` : ''}
      </p>
      {groupByLibyaDay(articles).map((group) => (
        <section key={group.day} aria-labelledby={`day-${group.day}`}>
          <h2 id={`day-${group.day}`}>
            <time dateTime={group.day}>{formatDayHeading(group.date)}</time>
          </h2>
          {group.articles.map((article) => (
            <div key={article.slug} className="story">
              <h3>
                <a href={litePath(article.path)}>{article.title}</a>
              </h3>
              <p>{article.dek}</p>
              <p className="meta">
                <DateTime date={article.published} style="datetime" />
              </p>
            </div>
          ))}
        </section>
      ))}
      {info.totalPages > 1 ? (
        <nav aria-label="Coverage pages">
          {info.previous ? (
            <a href={liteIndexHref(info.previous)} rel="prev">
              ← Newer stories
            </a>
          ) : null}
          <span>
            Page {info.page} of {info.totalPages}
          </span>
          {info.next ? (
            <a href={liteIndexHref(info.next)} rel="next">
              Older stories →
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
