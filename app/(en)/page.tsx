import { LiveList } from '@/components/LiveList';
import type { Metadata } from 'next';
import { DateTime } from '@/components/DateTime';
import { JsonLd } from '@/components/JsonLd';
import { KeyFigures } from '@/components/KeyFigures';
import { LeadImage } from '@/components/LeadImage';
import { LocatorMap } from '@/components/LocatorMap';
import { SiteLink } from '@/components/SiteLink';
import { StorySection } from '@/components/StorySection';
import { TimelineTeaser } from '@/components/TimelineTeaser';
import { TopStory } from '@/components/TopStory';
import { getPublishedArticles, getPublishedLivePages, publishedTimeline, publishedToll } from '@/lib/content/store';
import { tollSummaries } from '@/lib/figures/toll-pages';
import { frontPageSlots } from '@/lib/front-page';
import { imageDimensions } from '@/lib/images/image-dimensions';
import { articleMap } from '@/lib/maps/place-map';
import { webSiteJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { languageAlternates } from '@/lib/seo/language-alternates';
import { Stylesheet } from '@/components/Stylesheet';

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

const base = pageMetadata({ description: site.tagline, path: '/' });
export const metadata: Metadata = { ...base, alternates: { ...base.alternates, languages: languageAlternates({ en: '/', ar: '/ar' }) } };

const TOP_STORIES = 3;
const TIMELINE_TEASER = 4;

export default function FrontPage() {
  const now = new Date();
  const articles = getPublishedArticles(now);
  const { lead, topStories, latest } = frontPageSlots(articles, TOP_STORIES, site.frontPageHeadlines + 1);
  const leadSize = lead?.image ? imageDimensions(lead.image.src) : undefined;
  const leadMap = lead && !leadSize ? articleMap(lead) : undefined;
  return (
    <>
      <Stylesheet sheet="front-page" />
      <JsonLd data={webSiteJsonLd()} />
      <LanguageSwitch lang="en" href="/ar" />
      <h1 className="visually-hidden">{site.name}: Libya war coverage</h1>
      <div className="front">
        <LiveList id="live-heading" pages={getPublishedLivePages()} />
        {lead ? (
          <article className="lead" aria-labelledby="lead-headline">
            <div className="lead__text">
              <p className="kicker">Latest{lead.dateline ? ` · ${lead.dateline.name}` : ''}</p>
              <h2 id="lead-headline" className="lead__headline">
                <SiteLink href={lead.path}>{lead.title}</SiteLink>
              </h2>
              <p className="lead__dek">{lead.dek}</p>
              <p className="story__meta">
                <DateTime date={lead.published} style="datetime" />
              </p>
            </div>
            <div className="lead__visual">
              {lead.image && leadSize ? <LeadImage image={lead.image} size={leadSize} sizes="(min-width: 60rem) 28rem, 100vw" /> : null}
              {leadMap ? (
                <LocatorMap map={leadMap} places={lead.places} dateline={lead.dateline} id="lead-map" heading="Where it happened" />
              ) : null}
            </div>
          </article>
        ) : (
          <p>No stories have been published yet.</p>
        )}
        <KeyFigures summaries={tollSummaries(publishedToll(now).byMetric)} />
        {topStories.length > 0 ? (
          <section className="top-stories" aria-labelledby="top-stories-heading">
            <h2 id="top-stories-heading" className="visually-hidden">
              Top stories
            </h2>
            {topStories.map((article) => (
              <TopStory key={article.slug} article={article} />
            ))}
          </section>
        ) : null}
        <div className="front__columns">
          <div className="front__main">
            <StorySection id="headlines-heading" heading="Latest" articles={latest} className="headlines" />
            <p className="more-link">
              <SiteLink href="/libya">All Libya coverage, day by day →</SiteLink>
            </p>
          </div>
          <aside className="front__aside" aria-label="The war at a glance">
            <TimelineTeaser events={publishedTimeline(now).slice(-TIMELINE_TEASER).reverse()} />
            <p className="more-link">
              <SiteLink href="/libya/map">Map of our coverage →</SiteLink>
            </p>
          </aside>
        </div>
      </div>
    </>
  );
}
