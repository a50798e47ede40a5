import type { LiveEntry } from '@/lib/content/live-page';
import type { Lang } from '@/lib/i18n/lang';
import { entryHeadline } from '@/lib/live-coverage';
import { DateTime } from './DateTime';
import { SourceCitation } from './SourceCitation';

/**
 * Pieces of a live page that the full page and its lite edition write alike (plain function
 * components: the lite edition renders them to static HTML, decision 0013).
 */

/** A key event's link text: its time and headline. */
export function KeyEventText({ entry, lang }: { entry: LiveEntry; lang: Lang }) {
  return (
    <>
      <DateTime date={entry.time} style="datetime" lang={lang} />
      {lang === 'ar' ? '، ' : ': '}
      {entryHeadline(entry)}
    </>
  );
}

/** An entry's sources, one after another. */
export function EntrySources({ entry, lang }: { entry: LiveEntry; lang: Lang }) {
  return entry.sources.map((source, index) => (
    <span key={index}>
      {index > 0 ? (lang === 'ar' ? '؛ ' : '; ') : ''}
      <SourceCitation source={source} lang={lang} />
    </span>
  ));
}
