import type { Source } from '@/lib/content/article';
import { SourceCitation } from './SourceCitation';

/** The reporting an article rests on. */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ol>
        {sources.map((source, index) => (
          <li key={index}>
            <SourceCitation source={source} />
          </li>
        ))}
      </ol>
    </section>
  );
}
