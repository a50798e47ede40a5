import type { Source } from '@/lib/content/article';
import { DateTime } from './DateTime';

/** One source as cited: publisher, then its title (linked when there is a URL) or URL, then its date. */
export function SourceCitation({ source }: { source: Source }) {
  return (
    <>
      <span className="sources__publisher">{source.publisher}</span>
      {source.title ? (
        <>
          {', '}
          {source.url ? <a href={source.url}>{source.title}</a> : <cite>{source.title}</cite>}
        </>
      ) : source.url ? (
        <>
          {', '}
          <a href={source.url}>{source.url}</a>
        </>
      ) : null}
      {source.date ? (
        <>
          {', '}
          <DateTime date={source.date} />
        </>
      ) : null}
    </>
  );
}
