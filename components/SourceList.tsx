import type { Source } from '@/lib/content/article';
import { SourceCitation } from './SourceCitation';
import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';
import { Stylesheet } from './Stylesheet';

/** The reporting an article rests on. */
export function SourceList({ sources, lang = 'en' }: { sources: readonly Source[]; lang?: Lang }) {
  return (
    <>
      <Stylesheet sheet="article" />
      <section className="sources" aria-labelledby="sources-heading">
        <h2 id="sources-heading">{UI[lang].sources}</h2>
        <ol>
          {sources.map((source, index) => (
            <li key={index}>
              <SourceCitation source={source} lang={lang} />
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
