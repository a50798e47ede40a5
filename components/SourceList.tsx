import type { Source } from '@/lib/content/article';
import { DateTime } from './DateTime';

/** The reporting an article rests on. */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ol>
        {sources.map((source, index) => (
          <li key={index}>
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
          </li>
        ))}
      </ol>
    </section>
  );
}
