import type { ReactNode } from 'react';
import type { Source } from '@/lib/content/article';
import { DateTime } from './DateTime';
import type { Lang } from '@/lib/i18n/lang';
import '@/app/styles/article.css';

/**
 * One source as cited: publisher, then its title (linked when there is a URL) or URL, then its date.
 * Citations stay in the language they were published in: on an Arabic page each part is isolated
 * (<bdi>) so an English title reads left to right inside the right-to-left list. The date is a
 * calendar day, machine-readable as one.
 */
export function SourceCitation({ source, lang = 'en' }: { source: Source; lang?: Lang }) {
  const comma = lang === 'ar' ? '، ' : ', ';
  const Publisher = lang === 'ar' ? 'bdi' : 'span';
  // An English page needs no wrapper round the title: each element costs bytes twice (HTML and RSC payload).
  const isolate = (part: ReactNode) => (lang === 'ar' ? <bdi>{part}</bdi> : part);
  const titled = source.title ? (source.url ? <a href={source.url}>{source.title}</a> : <cite>{source.title}</cite>) : undefined;
  const named = titled ?? (source.url ? <a href={source.url}>{source.url}</a> : undefined);
  return (
    <>
      <Publisher className="sources__publisher">{source.publisher}</Publisher>
      {named ? (
        <>
          {comma}
          {isolate(named)}
        </>
      ) : null}
      {source.date ? (
        <>
          {comma}
          <DateTime date={source.date} style="day" lang={lang} />
        </>
      ) : null}
    </>
  );
}
