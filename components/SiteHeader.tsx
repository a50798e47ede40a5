import { site } from '@/lib/site';
import { SearchForm } from './SearchForm';
import { SiteLink } from './SiteLink';

const SECTIONS = [
  { href: '/libya', label: 'Libya coverage' },
  { href: '/libya/timeline', label: 'Timeline' },
  { href: '/libya/map', label: 'Map' },
  { href: '/libya/figures', label: 'The toll' },
  { href: '/topics', label: 'Topics' },
  { href: '/people', label: 'People' },
  { href: '/places', label: 'Places' },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <SiteLink href="/" className="site-header__name">
          {site.name}
        </SiteLink>
        <SearchForm id="site-search" name="Site search" compact />
        <nav aria-label="Sections" className="site-header__nav">
          <ul>
            {SECTIONS.map((section) => (
              <li key={section.href}>
                <SiteLink href={section.href}>{section.label}</SiteLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
