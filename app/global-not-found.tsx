import type { Metadata } from 'next';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { site } from '@/lib/site';
import EnglishNotFound from './(en)/not-found';
import { serifItalic, serifLatin, serifLatinExtended } from './fonts';
import './globals.css';

/**
 * The 404 for addresses no route matches. The site has two root layouts
 * (app/(en)/layout.tsx and app/ar/layout.tsx, decision 0014), so Next needs
 * this page to stand on its own; /ar addresses get the Arabic 404 from
 * app/ar/[...missing] instead.
 */
export const metadata: Metadata = { title: `Page not found | ${site.name}`, robots: { index: false } };

export default function GlobalNotFound() {
  return (
    <html lang={site.language} className={`${serifLatin.variable} ${serifLatinExtended.variable} ${serifItalic.variable}`}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          <EnglishNotFound />
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
