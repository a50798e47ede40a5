import type { Crumb } from '@/lib/breadcrumbs';
import { SiteLink } from './SiteLink';

/** The visible trail; the last step is the current page, not a link. */
export function Breadcrumb({ crumbs, label = 'Breadcrumb' }: { crumbs: readonly Crumb[]; label?: string }) {
  return (
    <nav className="breadcrumb" aria-label={label}>
      <ol>
        {crumbs.map((crumb, index) =>
          index === crumbs.length - 1 ? (
            <li key={crumb.path} aria-current="page">
              {crumb.name}
            </li>
          ) : (
            <li key={crumb.path}>
              <SiteLink href={crumb.path}>{crumb.name}</SiteLink>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
