import { SiteLink } from './SiteLink';
import type { PageInfo } from '@/lib/pagination';

type Props = { info: PageInfo; hrefFor: (page: number) => string; label: string };

export function Pagination({ info, hrefFor, label }: Props) {
  if (info.totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {info.previous ? (
        <SiteLink href={hrefFor(info.previous)} rel="prev">
          ← Newer stories
        </SiteLink>
      ) : null}
      <span className="pagination__status">
        Page {info.page} of {info.totalPages}
      </span>
      {info.next ? (
        <SiteLink href={hrefFor(info.next)} rel="next">
          Older stories →
        </SiteLink>
      ) : null}
    </nav>
  );
}
