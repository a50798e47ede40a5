import type { Article } from '@/lib/content/article';
import type { LivePage } from '@/lib/content/live-page';
import { groupByLibyaDay } from '@/lib/coverage-index';
import { formatDayHeading } from '@/lib/dates';
import { formatDayHeadingAr } from '@/lib/i18n/arabic-format';
import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';
import { liteIndexHref, litePath } from '@/lib/lite/lite-paths';
import type { PageInfo } from '@/lib/pagination';
import { DateTime } from './DateTime';
import { LiteLiveStatus } from './LiteLive';
import { LitePagination } from './LiteSections';

type Props = { articles: readonly Article[]; info: PageInfo; live?: readonly LivePage[]; lang?: Lang };

/**
 * The coverage index in the lite edition (either language): on its first page the live pages,
 * then headlines under their Libya day, linking to lite articles.
 */
export function LiteIndex({ articles, info, live = [], lang = 'en' }: Props) {
  const ui = UI[lang];
  const [newer, older] = lang === 'ar' ? [`→ ${ui.previousPage}`, `${ui.nextPage} ←`] : [`← ${ui.previousPage}`, `${ui.nextPage} →`];
  return (
    <>
      <h1>{ui.coverageHeading}</h1>
      <p className="note">
        {ui.lite.indexNote}
        {info.totalPages > 1 ? ` ${ui.pageOf(info.page, info.totalPages)}` : ''}
      </p>
      {info.page === 1 && live.length > 0 ? (
        <section aria-labelledby="live-heading">
          <h2 id="live-heading">{ui.live.listHeading}</h2>
          {live.map((page) => (
            <div key={page.slug} className="live-story">
              <h3>
                <a href={litePath(page.path)}>{page.title}</a>
              </h3>
              <p>{page.dek}</p>
              <p className="meta">
                <LiteLiveStatus page={page} lang={lang} />
              </p>
            </div>
          ))}
        </section>
      ) : null}
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
      <LitePagination info={info} hrefFor={(page) => liteIndexHref(page, lang)} label={ui.coveragePages} newer={newer} older={older} lang={lang} />
    </>
  );
}
