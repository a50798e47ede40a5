import type { TocEntry } from '@/lib/table-of-contents';
import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';
import { Stylesheet } from './Stylesheet';

/** "Contents": links to the article's sections (none for a short story). */
export function TableOfContents({ entries, lang = 'en' }: { entries: readonly TocEntry[]; lang?: Lang }) {
  if (entries.length === 0) return null;
  return (
    <>
      <Stylesheet sheet="article" />
      <nav className="toc" aria-labelledby="toc-heading">
        <h2 id="toc-heading" className="toc__heading">
          {UI[lang].contents}
        </h2>
        <ol>
          {entries.map((entry) => (
            <li key={entry.id}>
              <a href={`#${entry.id}`}>{entry.text}</a>
            </li>
          ))}
        </ol>
      </nav>
    </>
  );
}
