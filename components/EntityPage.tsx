import type { ReactNode } from 'react';
import type { Article } from '@/lib/content/article';
import type { PageInfo } from '@/lib/pagination';
import type { Author } from '@/lib/content/registries';
import { breadcrumbJsonLd, profilePageJsonLd } from '@/lib/seo/json-ld';
import { entityPagePath, entityPath, TAXONOMIES, type TaxonomyEntry, type TaxonomyKind } from '@/lib/taxonomy';
import { JsonLd } from './JsonLd';
import { Pagination } from './Pagination';
import { SiteLink } from './SiteLink';
import { StoryListItem } from './StoryListItem';
import { LanguageSwitch } from './LanguageSwitch';
import { arabicEntityPath } from '@/lib/i18n/arabic-taxonomy';
import { Stylesheet } from './Stylesheet';

type Props = {
  kind: TaxonomyKind;
  entry: TaxonomyEntry;
  articles: Article[];
  total: number;
  info: PageInfo;
  /** Shown under the header, e.g. a place's map. */
  aside?: ReactNode;
};

function coordinates(entry: TaxonomyEntry): string | undefined {
  if (!('latitude' in entry)) return undefined;
  const lat = `${Math.abs(entry.latitude).toFixed(3)}° ${entry.latitude >= 0 ? 'N' : 'S'}`;
  const lon = `${Math.abs(entry.longitude).toFixed(3)}° ${entry.longitude >= 0 ? 'E' : 'W'}`;
  return `${entry.approximate ? 'About ' : ''}${lat}, ${lon}`;
}

/** A topic, place, person or author: who or what it is, then its stories. */
export function EntityPage({ kind, entry, articles, total, info, aside }: Props) {
  const where = coordinates(entry);
  const author = kind === 'authors' ? (entry as Author) : undefined;
  const breadcrumb = breadcrumbJsonLd([
    { name: 'Home', path: '/' },
    { name: TAXONOMIES[kind].title, path: `/${kind}` },
    { name: entry.name, path: entityPath(kind, entry.key) },
  ]);
  return (
    <>
      <Stylesheet sheet="taxonomy" />
      <JsonLd data={author ? [profilePageJsonLd(author), breadcrumb] : breadcrumb} />
      <header className="page-header">
        <LanguageSwitch lang="en" href={info.page === 1 && entry.name_ar ? arabicEntityPath(kind, entry.key) : undefined} />
        <p className="kicker">
          <SiteLink href={`/${kind}`}>{TAXONOMIES[kind].title}</SiteLink>
        </p>
        <h1>{entry.name}</h1>
        {entry.description ? <p className="page-header__intro">{entry.description}</p> : null}
        {author?.bio ? <p className="page-header__bio">{author.bio}</p> : null}
        {where ? <p className="page-header__facts">{where}</p> : null}
        {entry.aliases.length > 0 ? (
          <p className="page-header__facts">Also written: {entry.aliases.join(', ')}</p>
        ) : null}
      </header>
      {aside}
      <section aria-labelledby="entity-stories">
        <h2 id="entity-stories" className="section-heading">
          {total === 0 ? 'No stories yet' : `${total} ${total === 1 ? 'story' : 'stories'}, newest first`}
        </h2>
        {articles.map((article) => (
          <StoryListItem key={article.slug} article={article} />
        ))}
      </section>
      <Pagination info={info} hrefFor={(page) => entityPagePath(kind, entry.key, page)} label={`${entry.name} pages`} />
    </>
  );
}
