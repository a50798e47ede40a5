import { SiteLink } from '@/components/SiteLink';
import { DateTime } from '@/components/DateTime';
import { StorySection } from '@/components/StorySection';
import { LiveList } from '@/components/LiveList';
import { getPublishedArticles, getPublishedLivePages } from '@/lib/content/store';
import type { Metadata } from 'next';
import { JsonLd } from '@/components/JsonLd';
import { webSiteJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

export const metadata: Metadata = pageMetadata({ description: site.tagline, path: '/' });

export default function FrontPage() {
  const [lead, ...rest] = getPublishedArticles();
  const headlines = rest.slice(0, site.frontPageHeadlines);
  return (
    <>
      <JsonLd data={webSiteJsonLd()} />
      <h1 className="visually-hidden">{site.name}: Libya war coverage</h1>
      {lead ? (
        <article className="lead" aria-labelledby="lead-headline">
          <p className="kicker">Latest</p>
          <h2 id="lead-headline" className="lead__headline">
            <SiteLink href={lead.path}>{lead.title}</SiteLink>
          </h2>
          <p className="lead__dek">{lead.dek}</p>
          <p className="story__meta">
            <DateTime date={lead.published} style="datetime" />
          </p>
        </article>
      ) : (
        <p>No stories have been published yet.</p>
      )}
      <LiveList id="live-heading" pages={getPublishedLivePages()} />
      <StorySection id="headlines-heading" heading="More coverage" articles={headlines} className="headlines" />
      <p className="more-link">
        <SiteLink href="/libya">All Libya coverage, day by day →</SiteLink>
      </p>
    </>
  );
}
