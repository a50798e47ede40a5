import type { LiveEntry, LivePage } from '@/lib/content/live-page';
import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';
import { litePath } from '@/lib/lite/lite-paths';
import { entryAnchor, entryHref, keyEntries, lastUpdated, liveEntriesPath, pinnedEntry } from '@/lib/live-coverage';
import type { Page } from '@/lib/pagination';
import { ArticleBody } from './ArticleBody';
import { DateTime } from './DateTime';
import { LiteCorrections, LiteFigures, LitePagination, LiteSources } from './LiteSections';
import { EntrySources, KeyEventText } from './LiveEntryParts';

type Props = {
  page: LivePage;
  /** The entries this page shows, newest first. */
  entries: Page<LiveEntry>;
  /** Sanitized HTML: the summary and each entry's text by id (lib/content/live-body.ts). */
  html: { summary: string; entries: ReadonlyMap<string, string> };
  lang?: Lang;
};

/** Whether the page is live or over, and when it was last updated. */
export function LiteLiveStatus({ page, lang = 'en' }: { page: LivePage; lang?: Lang }) {
  const ui = UI[lang].live;
  const live = page.status === 'live';
  return (
    <>
      <strong>{live ? ui.liveLabel : ui.endedLabel}</strong> · {live ? ui.lastUpdated : ui.endedLastUpdated}
      <DateTime date={lastUpdated(page)} style="datetime" lang={lang} />
    </>
  );
}

/**
 * A live page in the lite edition, in either language: what the full page says (what we know,
 * key events, the pinned entry, the entries newest first with older ones on later pages, then
 * figures, corrections and sources on the first page), as plain text with no script.
 */
export function LiteLive({ page, entries, html, lang = 'en' }: Props) {
  const ui = UI[lang].live;
  const first = entries.page === 1;
  const pinned = first ? pinnedEntry(page) : undefined;
  const keys = first ? keyEntries(page) : [];
  return (
    <article>
      <p className="note">{ui.kicker}</p>
      <h1>{page.title}</h1>
      <p className="dek">{page.dek}</p>
      <div className="meta">
        <p>
          <LiteLiveStatus page={page} lang={lang} />
        </p>
        <p>
          {ui.started}
          <DateTime date={page.published} style="datetime" lang={lang} />
          {entries.totalPages > 1 ? `. ${UI[lang].pageOf(entries.page, entries.totalPages)}` : ''}
        </p>
      </div>
      {first ? (
        <section aria-labelledby="what-we-know">
          <h2 id="what-we-know">{ui.whatWeKnow}</h2>
          <ArticleBody html={html.summary} />
        </section>
      ) : (
        <p className="note">
          <a href={litePath(liveEntriesPath(page))}>{ui.backToLatest}</a>
        </p>
      )}
      {keys.length > 0 ? (
        <section aria-labelledby="key-events">
          <h2 id="key-events">{ui.keyEvents}</h2>
          <ul>
            {keys.map((entry) => (
              <li key={entry.id}>
                <a href={litePath(entryHref(page, entry))}>
                  <KeyEventText entry={entry} lang={lang} />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {pinned ? (
        <section aria-labelledby="pinned-heading">
          <h2 id="pinned-heading">{ui.pinned}</h2>
          <LiteEntry entry={pinned} html={html.entries.get(pinned.id) ?? ''} href={litePath(entryHref(page, pinned))} anchored={false} lang={lang} />
        </section>
      ) : null}
      <section aria-labelledby="updates-heading">
        <h2 id="updates-heading">{first ? ui.latestUpdates : ui.earlierUpdates}</h2>
        {entries.items.map((entry) => (
          <LiteEntry key={entry.id} entry={entry} html={html.entries.get(entry.id) ?? ''} href={`#${entryAnchor(entry)}`} anchored lang={lang} />
        ))}
      </section>
      <LitePagination
        info={entries}
        hrefFor={(n) => litePath(liveEntriesPath(page, n))}
        label={ui.pagesLabel}
        newer={ui.newer}
        older={ui.older}
        lang={lang}
      />
      {first ? (
        <>
          <LiteFigures figures={page.figures} lang={lang} />
          <LiteCorrections corrections={page.corrections} lang={lang} />
          {page.sources.length > 0 ? <LiteSources sources={page.sources} lang={lang} /> : null}
        </>
      ) : null}
    </article>
  );
}

type EntryProps = { entry: LiveEntry; html: string; href: string; anchored: boolean; lang: Lang };

/** One entry: its time (a permalink), title, text and sources. The pinned copy carries no id. */
function LiteEntry({ entry, html, href, anchored, lang }: EntryProps) {
  const ui = UI[lang].live;
  return (
    <div className="entry" id={anchored ? entryAnchor(entry) : undefined}>
      <p className="meta">
        <a href={href}>
          <DateTime date={entry.time} style="datetime" lang={lang} />
        </a>
        {entry.key ? ` · ${ui.keyEvent}` : null}
      </p>
      {entry.title ? <h3>{entry.title}</h3> : null}
      <ArticleBody html={html} />
      <p className="meta">
        {ui.entrySources}
        <EntrySources entry={entry} lang={lang} />
      </p>
    </div>
  );
}
