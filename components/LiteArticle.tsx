import { getImageProps } from 'next/image';
import type { Article, Source } from '@/lib/content/article';
import { entryName } from '@/lib/i18n/entry-name';
import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';
import { ArticleBody } from './ArticleBody';
import { DateTime } from './DateTime';
import { LiteCorrections, LiteFigures, LiteSources } from './LiteSections';

/** The lead photo is not loaded in the lite edition: its caption links to a phone-sized copy. */
function photoHref(image: NonNullable<Article['image']>): string {
  return getImageProps({ src: image.src, alt: image.alt, width: 640, height: 480 }).props.src;
}

/** "A, B and C" in English, "أ، ب وج" in Arabic. */
function byline(article: Article, lang: Lang): string {
  const names = article.authors.map((author) => entryName(author, lang));
  const ui = UI[lang];
  return names.length > 1 ? `${names.slice(0, -1).join(lang === 'ar' ? '، ' : ', ')}${ui.and}${names.at(-1)}` : names[0]!;
}

type Props = { article: Article; bodyHtml: string; sources: readonly Source[]; scheduled: boolean; lang?: Lang };

/** An article in the lite edition (English, or its Arabic edition): everything the reporting says, nothing else. */
export function LiteArticle({ article, bodyHtml, sources, scheduled, lang = 'en' }: Props) {
  const ui = UI[lang];
  return (
    <article>
      {article.draft || scheduled ? (
        <p className="note" role="note">
          {ui.lite.notPublished(article.withdrawn ? 'withdrawn' : article.draft ? 'draft' : 'scheduled')}
        </p>
      ) : null}
      <h1>{article.title}</h1>
      <p className="dek">{article.dek}</p>
      <div className="meta">
        <p>
          {ui.by} {byline(article, lang)}
        </p>
        <p>
          {article.dateline ? (
            <span className="dateline">{lang === 'ar' ? entryName(article.dateline, lang) : article.dateline.name.toUpperCase()} · </span>
          ) : null}
          {ui.published} <DateTime date={article.published} style="datetime" lang={lang} />
          {article.updated ? (
            <>
              {' · '}
              {ui.updated} <DateTime date={article.updated} style="datetime" lang={lang} />
            </>
          ) : null}
        </p>
      </div>
      {article.image ? (
        <p className="note">
          {ui.lite.photo} <a href={photoHref(article.image)}>{article.image.caption ?? article.image.alt}</a> {ui.lite.credit}{' '}
          {article.image.credit}
        </p>
      ) : null}
      <ArticleBody html={bodyHtml} />
      <LiteFigures figures={article.figures} lang={lang} />
      <LiteCorrections corrections={article.corrections} lang={lang} />
      <LiteSources sources={sources} lang={lang} />
    </article>
  );
}
