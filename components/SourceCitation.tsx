import type { ReactNode } from 'react';
import type { Source } from '@/lib/content/article';
import { DateTime } from './DateTime';
import type { Lang } from '@/lib/i18n/lang';

/**
 * One source as cited: publisher, then its title (linked when there is a URL) or URL, then its date.
 * Citations stay in the language they were published in: on an Arabic page the publisher and the
 * title are isolated (<bdi>), so that an English one reads left to right inside the right-to-left
 * list, and the title comes after the date. The date is a calendar day,
 * machine-readable as one. Its styles (the `article` sheet) are named by the lists that hold it
 * (SourceList, LiveEntryView): the lite edition renders it too, with its own stylesheet.
 */
export function SourceCitation({ source, lang = 'en' }: { source: Source; lang?: Lang }) {
  const titled = source.title ? (source.url ? <a href={source.url}>{source.title}</a> : <cite>{source.title}</cite>) : undefined;
  const named = titled ?? (source.url ? <a href={source.url}>{source.url}</a> : undefined);
  const date = source.date ? <DateTime date={source.date} style="day" lang={lang} /> : undefined;
  if (lang === 'ar') {
    // Publisher and date first, then the title, which a list of sources puts on a line of its own
    // (app/styles/arabic.css): an English title wrapped inside a right-to-left line began at the
    // left end of the first line and read as broken.
    return (
      <>
        <bdi className="sources__publisher">{source.publisher}</bdi>
        {date ? <>، {date}</> : null}
        {named ? (
          <>
            {'، '}
            <bdi className="sources__title">{named}</bdi>
          </>
        ) : null}
      </>
    );
  }
  // An English page needs no wrapper round the title: each element costs bytes twice (HTML and RSC payload).
  return (
    <>
      <span className="sources__publisher">{source.publisher}</span>
      {named ? <>, {named}</> : null}
      {date ? <>, {date}</> : null}
    </>
  );
}
