import { groupByLibyaDay } from '@/lib/coverage-index';
import type { Article } from '@/lib/content/article';
import { formatDayHeading } from '@/lib/dates';
import { liteIndexHref } from '@/lib/lite/lite-paths';
import type { PageInfo } from '@/lib/pagination';
import type { LivePage } from '@/lib/content/live-page';
import { LiveList } from './LiveList';
import { Pagination } from './Pagination';
import { StoryListItem } from './StoryListItem';

export function coverageIndexHref(page: number): string {
  return page === 1 ? '/libya' : `/libya/page/${page}`;
}

type Props = { articles: Article[]; info: PageInfo; live?: readonly LivePage[] };

/** The chronological Libya coverage, newest first, under day headings. */
export function CoverageIndex({ articles, info, live = [] }: Props) {
  return (
    <>
      <header className="page-header">
        <h1>Libya: the war for Tripoli</h1>
        <p className="page-header__intro">
          Every story in our coverage of the war in western Libya, from Khalifa Hifter&rsquo;s
          offensive on Tripoli in April 2019 to the October 2020 ceasefire, newest first.
          {info.totalPages > 1 ? ` Page ${info.page} of ${info.totalPages}.` : ''}{' '}
          <a href={liteIndexHref(info.page)}>Lite version</a>
        </p>
      </header>
      {info.page === 1 ? <LiveList id="live-heading" pages={live} /> : null}
      {groupByLibyaDay(articles).map((group) => (
        <section key={group.day} className="day" aria-labelledby={`day-${group.day}`}>
          <h2 id={`day-${group.day}`} className="day__heading">
            <time dateTime={group.day}>{formatDayHeading(group.date)}</time>
          </h2>
          {group.articles.map((article) => (
            <StoryListItem key={article.slug} article={article} />
          ))}
        </section>
      ))}
      <Pagination info={info} hrefFor={coverageIndexHref} label="Coverage pages" />
    </>
  );
}
