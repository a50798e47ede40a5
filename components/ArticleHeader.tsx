import { formatLongDate } from '@/lib/dates';
import type { Article } from '@/lib/content/article';
import { litePath } from '@/lib/lite/lite-paths';
import { Byline } from './Byline';
import { DateTime } from './DateTime';
import { entryName } from '@/lib/i18n/entry-name';
import { langOf } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';
import { Stylesheet } from './Stylesheet';

type Props = { article: Article; scheduled: boolean };

export function ArticleHeader({ article, scheduled }: Props) {
  const lang = langOf(article);
  const ui = UI[lang];
  return (
    <>
      <Stylesheet sheet="article" />
      <header className="article__header">
        {article.draft ? (
          <p className="draft-banner" role="note">
            {article.withdrawn ? `WITHDRAWN ${formatLongDate(article.withdrawn.date)}: readers get the notice. Visible only while developing.` : ui.draftBanner}
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
          <Byline authors={article.authors} lang={lang} />
          <p>
            {article.dateline ? <span className="article__dateline">{lang === 'ar' ? entryName(article.dateline, lang) : article.dateline.name.toUpperCase()}</span> : null}
            {article.dateline ? ' · ' : null}
            {ui.published} <DateTime date={article.published} style="datetime" lang={lang} />
            {article.updated ? (
              <>
                {' · '}
                {ui.updated} <DateTime date={article.updated} style="datetime" lang={lang} />
              </>
            ) : null}
          </p>
          <p>
            {ui.minutesToRead(article.readingMinutes)}
            {' · '}
            {/* A plain link: the lite page is a document of its own, not a route of the app. */}
            <a href={litePath(article.path)}>{ui.lite.version}</a>
          </p>
        </div>
      </header>
    </>
  );
}
