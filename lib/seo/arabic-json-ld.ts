import type { ArabicArticle } from '../content/translation';
import { arabicEntityPath } from '../i18n/arabic-taxonomy';
import { entryName } from '../i18n/entry-name';
import { absoluteUrl } from '../site';
import { articleCard } from './article-card';
import { newsArticleJsonLd, type JsonLd } from './json-ld';

/**
 * NewsArticle structured data for an Arabic edition: the English record with
 * the Arabic text, `inLanguage: ar`, Arabic names, the Arabic card, and a
 * link to the work it translates.
 */
export function arabicNewsArticleJsonLd(article: ArabicArticle): JsonLd {
  return {
    ...newsArticleJsonLd(article),
    inLanguage: 'ar',
    author: article.authors.map((author) => ({
      '@type': author.kind === 'organization' ? 'Organization' : 'Person',
      name: entryName(author, 'ar'),
      // The Arabic byline's link: the translation checks make sure every author has an Arabic name, and so a page.
      url: absoluteUrl(arabicEntityPath('authors', author.key)),
    })),
    keywords: [...article.topics, ...article.places, ...article.people].map((entry) => entryName(entry, 'ar')),
    image: [article.image ? absoluteUrl(article.image.src) : articleCard(article).url],
    translationOfWork: { '@type': 'NewsArticle', '@id': absoluteUrl(article.originalPath), url: absoluteUrl(article.originalPath) },
    ...(article.dateline ? { locationCreated: { '@type': 'Place', name: entryName(article.dateline, 'ar') } } : {}),
  };
}
