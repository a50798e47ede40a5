import { FOOTER_GROUPS } from '@/lib/footer-links';
import { site } from '@/lib/site';
import { SiteLink } from './SiteLink';

/** On every page: sections, editorial pages and feeds, then the site's line. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <nav className="site-footer__nav" aria-label="Site">
          {FOOTER_GROUPS.map((group) => (
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
          {site.name}: {site.tagline}. Every article lists the reporting it rests on; times are Libya
          time (UTC+2).
        </p>
      </div>
    </footer>
  );
}
