import type { Correction, Figure, Source } from '@/lib/content/article';
import { correctionAnchor } from '@/lib/corrections';
import { EDITORIAL_PAGES } from '@/lib/editorial-pages';
import { figureHeadlineIn } from '@/lib/i18n/arabic-format';
import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';
import type { PageInfo } from '@/lib/pagination';
import { DateTime } from './DateTime';
import { SourceCitation } from './SourceCitation';

/**
 * The parts of a story the lite edition shows after its text, for articles and live pages alike
 * (plain function components: the lite edition renders them to static HTML, decision 0013).
 */
export function LiteFigures({ figures, lang }: { figures: readonly Figure[]; lang: Lang }) {
  if (figures.length === 0) return null;
  const ui = UI[lang];
  return (
    <aside aria-labelledby="figures-heading">
      <h2 id="figures-heading">{ui.figures}</h2>
      <ul>
        {figures.map((figure, index) => (
          <li key={index}>
            <strong>{figureHeadlineIn(figure, lang)}</strong>
            <br />
            {`${figure.scope}. ${ui.asOf} `}
            <DateTime date={figure.as_of} lang={lang} />
            {`. ${ui.source}: ${figure.reported_by}.`}
          </li>
        ))}
      </ul>
    </aside>
  );
}

export function LiteCorrections({ corrections, lang }: { corrections: readonly Correction[]; lang: Lang }) {
  if (corrections.length === 0) return null;
  const ui = UI[lang];
  return (
    <section aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">{ui.corrections}</h2>
      {corrections.map((correction, index) => (
        <p key={index} id={correctionAnchor(index)}>
          <strong>
            {ui.correction}
            {lang === 'ar' ? '، ' : ', '}
            <DateTime date={correction.date} lang={lang} />:
          </strong>{' '}
          {correction.text}
        </p>
      ))}
      {/* The corrections log is an English page, as on the full Arabic edition. */}
      {lang === 'en' ? (
        <p className="note">
          <a href={EDITORIAL_PAGES.corrections.path}>All corrections</a>
        </p>
      ) : null}
    </section>
  );
}

export function LiteSources({ sources, lang }: { sources: readonly Source[]; lang: Lang }) {
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{UI[lang].sources}</h2>
      <ol>
        {sources.map((source, index) => (
          <li key={index}>
            <SourceCitation source={source} lang={lang} />
          </li>
        ))}
      </ol>
    </section>
  );
}

type PaginationProps = {
  info: PageInfo;
  hrefFor: (page: number) => string;
  /** The navigation's accessible name. */
  label: string;
  /** Link texts, arrows included, for the newer and the older page. */
  newer: string;
  older: string;
  lang: Lang;
};

/** Newer / "Page n of m" / older, for a lite list of stories or of a live page's entries. */
export function LitePagination({ info, hrefFor, label, newer, older, lang }: PaginationProps) {
  if (info.totalPages <= 1) return null;
  return (
    <nav aria-label={label}>
      {info.previous ? (
        <a href={hrefFor(info.previous)} rel="prev">
          {newer}
        </a>
      ) : null}
      <span>{UI[lang].pageOf(info.page, info.totalPages).replace(/\.$/, '')}</span>
      {info.next ? (
        <a href={hrefFor(info.next)} rel="next">
          {older}
        </a>
      ) : null}
    </nav>
  );
}
