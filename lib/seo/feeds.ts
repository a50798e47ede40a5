import { Feed } from 'feed';
import type { Article } from '../content/article';
import type { LivePage } from '../content/live-page';
import { lastUpdated } from '../live-coverage';
import { absoluteUrl, site } from '../site';
import { entityPath } from '../taxonomy';

/**
 * One feed, three formats, built with the `feed` library from the latest
 * articles (full sanitized HTML content), with each live page first as one
 * item (its summary). Titles and content are escaped or CDATA-wrapped by the library.
 */
export function buildFeed(
  articles: readonly Article[],
  bodyHtml: (article: Article) => string,
  live: readonly LivePage[] = [],
  liveHtml: (page: LivePage) => string = () => '',
): Feed {
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
    updated: [...latest.map((a) => a.modified), ...live.map(lastUpdated)].reduce((max, d) => (d > max ? d : max), new Date(0)),
    generator: site.name,
    feedLinks: { rss: absoluteUrl('/feed.xml'), atom: absoluteUrl('/atom.xml'), json: absoluteUrl('/feed.json') },
  });
  // A live page is one item dated by its newest entry (readers see it come back when it grows),
  // placed among the stories by that date; the feed keeps its size.
  type Item = Parameters<Feed['addItem']>[0];
  const items: Item[] = [
    ...latest.map((article) => ({
      title: article.title,
      id: absoluteUrl(article.path),
      link: absoluteUrl(article.path),
      description: article.dek,
      content: bodyHtml(article),
      date: article.modified,
      published: article.published,
      author: article.authors.map((author) => ({ name: author.name, link: absoluteUrl(entityPath('authors', author.key)) })),
      category: article.topics.map((topic) => ({ name: topic.name, domain: absoluteUrl(entityPath('topics', topic.key)) })),
    })),
  ];
  for (const page of live) {
    const updated = lastUpdated(page);
    const item: Item = {
      title: `${page.status === 'live' ? 'Live' : 'Ended'}: ${page.title.replace(/^Live:\s*/i, '')}`,
      id: absoluteUrl(page.path),
      link: absoluteUrl(page.path),
      description: page.dek,
      content: liveHtml(page),
      date: updated,
      published: page.published,
      author: page.authors.map((author) => ({ name: author.name, link: absoluteUrl(entityPath('authors', author.key)) })),
      category: page.topics.map((topic) => ({ name: topic.name, domain: absoluteUrl(entityPath('topics', topic.key)) })),
    };
    const at = items.findIndex((other) => (other.published ?? other.date) < updated);
    items.splice(at === -1 ? items.length : at, 0, item);
  }
  for (const item of items.slice(0, site.feedSize)) feed.addItem(item);
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
