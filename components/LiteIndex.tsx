import type { Article } from '@/lib/content/article';
import { groupByLibyaDay } from '@/lib/coverage-index';
import { formatDayHeading } from '@/lib/dates';
import { formatDayHeadingAr } from '@/lib/i18n/arabic-format';
import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';
import { liteIndexHref, litePath } from '@/lib/lite/lite-paths';
import type { PageInfo } from '@/lib/pagination';
import { DateTime } from './DateTime';

type Props = { articles: readonly Article[]; info: PageInfo; lang?: Lang };

/** The coverage index in the lite edition (either language): headlines under their Libya day, linking to lite articles. */
export function LiteIndex({ articles, info, lang = 'en' }: Props) {
  const ui = UI[lang];
  const [newer, older] = lang === 'ar' ? [`→ ${ui.previousPage}`, `${ui.nextPage} ←`] : [`← ${ui.previousPage}`, `${ui.nextPage} →`];
  return (
    <>
      <h1>{ui.coverageHeading}</h1>
      <p className="note">
        {ui.lite.indexNote}
        {info.totalPages > 1 ? ` ${ui.pageOf(info.page, info.totalPages)}` : ''}
      </p>
      {groupByLibyaDay(articles).map((group) => (
        <section key={group.day} aria-labelledby={`day-${group.day}`}>
          <h2 id={`day-${group.day}`}>
            <time dateTime={group.day}>{lang === 'ar' ? formatDayHeadingAr(group.date) : formatDayHeading(group.date)}</time>
          </h2>
          {group.articles.map((article) => (
            <div key={article.slug} className="story">
              <h3>
                <a href={litePath(article.path)}>{article.title}</a>
              </h3>
              <p>{article.dek}</p>
              <p className="meta">
                <DateTime date={article.published} style="datetime" lang={lang} />
              </p>
            </div>
          ))}
        </section>
      ))}
      {info.totalPages > 1 ? (
        <nav aria-label={ui.coveragePages}>
          {info.previous ? (
            <a href={liteIndexHref(info.previous, lang)} rel="prev">
              {newer}
            </a>
          ) : null}
          <span>{ui.pageOf(info.page, info.totalPages).replace(/\.$/, '')}</span>
          {info.next ? (
            <a href={liteIndexHref(info.next, lang)} rel="next">
              {older}
            </a>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
