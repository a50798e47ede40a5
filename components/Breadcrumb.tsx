import type { Crumb } from '@/lib/breadcrumbs';
import { SiteLink } from './SiteLink';

/**
 * The visible trail; the last step is the current page, not a link. `wide` lines it up with a
 * page wider than an article's column (a live page), decided here rather than by the page that
 * follows: a rule that looked at the later sibling moved the trail once that sibling arrived.
 */
export function Breadcrumb({ crumbs, label = 'Breadcrumb', wide = false }: { crumbs: readonly Crumb[]; label?: string; wide?: boolean }) {
  return (
    <nav className={wide ? 'breadcrumb breadcrumb--wide' : 'breadcrumb'} aria-label={label}>
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
