import type { Metadata } from 'next';
import { DateTime } from '@/components/DateTime';
import { JsonLd } from '@/components/JsonLd';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { LeadImage } from '@/components/LeadImage';
import { LiveList } from '@/components/LiveList';
import { SiteLink } from '@/components/SiteLink';
import { StorySection } from '@/components/StorySection';
import { TopStory } from '@/components/TopStory';
import { getPublishedArabicArticles, getPublishedArabicLivePages } from '@/lib/content/store';
import { frontPageSlots } from '@/lib/front-page';
import { entryName } from '@/lib/i18n/entry-name';
import { UI } from '@/lib/i18n/ui-strings';
import { imageDimensions } from '@/lib/images/image-dimensions';
import { arabicPageMetadata } from '@/lib/seo/arabic-metadata';
import { absoluteUrl, site } from '@/lib/site';
import { Stylesheet } from '@/components/Stylesheet';

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

export const metadata: Metadata = arabicPageMetadata({ description: UI.ar.tagline, path: '/ar', englishPath: '/' });

const TOP_STORIES = 3;

/** The Arabic edition's front page: the newest translated stories. */
export default function ArabicFrontPage() {
  const ui = UI.ar;
  const articles = getPublishedArabicArticles(new Date());
  const { lead, topStories, latest } = frontPageSlots(articles, TOP_STORIES, site.frontPageHeadlines + 1);
  const leadSize = lead?.image ? imageDimensions(lead.image.src) : undefined;
  return (
    <>
      <Stylesheet sheet="front-page" />
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'WebSite',
          name: ui.siteName,
          url: absoluteUrl('/ar'),
          inLanguage: 'ar',
          potentialAction: {
            '@type': 'SearchAction',
            target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl('/ar/search')}?q={search_term_string}` },
            'query-input': 'required name=search_term_string',
          },
        }}
      />
      <LanguageSwitch lang="ar" href="/" />
      <h1 className="visually-hidden">{`${ui.siteName}: ${ui.tagline}`}</h1>
      <div className="front">
        <LiveList id="live-heading" pages={getPublishedArabicLivePages(new Date())} lang="ar" />
        {lead ? (
          <article className="lead" aria-labelledby="lead-headline">
            <div className="lead__text">
              <p className="kicker">
                {ui.latest}
                {lead.dateline ? ` · ${entryName(lead.dateline, 'ar')}` : ''}
              </p>
              <h2 id="lead-headline" className="lead__headline">
                <SiteLink href={lead.path}>{lead.title}</SiteLink>
              </h2>
              <p className="lead__dek">{lead.dek}</p>
              <p className="story__meta">
                <DateTime date={lead.published} style="datetime" lang="ar" />
              </p>
            </div>
            <div className="lead__visual">
              {lead.image && leadSize ? <LeadImage image={lead.image} size={leadSize} sizes="(min-width: 60rem) 28rem, 100vw" lang="ar" /> : null}
            </div>
          </article>
        ) : (
          <p>لم تُنشر أي قصة بالعربية بعد.</p>
        )}
        {topStories.length > 0 ? (
          <section className="top-stories" aria-labelledby="top-stories-heading">
            <h2 id="top-stories-heading" className="visually-hidden">
              أبرز القصص
            </h2>
            {topStories.map((article) => (
              <TopStory key={article.slug} article={article} />
            ))}
          </section>
        ) : null}
        <div className="front__columns">
          <div className="front__main">
            <StorySection id="headlines-heading" heading={ui.latest} articles={latest} className="headlines" />
            <p className="more-link">
              <SiteLink href="/ar/libya">{`${ui.allCoverage}، يوماً بيوم ←`}</SiteLink>
            </p>
          </div>
        </div>
      </div>
    </>
  );
}
