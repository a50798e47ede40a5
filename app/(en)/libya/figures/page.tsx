import type { Metadata } from 'next';
import { JsonLd } from '@/components/JsonLd';
import { SiteLink } from '@/components/SiteLink';
import { TollSummary } from '@/components/TollSummary';
import { publishedToll } from '@/lib/content/store';
import { EDITORIAL_PAGES } from '@/lib/editorial-pages';
import { TOLL_OVERVIEW_PATH } from '@/lib/figures/toll';
import { tollBreadcrumbs, tollSummaries } from '@/lib/figures/toll-pages';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { Stylesheet } from '@/components/Stylesheet';

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

export const metadata: Metadata = pageMetadata({
  title: 'The toll of the war in western Libya, as reported',
  description: 'The latest reported numbers of killed, wounded and displaced in western Libya, with who reported them; every report charted.',
  path: TOLL_OVERVIEW_PATH,
});

export default function FiguresPage() {
  const summaries = tollSummaries(publishedToll().byMetric);
  return (
    <>
      <Stylesheet sheet="taxonomy" />
      <JsonLd data={breadcrumbJsonLd(tollBreadcrumbs())} />
      <header className="page-header">
        <h1>The toll, as reported</h1>
        <p className="page-header__intro">
          The latest numbers our stories report on the human cost of the war, with who reported them. Each measure has a
          page charting every report, linked to its story; reports that disagree are shown side by side, never averaged.{' '}
          <SiteLink href={EDITORIAL_PAGES.figures.path}>{EDITORIAL_PAGES.figures.label}</SiteLink>.
        </p>
        <p className="page-header__facts">
          <a href="/libya/figures.csv" download>
            Download every report (CSV)
          </a>
        </p>
      </header>
      {summaries.length === 0 ? <p>No figures have been reported yet.</p> : null}
      <div className="toll-overview">
        {summaries.map((summary) => (
          <TollSummary key={summary.metric} summary={summary} />
        ))}
      </div>
    </>
  );
}
