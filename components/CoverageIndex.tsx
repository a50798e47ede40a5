import { coverageIndexHref, groupByLibyaDay } from '@/lib/coverage-index';
import type { Article } from '@/lib/content/article';
import { formatDayHeading } from '@/lib/dates';
import { liteIndexHref } from '@/lib/lite/lite-paths';
import type { PageInfo } from '@/lib/pagination';
import type { LivePage } from '@/lib/content/live-page';
import { LiveList } from './LiveList';
import { Pagination } from './Pagination';
import { StoryListItem } from './StoryListItem';
import { formatDayHeadingAr } from '@/lib/i18n/arabic-format';
import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';
import { LanguageSwitch } from './LanguageSwitch';

type Props = { articles: Article[]; info: PageInfo; live?: readonly LivePage[]; lang?: Lang };

/** The chronological Libya coverage, newest first, under day headings. */
export function CoverageIndex({ articles, info, live = [], lang = 'en' }: Props) {
  const ui = UI[lang];
  return (
    <>
      <header className="page-header">
        {/* The coverage index exists in both editions; its later pages may not. */}
        <LanguageSwitch lang={lang} href={info.page === 1 ? coverageIndexHref(1, lang === 'ar' ? 'en' : 'ar') : undefined} />
        <h1>{ui.coverageHeading}</h1>
        {lang === 'ar' ? (
          <p className="page-header__intro">
            {ui.coverageIntro}
            {info.totalPages > 1 ? ` ${ui.pageOf(info.page, info.totalPages)}` : ''}{' '}
            <a href={liteIndexHref(info.page, 'ar')}>{ui.lite.version}</a>
          </p>
        ) : (
        <p className="page-header__intro">
          Every story in our coverage of the war in western Libya, from Khalifa Hifter&rsquo;s
          offensive on Tripoli in April 2019 to the October 2020 ceasefire, newest first.
          {info.totalPages > 1 ? ` Page ${info.page} of ${info.totalPages}.` : ''}{' '}
          <a href={liteIndexHref(info.page)}>Lite version</a>
        </p>
        )}
      </header>
      {info.page === 1 ? <LiveList id="live-heading" pages={live} /> : null}
      {groupByLibyaDay(articles).map((group) => (
        <section key={group.day} className="day" aria-labelledby={`day-${group.day}`}>
          <h2 id={`day-${group.day}`} className="day__heading">
            <time dateTime={group.day}>{lang === 'ar' ? formatDayHeadingAr(group.date) : formatDayHeading(group.date)}</time>
          </h2>
          {group.articles.map((article) => (
            <StoryListItem key={article.slug} article={article} />
          ))}
        </section>
      ))}
      {lang === 'ar' ? (
        <Pagination info={info} hrefFor={(page) => coverageIndexHref(page, 'ar')} label={ui.coveragePages} previousText={`→ ${ui.previousPage}`} nextText={`${ui.nextPage} ←`} lang="ar" />
      ) : (
        <Pagination info={info} hrefFor={coverageIndexHref} label="Coverage pages" />
      )}
    </>
  );
}
