'use client';
// Next requires error boundaries to be client components (the one
// exception to the no-client-code rule; see tests/unit/no-client-code.test.ts).
import { ErrorNotice } from '@/components/ErrorNotice';

/**
 * Replaces the root layout when the layout itself fails, so it brings its
 * own <html> and minimal inline styles (the site's stylesheet may be what
 * failed). It imports nothing from lib/ (lib/site.ts uses node:path,
 * which a client component cannot bundle), so the site's name is not shown.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong</title>
        <meta name="robots" content="noindex" />
      </head>
      <body style={{ fontFamily: 'Georgia, serif', maxWidth: '40rem', margin: '3rem auto', padding: '0 1rem', lineHeight: 1.5 }}>
        <main>
          <ErrorNotice digest={error.digest} />
        </main>
      </body>
    </html>
  );
}
