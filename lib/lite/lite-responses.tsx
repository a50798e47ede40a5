import { LiteArticle } from '@/components/LiteArticle';
import { LiteDocument } from '@/components/LiteDocument';
import { LiteIndex } from '@/components/LiteIndex';
import { LiteLive } from '@/components/LiteLive';
import { articleBodyHtml, articleSources } from '../content/article-body';
import { livePageHtml } from '../content/live-body';
import {
  getArabicArticle,
  getArabicLivePage,
  getArticle,
  getLivePage,
  getPublishedArabicArticles,
  getPublishedArabicLivePages,
  getPublishedArticles,
  getPublishedLivePages,
  prebuildListPages,
} from '../content/store';
import { isArabic } from '../content/translation';
import { isScheduled } from '../content/visibility';
import { coverageIndexHref } from '../coverage-index';
import type { Lang } from '../i18n/lang';
import { UI } from '../i18n/ui-strings';
import { liveEntriesPage, liveEntriesPath } from '../live-coverage';
import { pageCount, paginate, parsePageNumber } from '../pagination';
import { plainNotFound } from '../plain-not-found';
import { site } from '../site';
import { liteIndexHref, litePath } from './lite-paths';
import { htmlResponse } from './render-html';

/**
 * The lite page of article `slug` in `lang` (its Arabic edition: only a published translation
 * of a published story), or undefined when readers may not see it at `now`.
 */
export function liteArticleResponse(slug: string, now: Date = new Date(), lang: Lang = 'en'): Response | undefined {
  const article = lang === 'ar' ? getArabicArticle(slug, now) : getArticle(slug, now);
  if (!article) return undefined;
  // The other edition's lite page: an Arabic edition's original is always published; an English story may have no translation.
  const other = isArabic(article) ? article.originalPath : getArabicArticle(slug, now)?.path;
  return htmlResponse(
    <LiteDocument
      title={`${article.title} | ${UI[lang].lite.name}`}
      description={article.dek}
      fullPath={article.path}
      lang={lang}
      otherEdition={other && litePath(other)}
    >
      <LiteArticle article={article} bodyHtml={articleBodyHtml(article)} sources={articleSources(article)} scheduled={isScheduled(article, now)} lang={lang} />
    </LiteDocument>,
  );
}

const publishedIn = (lang: Lang, now: Date = new Date()) => (lang === 'ar' ? getPublishedArabicArticles(now) : getPublishedArticles(now));

/** Page `number` of an edition's lite coverage index, or undefined past the last page (page 1 always exists). */
export function liteIndexResponse(number: number, now: Date = new Date(), lang: Lang = 'en'): Response | undefined {
  const page = paginate(publishedIn(lang, now), number, site.pageSize);
  if (!page) return undefined;
  const { lite } = UI[lang];
  return htmlResponse(
    <LiteDocument
      title={`${lite.indexTitle(number)} | ${lite.name}`}
      description={liteIndexDescription(lang, number, page.totalPages)}
      fullPath={coverageIndexHref(number, lang)}
      lang={lang}
      // Both editions have a first page; their later pages list different stories.
      otherEdition={number === 1 ? liteIndexHref(1, lang === 'ar' ? 'en' : 'ar') : undefined}
    >
      <LiteIndex articles={page.items} info={page} live={lang === 'ar' ? getPublishedArabicLivePages(now) : getPublishedLivePages(now)} lang={lang} />
    </LiteDocument>,
  );
}

function liteIndexDescription(lang: Lang, number: number, totalPages: number): string {
  if (lang === 'ar') return `${UI.ar.coverageIntro}${number === 1 ? '' : ` ${UI.ar.pageOf(number, totalPages)}`}`;
  const of = number === 1 ? '' : `: page ${number} of ${totalPages}`;
  return `Every Conflict Desk story on the war in western Libya, newest first, as plain text for slow connections${of}.`;
}

/** The later pages (2..) of an edition's lite index built ahead, as the index's own pages are; the rest render on first request. */
export function prebuiltLiteIndexPages(lang: Lang): { page: string }[] {
  const pages = Math.min(prebuildListPages(), pageCount(publishedIn(lang).length, site.pageSize));
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ page: String(i + 2) }));
}

/** The answer at `/lite/page/<segment>` (or `/ar/lite/page/<segment>`): page 1 and pages past the last are a 404. */
export function liteIndexPageResponse(segment: string, lang: Lang): Response {
  const number = parsePageNumber(segment);
  return (number && number > 1 ? liteIndexResponse(number, new Date(), lang) : undefined) ?? plainNotFound();
}

/** Page `number` of a live page's lite edition in `lang`, or undefined when readers may not see it or it has no such page. */
export function liteLiveResponse(slug: string, number: number, now: Date = new Date(), lang: Lang = 'en'): Response | undefined {
  const [page, other] = lang === 'ar' ? [getArabicLivePage(slug, now), getLivePage(slug, now)] : [getLivePage(slug, now), getArabicLivePage(slug, now)];
  const entries = page && liveEntriesPage(page, number);
  if (!page || !entries) return undefined;
  const { lite } = UI[lang];
  const title = number === 1 ? page.title : `${page.title} (${UI[lang].pageOf(number, entries.totalPages).replace(/\.$/, '')})`;
  return htmlResponse(
    <LiteDocument
      title={`${title} | ${lite.name}`}
      description={page.dek}
      fullPath={liveEntriesPath(page, number)}
      lang={lang}
      // The two editions' later pages may hold different entries (a translation can lag behind).
      otherEdition={other && number === 1 ? litePath(other.path) : undefined}
    >
      <LiteLive page={page} entries={entries} html={livePageHtml(page)} lang={lang} />
    </LiteDocument>,
  );
}

/** The answer at `/lite/live/<slug>/page/<segment>` (or under /ar): page 1 and pages past the last are a 404. */
export function liteLivePageResponse(slug: string, segment: string, lang: Lang): Response {
  const number = parsePageNumber(segment);
  return (number && number > 1 ? liteLiveResponse(slug, number, new Date(), lang) : undefined) ?? plainNotFound();
}
