import type { Metadata } from 'next';
import { Timeline } from '@/components/Timeline';
import { publishedTimeline } from '@/lib/content/store';
import { pageMetadata } from '@/lib/seo/metadata';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { languageAlternates } from '@/lib/seo/language-alternates';

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

const base = pageMetadata({
  title: 'Timeline of the war in western Libya',
  description: 'The key events of the war for Tripoli, April 2019 to October 2020, oldest first, with our coverage of each.',
  path: '/libya/timeline',
});
export const metadata: Metadata = {
  ...base,
  alternates: { ...base.alternates, languages: languageAlternates({ en: '/libya/timeline', ar: '/ar/libya/timeline' }) },
};

export default function TimelinePage() {
  return (
    <>
      <header className="page-header">
        <LanguageSwitch lang="en" href="/ar/libya/timeline" />
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
