import { site } from '@/lib/site';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        {site.name}: {site.tagline}. Every article lists the reporting it rests on; times are Libya
        time (UTC+2).
      </p>
    </footer>
  );
}
