import { site } from '@/lib/site';
import { SearchForm } from './SearchForm';
import { SiteLink } from './SiteLink';
import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';

const SECTIONS = [
  { href: '/libya', label: 'Libya coverage' },
  { href: '/libya/timeline', label: 'Timeline' },
  { href: '/libya/map', label: 'Map' },
  { href: '/libya/figures', label: 'The toll' },
  { href: '/topics', label: 'Topics' },
  { href: '/people', label: 'People' },
  { href: '/places', label: 'Places' },
];

export function SiteHeader({ lang = 'en' }: { lang?: Lang }) {
  const ui = UI[lang];
  const sections = lang === 'ar' ? ui.sections : SECTIONS;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <SiteLink href={lang === 'ar' ? '/ar' : '/'} className="site-header__name">
          {lang === 'ar' ? ui.siteName : site.name}
        </SiteLink>
        <SearchForm id="site-search" name={lang === 'ar' ? ui.searchLabel : 'Site search'} compact lang={lang} />
        <nav aria-label={ui.sectionsLabel} className="site-header__nav">
          <ul>
            {sections.map((section) => (
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
