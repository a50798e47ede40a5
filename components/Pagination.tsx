import { SiteLink } from './SiteLink';
import type { PageInfo } from '@/lib/pagination';

type Props = {
  info: PageInfo;
  hrefFor: (page: number) => string;
  label: string;
  /** Link texts; lists are newest first, so by default the previous page holds newer stories. */
  previousText?: string;
  nextText?: string;
};

export function Pagination({ info, hrefFor, label, previousText = '← Newer stories', nextText = 'Older stories →' }: Props) {
  if (info.totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {info.previous ? (
        <SiteLink href={hrefFor(info.previous)} rel="prev">
          {previousText}
        </SiteLink>
      ) : null}
      <span className="pagination__status">
        Page {info.page} of {info.totalPages}
      </span>
      {info.next ? (
        <SiteLink href={hrefFor(info.next)} rel="next">
          {nextText}
        </SiteLink>
      ) : null}
    </nav>
  );
}
