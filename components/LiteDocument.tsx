import { Fragment, type ReactNode } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';
import { liteRoot } from '@/lib/lite/lite-paths';
import { LITE_CSS } from '@/lib/lite/lite-styles';
import { absoluteUrl } from '@/lib/site';
import { LanguageSwitch } from './LanguageSwitch';

type Props = {
  /** Full title, as the `<title>` shows it. */
  title: string;
  description: string;
  /** Site path of the full page this lite page stands for: its canonical URL. */
  fullPath: string;
  /** The edition: Arabic pages are `lang="ar" dir="rtl"`, with the Arabic interface. */
  lang?: Lang;
  /** The same lite page in the other language, when there is one. */
  otherEdition?: string;
  children: ReactNode;
};

/**
 * A whole lite page: no scripts, no web fonts, no stylesheet request (the
 * CSS is inline), rendered to static HTML by a route handler. Its
 * canonical URL is the full page, and it links to it visibly.
 */
export function LiteDocument({ title, description, fullPath, lang = 'en', otherEdition, children }: Props) {
  const ui = UI[lang].lite;
  return (
    <html lang={lang} dir={lang === 'ar' ? 'rtl' : undefined}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={description} />
        <link rel="canonical" href={absoluteUrl(fullPath)} />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <meta name="theme-color" media="(prefers-color-scheme: light)" content="#fbfaf7" />
        <meta name="theme-color" media="(prefers-color-scheme: dark)" content="#16181b" />
        <style dangerouslySetInnerHTML={{ __html: LITE_CSS }} />
      </head>
      <body>
        <header>
          <a href={liteRoot(lang)}>{ui.name}</a>
          <a href={fullPath}>{ui.fullVersion}</a>
        </header>
        <main>
          {/* Above the page, as on the full pages: in the header it pushed "Full version" aside as it arrived. */}
          <LanguageSwitch lang={lang} href={otherEdition} />
          {children}
        </main>
        <footer>
          <p>
            {ui.about}{' '}
            {ui.footerLinks.map((link, index) => (
              <Fragment key={link.href}>
                {index > 0 ? ' · ' : null}
                <a href={link.href}>{link.label}</a>
              </Fragment>
            ))}
          </p>
        </footer>
      </body>
    </html>
  );
}
