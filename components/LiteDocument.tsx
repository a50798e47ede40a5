import type { ReactNode } from 'react';
import { LITE_ROOT } from '@/lib/lite/lite-paths';
import { LITE_CSS } from '@/lib/lite/lite-styles';
import { absoluteUrl, site } from '@/lib/site';

type Props = {
  /** Full title, as the `<title>` shows it. */
  title: string;
  description: string;
  /** Site path of the full page this lite page stands for: its canonical URL. */
  fullPath: string;
  children: ReactNode;
};

/**
 * A whole lite page: no scripts, no web fonts, no stylesheet request (the
 * CSS is inline), rendered to static HTML by a route handler. Its
 * canonical URL is the full page, and it links to it visibly.
 */
export function LiteDocument({ title, description, fullPath, children }: Props) {
  return (
    <html lang={site.language}>
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
          <a href={LITE_ROOT}>{site.name} lite</a>
          <a href={fullPath}>Full version</a>
        </header>
        <main>{children}</main>
        <footer>
          <p>
            {site.name} lite: the same reporting as plain text for slow and metered connections, with no scripts, fonts
            or photos. Times are Libya time (UTC+2). <a href="/">Full site</a> · <a href="/corrections">Corrections</a> ·{' '}
            <a href="/standards">Editorial standards</a>
          </p>
        </footer>
      </body>
    </html>
  );
}
