import { SearchForm } from './SearchForm';
import { SiteLink } from './SiteLink';
import { site } from '@/lib/site';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <SiteLink href="/" className="site-header__name">
          {site.name}
        </SiteLink>
        <nav aria-label="Sections" className="site-header__nav">
          <ul>
            <li>
              <SiteLink href="/">Front page</SiteLink>
            </li>
            <li>
              <SiteLink href="/libya">Libya coverage</SiteLink>
            </li>
            <li>
              <SiteLink href="/libya/timeline">Timeline</SiteLink>
            </li>
            <li>
              <SiteLink href="/topics">Topics</SiteLink>
            </li>
            <li>
              <SiteLink href="/people">People</SiteLink>
            </li>
            <li>
              <SiteLink href="/places">Places</SiteLink>
            </li>
          </ul>
        </nav>
        <SearchForm id="site-search" name="Site search" />
      </div>
    </header>
  );
}
