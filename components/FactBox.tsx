import type { Figure } from '@/lib/content/article';
import { isTollMetric, TOLL_LABELS, tollMetricPath } from '@/lib/figures/toll';
import { DateTime } from './DateTime';
import { SiteLink } from './SiteLink';
import { figureHeadlineIn } from '@/lib/i18n/arabic-format';
import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';
import { Stylesheet } from './Stylesheet';

/** The numbers an article reports, each with what it counts, when, and who said so. */
export function FactBox({ figures, lang = 'en' }: { figures: readonly Figure[]; lang?: Lang }) {
  if (figures.length === 0) return null;
  const ui = UI[lang];
  const charted = figures.map((figure) => figure.metric).find(isTollMetric);
  return (
    <>
      <Stylesheet sheet="article" />
      <aside className="fact-box" aria-labelledby="fact-box-heading">
        <h2 id="fact-box-heading">{ui.figures}</h2>
        <ul>
          {figures.map((figure, index) => (
            <li key={index}>
              <p className="fact-box__value">
                {figureHeadlineIn(figure, lang)}
              </p>
              {/* Whole strings, not pieces: each piece was a text node of its own in the HTML and the RSC payload. */}
              <p className="fact-box__detail">
                {`${figure.scope}. ${ui.asOf} `}
                <DateTime date={figure.as_of} lang={lang} />
                {`. ${ui.source}: ${figure.reported_by}.`}
              </p>
            </li>
          ))}
        </ul>
        {charted && lang === 'en' ? (
          <p className="fact-box__chart">
            <SiteLink href={tollMetricPath(charted)}>{TOLL_LABELS[charted].title}: every report, charted over time →</SiteLink>
          </p>
        ) : null}
      </aside>
    </>
  );
}
