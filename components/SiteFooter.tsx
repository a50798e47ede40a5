import { FOOTER_GROUPS, type FooterGroup } from '@/lib/footer-links';
import { ARABIC_LITE_ROOT } from '@/lib/lite/lite-paths';
import { site } from '@/lib/site';
import { SiteLink } from './SiteLink';
import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';

/** The Arabic edition's footer links: its sections, its lite edition and its own feeds. */
const ARABIC_FOOTER_GROUPS: readonly FooterGroup[] = [
  {
    id: 'footer-sections',
    heading: UI.ar.sectionsLabel,
    links: [{ href: '/ar', label: 'الصفحة الرئيسية' }, ...UI.ar.sections, { href: ARABIC_LITE_ROOT, label: UI.ar.lite.edition, plain: true }],
  },
  {
    id: 'footer-feeds',
    heading: UI.ar.feeds,
    links: [
      { href: '/ar/feed.xml', label: 'RSS', type: 'application/rss+xml' },
      { href: '/ar/atom.xml', label: 'Atom', type: 'application/atom+xml' },
      { href: '/ar/feed.json', label: 'JSON Feed', type: 'application/feed+json' },
    ],
  },
];

/** On every page: sections, editorial pages and feeds, then the site's line. */
export function SiteFooter({ lang = 'en' }: { lang?: Lang }) {
  const groups = lang === 'ar' ? ARABIC_FOOTER_GROUPS : FOOTER_GROUPS;
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <nav className="site-footer__nav" aria-label={lang === 'ar' ? 'الموقع' : 'Site'}>
          {groups.map((group) => (
            <div key={group.id} className="site-footer__group">
              {/* A label, not a heading: the footer should not add headings to every page's outline. */}
              <p id={group.id} className="site-footer__heading">
                {group.heading}
              </p>
              <ul aria-labelledby={group.id}>
                {group.links.map((link) => (
                  <li key={link.href}>
                    {link.type || link.plain ? (
                      <a href={link.href} type={link.type}>
                        {link.label}
                      </a>
                    ) : (
                      <SiteLink href={link.href}>{link.label}</SiteLink>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
        <p className="site-footer__line">
          {lang === 'ar' ? (
            <>
              {UI.ar.siteName}: {UI.ar.tagline}. {UI.ar.footerLine}
            </>
          ) : (
            <>
              {site.name}: {site.tagline}. Every article lists the reporting it rests on; times are Libya
              time (UTC+2).
            </>
          )}
        </p>
      </div>
    </footer>
  );
}
