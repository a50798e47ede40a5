import type { Correction } from '@/lib/content/article';
import { correctionAnchor } from '@/lib/corrections';
import { DateTime } from './DateTime';

export function Corrections({ corrections }: { corrections: readonly Correction[] }) {
  if (corrections.length === 0) return null;
  return (
    <section className="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">Corrections</h2>
      {corrections.map((correction, index) => (
        <p key={index} id={correctionAnchor(index)}>
          <strong>
            Correction, <DateTime date={correction.date} />:
          </strong>{' '}
          {correction.text}
        </p>
      ))}
    </section>
  );
}
