import type { LivePage } from '@/lib/content/live-page';
import type { LiveEntry } from '@/lib/content/live-page';
import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';
import { litePath } from '@/lib/lite/lite-paths';
import { entryAnchor, entryHref, keyEntries, liveEntriesPath, pinnedEntry } from '@/lib/live-coverage';
import type { Page } from '@/lib/pagination';
import { Corrections } from './Corrections';
import { DateTime } from './DateTime';
import { KeyEventText } from './LiveEntryParts';
import { LiveEntryView } from './LiveEntryView';
import { LiveStatus } from './LiveStatus';
import { FactBox } from './FactBox';
import { Pagination } from './Pagination';
import { SourceList } from './SourceList';
import { SiteLink } from './SiteLink';
import { Stylesheet } from './Stylesheet';

type Props = {
  page: LivePage;
  /** The entries this page shows, newest first. */
  entries: Page<LiveEntry>;
  /** Sanitized HTML: the summary and each entry's text by id. */
  html: { summary: string; entries: ReadonlyMap<string, string> };
  /** The edition: Arabic pages use the same component with Arabic interface text and dates. */
  lang?: Lang;
};

/**
 * A live page: headline and status, then (on the first page) what we know,
 * the key events and the pinned entry, then the entries, newest first, with
 * older ones on later pages; the first page ends with the figures,
 * corrections and sources, as an article does.
 */
export function LiveCoverage({ page, entries, html, lang = 'en' }: Props) {
  const ui = UI[lang].live;
  const first = entries.page === 1;
  const pinned = first ? pinnedEntry(page) : undefined;
  const keys = first ? keyEntries(page) : [];
  return (
    <>
      <Stylesheet sheet="live" />
      <Stylesheet sheet="article" />
      <article className="live">
        <header className="page-header live__header">
          <p className="kicker">{ui.kicker}</p>
          <h1>{page.title}</h1>
          <p className="page-header__intro">{page.dek}</p>
          <LiveStatus page={page} lang={lang} />
          <p className="story__meta">
            {ui.started}
            <DateTime date={page.published} style="datetime" lang={lang} />
            {entries.totalPages > 1 ? (lang === 'ar' ? `. ${UI.ar.pageOf(entries.page, entries.totalPages)}` : `. Page ${entries.page} of ${entries.totalPages}.`) : ''}
            {' · '}
            {/* A plain link: the lite page is a document of its own, not a route of the app. */}
            <a href={litePath(liveEntriesPath(page, entries.page))}>{UI[lang].lite.version}</a>
          </p>
        </header>
        {first ? (
          <section className="live__summary" aria-labelledby="what-we-know">
            <h2 id="what-we-know" className="section-heading">
              {ui.whatWeKnow}
            </h2>
            <div className="article__body" dangerouslySetInnerHTML={{ __html: html.summary }} />
          </section>
        ) : (
          <p className="more-link">
            <SiteLink href={liveEntriesPath(page)}>{ui.backToLatest}</SiteLink>
          </p>
        )}
        {keys.length > 0 ? (
          <nav className="live__key-events" aria-labelledby="key-events">
            <h2 id="key-events" className="section-heading">
              {ui.keyEvents}
            </h2>
            <ul>
              {keys.map((entry) => (
                <li key={entry.id}>
                  <a href={entryHref(page, entry)}>
                    <KeyEventText entry={entry} lang={lang} />
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {pinned ? (
          <section className="live__pinned" aria-labelledby="pinned-heading">
            <h2 id="pinned-heading" className="section-heading">
              {ui.pinned}
            </h2>
            <LiveEntryView entry={pinned} html={html.entries.get(pinned.id) ?? ''} href={entryHref(page, pinned)} anchored={false} lang={lang} />
          </section>
        ) : null}
        <section className="live__entries" aria-labelledby="updates-heading">
          <h2 id="updates-heading" className="section-heading">
            {first ? ui.latestUpdates : ui.earlierUpdates}
          </h2>
          {entries.items.map((entry) => (
            <LiveEntryView key={entry.id} entry={entry} html={html.entries.get(entry.id) ?? ''} href={`#${entryAnchor(entry)}`} anchored lang={lang} />
          ))}
        </section>
        <Pagination
          info={entries}
          hrefFor={(n) => liveEntriesPath(page, n)}
          label={ui.pagesLabel}
          previousText={ui.newer}
          nextText={ui.older}
          lang={lang}
        />
        {first ? <FactBox figures={page.figures} lang={lang} /> : null}
        {first ? <Corrections corrections={page.corrections} lang={lang} /> : null}
        {first && page.sources.length > 0 ? <SourceList sources={page.sources} lang={lang} /> : null}
      </article>
    </>
  );
}
