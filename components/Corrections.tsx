import type { Correction } from '@/lib/content/article';
import { correctionAnchor } from '@/lib/corrections';
import { EDITORIAL_PAGES } from '@/lib/editorial-pages';
import { DateTime } from './DateTime';
import { SiteLink } from './SiteLink';

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
      <p className="corrections__policy">
        <SiteLink href={EDITORIAL_PAGES.corrections.path}>All corrections</SiteLink> ·{' '}
        <SiteLink href={`${EDITORIAL_PAGES.standards.path}#corrections`}>Our corrections policy</SiteLink>
      </p>
    </section>
  );
}
