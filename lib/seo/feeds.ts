import type { LivePage } from '../content/live-page';
import { lastUpdated } from '../live-coverage';
import { Feed } from 'feed';
import type { Article } from '../content/article';
import { absoluteUrl, site } from '../site';
import { entityPath } from '../taxonomy';
import { NO_ESCAPES, renderFeedXml, type FeedEscapes } from './feed-xml-escapes';
import { xmlSafeText } from './xml-text';

/**
 * One feed, three formats, built with the `feed` library from the latest
 * articles (full sanitized HTML content). Titles and content are escaped
 * or CDATA-wrapped by the library. Every text passes through `xmlSafeText`
 * (no character XML forbids), then the `escapes` that work around the
 * library's gaps (see `rssXml`/`atomXml`).
 */
/** `bodyHtml` renders a story's body (on demand: bodies are not kept in memory). */
export type BodyHtml = (article: Article) => string;

/** Which edition a feed carries: its language, names, and addresses. */
export type FeedEdition = {
  language: string;
  title: string;
  description: string;
  home: string;
  /** Site paths of the edition's RSS, Atom and JSON feeds. */
  feeds: { rss: string; atom: string; json: string };
  /** A registry entry's name in the edition's language. */
  name: (entry: { name: string; name_ar?: string }) => string;
  /** Whether author and topic pages exist in this edition (to link to). */
  entityLinks: boolean;
};

export const ENGLISH_EDITION: FeedEdition = {
  language: site.language,
  title: site.name,
  description: site.tagline,
  home: '/',
  feeds: { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' },
  name: (entry) => entry.name,
  entityLinks: true,
};

export function buildFeed(
  articles: readonly Article[],
  bodyHtml: BodyHtml,
  escapes: FeedEscapes = NO_ESCAPES,
  live: readonly LivePage[] = [],
  liveHtml: (page: LivePage) => string = () => '',
  edition: FeedEdition = ENGLISH_EDITION,
): Feed {
  const wrapped = (value: string) => escapes.cdata(xmlSafeText(value));
  const label = (value: string) => escapes.attribute(xmlSafeText(value));
  const latest = articles.slice(0, site.feedSize);
  const feed = new Feed({
    title: edition.title,
    description: edition.description,
    id: absoluteUrl(edition.home),
    link: absoluteUrl(edition.home),
    language: edition.language,
    image: absoluteUrl(site.publisher.logo.path),
    favicon: absoluteUrl('/icon.svg'),
    copyright: `© ${site.publisher.name}`,
    updated: [...latest.map((a) => a.modified), ...live.map(lastUpdated)].reduce((max, d) => (d > max ? d : max), new Date(0)),
    generator: site.name,
    feedLinks: { rss: absoluteUrl(edition.feeds.rss), atom: absoluteUrl(edition.feeds.atom), json: absoluteUrl(edition.feeds.json) },
  });
  type Item = Parameters<Feed['addItem']>[0];
  const people = (authors: Article['authors']) =>
    authors.map((author) => ({
      name: xmlSafeText(edition.name(author)),
      ...(edition.entityLinks ? { link: absoluteUrl(entityPath('authors', author.key)) } : {}),
    }));
  const topics = (list: Article['topics']) =>
    list.map((topic) => ({ name: label(edition.name(topic)), ...(edition.entityLinks ? { domain: absoluteUrl(entityPath('topics', topic.key)) } : {}) }));
  const items: Item[] = latest.map((article) => ({
    title: wrapped(article.title),
    id: absoluteUrl(article.path),
    link: absoluteUrl(article.path),
    description: wrapped(article.dek),
    content: wrapped(bodyHtml(article)),
    date: article.modified,
    published: article.published,
    author: people(article.authors),
    category: topics(article.topics),
  }));
  // A live page is one item dated by its newest entry (readers see it come back when it grows),
  // placed among the stories by that date; the feed keeps its size.
  for (const page of live) {
    const updated = lastUpdated(page);
    const item: Item = {
      title: wrapped(`${page.status === 'live' ? 'Live' : 'Ended'}: ${page.title.replace(/^Live:\s*/i, '')}`),
      id: absoluteUrl(page.path),
      link: absoluteUrl(page.path),
      description: wrapped(page.dek),
      content: wrapped(liveHtml(page)),
      date: updated,
      published: page.published,
      author: people(page.authors),
      category: topics(page.topics),
    };
    const at = items.findIndex((other) => (other.published ?? other.date) < updated);
    items.splice(at === -1 ? items.length : at, 0, item);
  }
  for (const item of items.slice(0, site.feedSize)) feed.addItem(item);
  return feed;
}

/**
 * RSS 2.0. The library splits only the first `]]>` in a CDATA section, so
 * a headline with two would end the section early and could inject
 * elements: `renderFeedXml` splits every one.
 */
export function rssXml(articles: readonly Article[], bodyHtml: BodyHtml, live: readonly LivePage[] = [], liveHtml?: (page: LivePage) => string, edition?: FeedEdition): string {
  return renderFeedXml((escapes) => buildFeed(articles, bodyHtml, escapes, live, liveHtml, edition).rss2());
}

/** Atom 1.0, with every `]]>` split and `<` escaped in category labels. */
export function atomXml(articles: readonly Article[], bodyHtml: BodyHtml, live: readonly LivePage[] = [], liveHtml?: (page: LivePage) => string, edition?: FeedEdition): string {
  return renderFeedXml((escapes) => buildFeed(articles, bodyHtml, escapes, live, liveHtml, edition).atom1());
}

/**
 * JSON Feed 1.1. The library writes 1.0; the differences that matter are
 * the version URL, `authors` (a list) instead of `author`, and `language`.
 */
export function jsonFeed11(feed: Feed, language: string = site.language): string {
  type WithAuthor = { author?: unknown; authors?: unknown[]; [field: string]: unknown };
  const upgradeAuthor = ({ author, ...rest }: WithAuthor): WithAuthor =>
    author && !rest.authors ? { ...rest, authors: [author] } : rest;
  const data = JSON.parse(feed.json1()) as WithAuthor & { items: WithAuthor[] };
  return JSON.stringify(
    {
      ...upgradeAuthor(data),
      version: 'https://jsonfeed.org/version/1.1',
      language,
      items: data.items.map(upgradeAuthor),
    },
    null,
    2,
  );
}
