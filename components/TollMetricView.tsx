import { TOLL_LABELS, TOLL_OVERVIEW_PATH } from '@/lib/figures/toll';
import { tollBreadcrumbs, tollMetricMeta, type TollMetricPage } from '@/lib/figures/toll-pages';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { Breadcrumb } from './Breadcrumb';
import { JsonLd } from './JsonLd';
import { SiteLink } from './SiteLink';
import { TollSection } from './TollSection';
import { Stylesheet } from './Stylesheet';

/** A page of one metric's reports: trail, heading, what the page shows, the chart and table, the other pages. */
export function TollMetricView({ data }: { data: TollMetricPage }) {
  const crumbs = tollBreadcrumbs(data.metric, data.page.page);
  const { heading } = tollMetricMeta(data);
  const label = TOLL_LABELS[data.metric].title;
  return (
    <>
      <Stylesheet sheet="taxonomy" />
      <div className="toll-page">
        <JsonLd data={breadcrumbJsonLd(crumbs)} />
        <Breadcrumb crumbs={crumbs} />
        <header className="page-header">
          <h1>{heading}</h1>
          <p className="page-header__intro">
            {`${label}: ${data.page.page === 1 ? 'the newest reports' : 'older reports'} in our stories (${data.total.toLocaleString('en')} in all, numbered from the oldest), by the date each refers to, each linked to the story that carried it. Reports that disagree are shown side by side, never averaged.`}
          </p>
          <p className="page-header__facts">
            <SiteLink href={TOLL_OVERVIEW_PATH}>The toll: every measure</SiteLink>
            {' · '}
            <a href="/libya/figures.csv" download>
              Download every report (CSV)
            </a>
          </p>
        </header>
        <TollSection data={data} />
      </div>
    </>
  );
}
