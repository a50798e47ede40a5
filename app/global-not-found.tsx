import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { Stylesheet, StyleRegistry } from '@/components/Stylesheet';
import { EDITION_HEADER } from '@/lib/i18n/edition';
import { UI } from '@/lib/i18n/ui-strings';
import { site } from '@/lib/site';
import EnglishNotFound from './(en)/not-found';
import ArabicNotFound from './ar/not-found';

/**
 * The 404 for every address that names nothing: no route matches it, or
 * proxy.ts found nothing published there and rewrote it here. The site has
 * two root layouts (app/(en)/layout.tsx, app/ar/layout.tsx: decision 0014),
 * so this page stands on its own, in the language of the address (the
 * edition header proxy.ts sets). Rendered per request, never cached.
 */
export async function generateMetadata(): Promise<Metadata> {
  const arabic = (await headers()).get(EDITION_HEADER) === 'ar';
  return { metadataBase: new URL(site.url), title: arabic ? `${UI.ar.notFoundTitle} | ${UI.ar.siteName}` : `Page not found | ${site.name}` };
}

export default async function GlobalNotFound() {
  const arabic = (await headers()).get(EDITION_HEADER) === 'ar';
  const lang = arabic ? 'ar' : 'en';
  // No web font here: a font loaded by this global page would be preloaded on every page of both
  // editions. The Arabic 404 falls back to the system's Arabic face (app/globals.css).
  return (
    <html lang={lang} dir={arabic ? 'rtl' : 'ltr'}>
      <body>
        <StyleRegistry>
          <Stylesheet sheet="globals" />
          {arabic ? <Stylesheet sheet="arabic" /> : null}
          <a className="skip-link" href="#main">
            {UI[lang].skipLink}
          </a>
          <SiteHeader lang={lang} />
          <main id="main" tabIndex={-1}>
            {arabic ? <ArabicNotFound /> : <EnglishNotFound />}
          </main>
          <SiteFooter lang={lang} />
        </StyleRegistry>
      </body>
    </html>
  );
}
