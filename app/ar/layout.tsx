import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { Stylesheet, StyleRegistry } from '@/components/Stylesheet';
import { ARABIC_FEED_ALTERNATES } from '@/lib/seo/arabic-metadata';
import { UI } from '@/lib/i18n/ui-strings';
import { site } from '@/lib/site';
// After the stylesheets: imported earlier, Turbopack put the font rules in one CSS chunk with the
// search form's styles, and English pages carried them.
import { naskhBold, naskhRegular } from '../fonts-arabic';

/**
 * The Arabic edition's root layout (decision 0014): its own <html lang="ar"
 * dir="rtl">, the Arabic font, and the same stylesheet, which uses logical
 * properties only and so mirrors under dir="rtl".
 */
export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: UI.ar.siteName, template: `%s | ${UI.ar.siteName}` },
  description: UI.ar.tagline,
  applicationName: UI.ar.siteName,
  alternates: { types: ARABIC_FEED_ALTERNATES },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#16181b' },
  ],
};

export default function ArabicLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ar" dir="rtl" className={`${naskhRegular.variable} ${naskhBold.variable}`}>
      <body>
        <StyleRegistry>
          <Stylesheet sheet="globals" />
          <Stylesheet sheet="arabic" />
          <a className="skip-link" href="#main">
            {UI.ar.skipLink}
          </a>
          <SiteHeader lang="ar" />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter lang="ar" />
        </StyleRegistry>
      </body>
    </html>
  );
}
