import type { Article } from './content/article';
import { formatLongDate } from './dates';
import { EDITORIAL_PAGES } from './editorial-pages';
import { formatDateAr } from './i18n/arabic-format';
import type { Lang } from './i18n/lang';
import { LITE_CSS } from './lite/lite-styles';
import { escapeHtml } from './seo/xml-text';
import { site } from './site';

/** 410 Gone: the story was here and will not be back (crawlers drop it sooner than on a 404). */
export const WITHDRAWN_STATUS = 410;

/**
 * The page at a withdrawn story's address (and its lite and Arabic editions): when it was
 * published and withdrawn, and why, without its headline or text, which may be what had to go.
 * Plain HTML answered by the proxy, like the site's other early answers: nothing is rendered
 * or cached for it, and it needs no script, font or stylesheet.
 */
export function withdrawnNoticeHtml(article: Pick<Article, 'published' | 'withdrawn'>, lang: Lang): string {
  const { date, reason } = article.withdrawn!;
  const log = EDITORIAL_PAGES.corrections.path;
  const standards = `${EDITORIAL_PAGES.standards.path}#corrections`;
  const english = lang === 'en';
  const title = english ? 'This story has been withdrawn' : 'سُحبت هذه القصة';
  const body = english
    ? `<p>The story published at this address on ${formatLongDate(article.published)} was withdrawn on ${formatLongDate(date)}.</p>
<p>${escapeHtml(reason)}</p>
<p>The withdrawal is listed in our <a href="${log}">corrections log</a>; our <a href="${standards}">standards</a> say when we withdraw a story.</p>`
    : `<p>سُحبت القصة المنشورة على هذا العنوان في ${formatDateAr(article.published)}، بتاريخ ${formatDateAr(date)}.</p>
${article.withdrawn!.reasonInArabic ? `<p>${escapeHtml(reason)}</p>` : `<p lang="en" dir="ltr">${escapeHtml(reason)}</p>`}
<p>يرد السحب في <a href="${log}" hreflang="en">سجل التصحيحات</a> (بالإنجليزية).</p>`;
  return `<!DOCTYPE html>
<html lang="${lang}"${english ? '' : ' dir="rtl"'}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} | ${escapeHtml(site.name)}</title>
<style>${LITE_CSS}</style>
</head>
<body>
<header><a href="${english ? '/' : '/ar'}">${escapeHtml(site.name)}</a></header>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`;
}
