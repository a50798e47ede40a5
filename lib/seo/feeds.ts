import { Feed } from 'feed';
import type { Article } from '../content/article';
import { absoluteUrl, site } from '../site';
import { entityPath } from '../taxonomy';

/**
 * One feed, three formats, built with the `feed` library from the latest
 * articles (full sanitized HTML content). Titles and content are escaped
 * or CDATA-wrapped by the library.
 */
export function buildFeed(articles: readonly Article[], bodyHtml: (article: Article) => string): Feed {
  const latest = articles.slice(0, site.feedSize);
  const feed = new Feed({
    title: site.name,
    description: site.tagline,
    id: absoluteUrl('/'),
    link: absoluteUrl('/'),
    language: site.language,
    image: absoluteUrl(site.publisher.logo.path),
    favicon: absoluteUrl('/icon.svg'),
    copyright: `© ${site.publisher.name}`,
    updated: latest.reduce((max, a) => (a.modified > max ? a.modified : max), new Date(0)),
    generator: site.name,
    feedLinks: { rss: absoluteUrl('/feed.xml'), atom: absoluteUrl('/atom.xml'), json: absoluteUrl('/feed.json') },
  });
  for (const article of latest) {
    feed.addItem({
      title: article.title,
      id: absoluteUrl(article.path),
      link: absoluteUrl(article.path),
      description: article.dek,
      content: bodyHtml(article),
      date: article.modified,
      published: article.published,
      author: article.authors.map((author) => ({ name: author.name, link: absoluteUrl(entityPath('authors', author.key)) })),
      category: article.topics.map((topic) => ({ name: topic.name, domain: absoluteUrl(entityPath('topics', topic.key)) })),
    });
  }
  return feed;
}

/**
 * JSON Feed 1.1. The library writes 1.0; the differences that matter are
 * the version URL, `authors` (a list) instead of `author`, and `language`.
 */
export function jsonFeed11(feed: Feed): string {
  type WithAuthor = { author?: unknown; authors?: unknown[]; [field: string]: unknown };
  const upgradeAuthor = ({ author, ...rest }: WithAuthor): WithAuthor =>
    author && !rest.authors ? { ...rest, authors: [author] } : rest;
  const data = JSON.parse(feed.json1()) as WithAuthor & { items: WithAuthor[] };
  return JSON.stringify(
    {
      ...upgradeAuthor(data),
      version: 'https://jsonfeed.org/version/1.1',
      language: site.language,
      items: data.items.map(upgradeAuthor),
    },
    null,
    2,
  );
}
