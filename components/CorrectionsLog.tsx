import type { CorrectionEntry } from '@/lib/corrections';
import { DateTime } from './DateTime';
import { SiteLink } from './SiteLink';

/** Every correction, newest first, each linked to the correction on its story. */
export function CorrectionsLog({ entries }: { entries: readonly CorrectionEntry[] }) {
  if (entries.length === 0) {
    return <p className="corrections-log__empty">No corrections have been published.</p>;
  }
  return (
    <ol className="corrections-log" reversed>
      {entries.map((entry) => (
        <li key={`${entry.article.slug}#${entry.anchor}`} className="corrections-log__entry">
          <p className="corrections-log__story">
            <DateTime date={entry.date} />
            {': '}
            <SiteLink href={`${entry.article.path}#${entry.anchor}`}>{entry.article.title}</SiteLink>
          </p>
          <p className="corrections-log__text">{entry.text}</p>
        </li>
      ))}
    </ol>
  );
}
