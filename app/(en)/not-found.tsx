import type { Metadata } from 'next';
import { SiteLink } from '@/components/SiteLink';

/** Next adds <meta name="robots" content="noindex"> to every 404 itself. */
export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <section className="not-found" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">We couldn&rsquo;t find that page</h1>
      <p>
        The address may be mistyped, or the story may have moved. Everything we have published is
        listed in our coverage index.
      </p>
      <ul>
        <li>
          <SiteLink href="/libya">Browse all Libya coverage, newest first</SiteLink>
        </li>
        <li>
          <SiteLink href="/">Go to the front page</SiteLink>
        </li>
      </ul>
    </section>
  );
}
