import type { Correction } from '@/lib/content/article';
import { correctionAnchor } from '@/lib/corrections';
import { EDITORIAL_PAGES } from '@/lib/editorial-pages';
import { DateTime } from './DateTime';
import { SiteLink } from './SiteLink';
import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';
import { Stylesheet } from './Stylesheet';

export function Corrections({ corrections, lang = 'en' }: { corrections: readonly Correction[]; lang?: Lang }) {
  if (corrections.length === 0) return null;
  const ui = UI[lang];
  return (
    <>
      <Stylesheet sheet="article" />
      <section className="corrections" aria-labelledby="corrections-heading">
        <h2 id="corrections-heading">{ui.corrections}</h2>
        {corrections.map((correction, index) => (
          <p key={index} id={correctionAnchor(index)}>
            <strong>
              {ui.correction}{lang === 'ar' ? '، ' : ', '}
              <DateTime date={correction.date} lang={lang} />:
            </strong>{' '}
            {correction.text}
          </p>
        ))}
        {lang === 'ar' ? null : (
        <p className="corrections__policy">
          <SiteLink href={EDITORIAL_PAGES.corrections.path}>All corrections</SiteLink> ·{' '}
          <SiteLink href={`${EDITORIAL_PAGES.standards.path}#corrections`}>Our corrections policy</SiteLink>
        </p>
        )}
      </section>
    </>
  );
}
