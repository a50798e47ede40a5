import type { Article } from '@/lib/content/article';
import { litePath } from '@/lib/lite/lite-paths';
import { Byline } from './Byline';
import { DateTime } from './DateTime';

type Props = { article: Article; scheduled: boolean };

export function ArticleHeader({ article, scheduled }: Props) {
  return (
    <header className="article__header">
      {article.draft ? (
        <p className="draft-banner" role="note">
          DRAFT: not published. Visible only while developing.
        </p>
      ) : null}
      {scheduled ? (
        <p className="draft-banner" role="note">
          SCHEDULED: publishes <DateTime date={article.published} style="datetime" />. Visible only while
          developing.
        </p>
      ) : null}
      <h1 className="article__title">{article.title}</h1>
      <p className="article__dek">{article.dek}</p>
      <div className="article__meta">
        <Byline authors={article.authors} />
        <p>
          {article.dateline ? <span className="article__dateline">{article.dateline.name.toUpperCase()}</span> : null}
          {article.dateline ? ' · ' : null}
          Published <DateTime date={article.published} style="datetime" />
          {article.updated ? (
            <>
              {' · '}Updated <DateTime date={article.updated} style="datetime" />
            </>
          ) : null}
        </p>
        <p>
          {article.readingMinutes} min read ·{' '}
          {/* A plain link: the lite page is a document of its own, not a route of the app. */}
          <a href={litePath(article.path)}>Lite version</a>
        </p>
      </div>
    </header>
  );
}
