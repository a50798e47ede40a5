import { CORRECTIONS_PAGE_SIZE, correctionsHref, type CorrectionEntry } from '@/lib/corrections';
import type { Page } from '@/lib/pagination';
import { DateTime } from './DateTime';
import { Pagination } from './Pagination';
import { SiteLink } from './SiteLink';
import { Stylesheet } from './Stylesheet';

/**
 * One page of the corrections, newest first, each linked to the correction
 * on its story; numbered from the oldest (1) across all pages.
 */
export function CorrectionsLog({ page, total }: { page: Page<CorrectionEntry>; total: number }) {
  if (total === 0) {
    return (
      <>
        <Stylesheet sheet="editorial" />
        <p className="corrections-log__empty">No corrections have been published.</p>
      </>
    );
  }
  return (
    <>
      <Stylesheet sheet="editorial" />
      <ol className="corrections-log" reversed start={total - (page.page - 1) * CORRECTIONS_PAGE_SIZE}>
        {page.items.map((entry) => (
          <li key={`${entry.article.slug}#${entry.anchor}`} className="corrections-log__entry">
            <p className="corrections-log__story">
              <DateTime date={entry.date} />
              {': '}
              <SiteLink href={`${entry.article.path}#${entry.anchor}`}>{entry.article.title}</SiteLink>
            </p>
            <p className="corrections-log__text">{entry.text}</p>
          </li>
        ))}
      </ol>
      <Pagination
        info={page}
        hrefFor={correctionsHref}
        label="Corrections pages"
        previousText="← Newer corrections"
        nextText="Older corrections →"
      />
    </>
  );
}
