import type { Metadata } from 'next';
import { CorrectionsLog } from '@/components/CorrectionsLog';
import { EditorialPage } from '@/components/EditorialPage';
import { JsonLd } from '@/components/JsonLd';
import { SiteLink } from '@/components/SiteLink';
import { getCorrectablePages } from '@/lib/content/store';
import { correctionsPage } from '@/lib/corrections';
import { CORRECTIONS_FEED_PATH, EDITORIAL_PAGES } from '@/lib/editorial-pages';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { FEED_ALTERNATES, pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

const page = EDITORIAL_PAGES.corrections;
const base = pageMetadata({
  title: page.title,
  description: `Every correction ${site.name} has made to a published story, newest first, each linked to the story it corrects.`,
  path: page.path,
});

export const metadata: Metadata = {
  ...base,
  alternates: {
    ...base.alternates,
    types: {
      ...FEED_ALTERNATES,
      'application/rss+xml': [
        ...FEED_ALTERNATES['application/rss+xml'],
        { url: CORRECTIONS_FEED_PATH, title: `${site.name}: corrections (RSS)` },
      ],
    },
  },
};

export default function CorrectionsPage() {
  const { page: first, total } = correctionsPage(getCorrectablePages())!;
  return (
    <>
      <JsonLd data={breadcrumbJsonLd([{ name: 'Home', path: '/' }, { name: page.title, path: page.path }])} />
      <EditorialPage
        title={page.title}
        intro={
          <>
            Every correction we have made to a published story or live page, newest first. Each is also
            shown at the foot of the story or live page it corrects. Why and how we correct is set out in our{' '}
            <SiteLink href={`${EDITORIAL_PAGES.standards.path}#corrections`}>standards</SiteLink>; follow new
            corrections by <a href={CORRECTIONS_FEED_PATH}>RSS</a>.
          </>
        }
      >
        <CorrectionsLog page={first} total={total} />
      </EditorialPage>
    </>
  );
}
