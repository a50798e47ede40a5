import type { Source } from '@/lib/content/article';
import { DateTime } from './DateTime';
import type { Lang } from '@/lib/i18n/lang';
import '@/app/styles/article.css';

/**
 * One source as cited: publisher, then its title (linked when there is a URL) or URL, then its date.
 * Citations stay in the language they were published in: on an Arabic page each part is isolated
 * (<bdi>) so an English title reads left to right inside the right-to-left list.
 */
export function SourceCitation({ source, lang = 'en' }: { source: Source; lang?: Lang }) {
  const comma = lang === 'ar' ? '، ' : ', ';
  const Isolate = lang === 'ar' ? 'bdi' : 'span';
  return (
    <>
      <Isolate className="sources__publisher">{source.publisher}</Isolate>
      {source.title ? (
        <>
          {comma}
          <Isolate>{source.url ? <a href={source.url}>{source.title}</a> : <cite>{source.title}</cite>}</Isolate>
        </>
      ) : source.url ? (
        <>
          {comma}
          <Isolate>
            <a href={source.url}>{source.url}</a>
          </Isolate>
        </>
      ) : null}
      {source.date ? (
        <>
          {comma}
          <DateTime date={source.date} lang={lang} />
        </>
      ) : null}
    </>
  );
}
