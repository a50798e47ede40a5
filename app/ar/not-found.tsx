import type { Metadata } from 'next';
import { SiteLink } from '@/components/SiteLink';
import { UI } from '@/lib/i18n/ui-strings';

/** Next adds <meta name="robots" content="noindex"> to every 404 itself. */
export const metadata: Metadata = { title: UI.ar.notFoundTitle };

export default function ArabicNotFound() {
  const ui = UI.ar;
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">{ui.notFoundTitle}</h1>
      <p>{ui.notFoundText}</p>
      <ul>
        <li>
          <SiteLink href="/ar/libya">{ui.notFoundIndex}</SiteLink>
        </li>
        <li>
          <SiteLink href="/ar">{ui.notFoundHome}</SiteLink>
        </li>
      </ul>
    </section>
  );
}
