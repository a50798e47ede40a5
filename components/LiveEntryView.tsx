import type { LiveEntry } from '@/lib/content/live-page';
import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';
import { entryAnchor } from '@/lib/live-coverage';
import { DateTime } from './DateTime';
import { EntrySources } from './LiveEntryParts';
import { Stylesheet } from './Stylesheet';

type Props = {
  entry: LiveEntry;
  /** Sanitized HTML of the entry's text (lib/content/live-body.ts). */
  html: string;
  /** Where the entry lives: its own anchor in the stream, or its permalink for the pinned copy. */
  href: string;
  /** The stream's copy carries the entry's id; the pinned copy above it does not. */
  anchored: boolean;
  lang?: Lang;
};

/** One entry of a live page: its time (a permalink), title, text and sources. */
export function LiveEntryView({ entry, html, href, anchored, lang = 'en' }: Props) {
  const ui = UI[lang].live;
  const headingId = anchored ? `${entryAnchor(entry)}-heading` : undefined;
  return (
    <>
      <Stylesheet sheet="live" />
      <Stylesheet sheet="article" />
      <article
        className={`live-entry${entry.key ? ' live-entry--key' : ''}`}
        id={anchored ? entryAnchor(entry) : undefined}
        aria-labelledby={entry.title && headingId ? headingId : undefined}
      >
        <p className="live-entry__time">
          <a href={href}>
            <DateTime date={entry.time} style="datetime" lang={lang} />
          </a>
          {entry.key ? <span className="live-entry__flag">{ui.keyEvent}</span> : null}
        </p>
        {entry.title ? (
          <h3 className="live-entry__title" id={headingId}>
            {entry.title}
          </h3>
        ) : null}
        <div className="live-entry__body" dangerouslySetInnerHTML={{ __html: html }} />
        <p className="live-entry__sources">
          <span className="live-entry__sources-label">{ui.entrySources}</span>
          <EntrySources entry={entry} lang={lang} />
        </p>
      </article>
    </>
  );
}
