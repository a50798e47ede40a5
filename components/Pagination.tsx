import { SiteLink } from './SiteLink';
import type { PageInfo } from '@/lib/pagination';
import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';

type Props = {
  info: PageInfo;
  hrefFor: (page: number) => string;
  label: string;
  /** Link texts; lists are newest first, so by default the previous page holds newer stories. */
  previousText?: string;
  nextText?: string;
  lang?: Lang;
};

export function Pagination({ info, hrefFor, label, previousText = '← Newer stories', nextText = 'Older stories →', lang = 'en' }: Props) {
  if (info.totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {info.previous ? (
        <SiteLink href={hrefFor(info.previous)} rel="prev">
          {previousText}
        </SiteLink>
      ) : null}
      <span className="pagination__status">
        {lang === 'ar' ? UI.ar.pageOf(info.page, info.totalPages).replace(/\.$/, '') : `Page ${info.page} of ${info.totalPages}`}
      </span>
      {info.next ? (
        <SiteLink href={hrefFor(info.next)} rel="next">
          {nextText}
        </SiteLink>
      ) : null}
    </nav>
  );
}
