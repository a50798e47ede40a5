import type { Metadata } from 'next';
import { JsonLd } from '@/components/JsonLd';
import { TollSection } from '@/components/TollSection';
import { getPublishedArticles } from '@/lib/content/store';
import { latestReportsByMetric, TOLL_PAGE_POINTS, tollPoints } from '@/lib/figures/toll';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

export const metadata: Metadata = pageMetadata({
  title: 'The toll of the war in western Libya, as reported',
  description:
    'Every number our stories report on the killed, wounded and displaced, charted over time with who reported it. Disagreeing reports are shown side by side, never averaged.',
  path: '/libya/figures',
});

export default function FiguresPage() {
  const groups = latestReportsByMetric(tollPoints(getPublishedArticles()));
  return (
    <>
      <JsonLd
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: 'Libya coverage', path: '/libya' },
          { name: 'The toll', path: '/libya/figures' },
        ])}
      />
      <header className="page-header">
        <h1>The toll, as reported</h1>
        <p className="page-header__intro">
          Every number our stories report on the human cost of the war, by the date it refers to. Each point is one
          report, linked to the story that carried it. Counts by different sources, or of different things, are shown
          side by side and never averaged: read what each counts in the table.
        </p>
        <p className="page-header__facts">
          <a href="/libya/figures.csv" download>
            Download all the data (CSV)
          </a>
        </p>
      </header>
      {groups.length === 0 ? <p>No figures have been reported yet.</p> : null}
      {groups.map(({ metric, points, total }) => (
        <div key={metric}>
          <TollSection metric={metric} points={points} />
          {total > points.length ? (
            <p className="toll__more">
              Showing the latest {TOLL_PAGE_POINTS} of {total.toLocaleString('en')} reports; the{' '}
              <a href="/libya/figures.csv">CSV</a> has every one.
            </p>
          ) : null}
        </div>
      ))}
    </>
  );
}
