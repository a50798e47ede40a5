import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { Stylesheet, StyleRegistry } from '@/components/Stylesheet';
import { FEED_ALTERNATES } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: `${site.name}: Libya war coverage`, template: `%s | ${site.name}` },
  description: site.tagline,
  applicationName: site.name,
  alternates: { types: FEED_ALTERNATES },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#16181b' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.language}>
      <body>
        <StyleRegistry>
          <Stylesheet sheet="globals" />
          <a className="skip-link" href="#main">
            Skip to content
          </a>
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </StyleRegistry>
      </body>
    </html>
  );
}
