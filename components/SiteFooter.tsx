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
            <section key={group.id} aria-labelledby={group.id}>
              <h2 id={group.id} className="site-footer__heading">
                {group.heading}
              </h2>
              <ul>
                {group.links.map((link) => (
                  <li key={link.href}>
                    {link.type ? (
                      <a href={link.href} type={link.type}>
                        {link.label}
                      </a>
                    ) : (
                      <SiteLink href={link.href}>{link.label}</SiteLink>
                    )}
                  </li>
                ))}
              </ul>
            </section>
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
