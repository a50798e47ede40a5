import type { Metadata } from 'next';
import { Timeline } from '@/components/Timeline';
import { publishedTimeline } from '@/lib/content/store';
import { pageMetadata } from '@/lib/seo/metadata';

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

export const metadata: Metadata = pageMetadata({
  title: 'Timeline of the war in western Libya',
  description: 'The key events of the war for Tripoli, April 2019 to October 2020, oldest first, with our coverage of each.',
  path: '/libya/timeline',
});

export default function TimelinePage() {
  return (
    <>
      <header className="page-header">
        <h1>Timeline: the war in western Libya</h1>
        <p className="page-header__intro">
          The turning points from Khalifa Hifter&rsquo;s offensive on Tripoli in April 2019 to the
          nationwide ceasefire signed in Geneva in October 2020, oldest first.
        </p>
      </header>
      <Timeline events={publishedTimeline()} />
    </>
  );
}
