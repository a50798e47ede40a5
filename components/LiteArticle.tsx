import { getImageProps } from 'next/image';
import type { Article, Source } from '@/lib/content/article';
import { correctionAnchor } from '@/lib/corrections';
import { EDITORIAL_PAGES } from '@/lib/editorial-pages';
import { ArticleBody } from './ArticleBody';
import { DateTime } from './DateTime';
import { figureHeadline } from '@/lib/figures/figure-text';
import { SourceCitation } from './SourceCitation';

/** The lead photo is not loaded in the lite edition: its caption links to a phone-sized copy. */
function photoHref(image: NonNullable<Article['image']>): string {
  return getImageProps({ src: image.src, alt: image.alt, width: 640, height: 480 }).props.src;
}

type Props = { article: Article; bodyHtml: string; sources: readonly Source[]; scheduled: boolean };

/** An article in the lite edition: everything the reporting says, nothing else. */
export function LiteArticle({ article, bodyHtml, sources, scheduled }: Props) {
  const names = article.authors.map((author) => author.name);
  const byline = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return (
    <article>
      {article.draft || scheduled ? (
        <p className="note" role="note">
          {article.withdrawn ? 'WITHDRAWN' : article.draft ? 'DRAFT' : 'SCHEDULED'}: not published. Visible only while developing.
        </p>
      ) : null}
      <h1>{article.title}</h1>
      <p className="dek">{article.dek}</p>
      <div className="meta">
        <p>By {byline}</p>
        <p>
          {article.dateline ? <span className="dateline">{article.dateline.name.toUpperCase()} · </span> : null}
          Published <DateTime date={article.published} style="datetime" />
          {article.updated ? (
            <>
              {' · '}Updated <DateTime date={article.updated} style="datetime" />
            </>
          ) : null}
        </p>
      </div>
      {article.image ? (
        <p className="note">
          Photo: <a href={photoHref(article.image)}>{article.image.caption ?? article.image.alt}</a> Credit:{' '}
          {article.image.credit}
        </p>
      ) : null}
      <ArticleBody html={bodyHtml} />
      {article.figures.length > 0 ? (
        <aside aria-labelledby="figures-heading">
          <h2 id="figures-heading">The figures</h2>
          <ul>
            {article.figures.map((figure, index) => (
              <li key={index}>
                <strong>{figureHeadline(figure)}</strong>
                <br />
                {figure.scope}. As of <DateTime date={figure.as_of} />. Source: {figure.reported_by}.
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
      {article.corrections.length > 0 ? (
        <section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">Corrections</h2>
          {article.corrections.map((correction, index) => (
            <p key={index} id={correctionAnchor(index)}>
              <strong>
                Correction, <DateTime date={correction.date} />:
              </strong>{' '}
              {correction.text}
            </p>
          ))}
          <p className="note">
            <a href={EDITORIAL_PAGES.corrections.path}>All corrections</a>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <ol>
          {sources.map((source, index) => (
            <li key={index}>
              <SourceCitation source={source} />
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
