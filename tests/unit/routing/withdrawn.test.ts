import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { correctionsLog } from '../../../lib/corrections';
import { withdrawnNoticeHtml } from '../../../lib/withdrawn-notice';
import { REGISTRY_YAML, articleText, makeContentDir, removeDir, writeFile } from '../helpers';

let dir: string;
let servable: typeof import('../../../lib/routing/servable-path');
let store: typeof import('../../../lib/content/store');

const REASON = 'The story relied on a document we could not verify & <b>withdrew</b>.';

beforeEach(async () => {
  dir = makeContentDir();
  writeFile(dir, 'authors.yml', `${REGISTRY_YAML.authors.trimEnd()}\n  name_ar: فريق كونفليكت ديسك\n`);
  writeFile(dir, 'articles/kept.md', articleText({ title: 'A kept story', published: '2019-04-05T10:00' }));
  writeFile(
    dir,
    'articles/pulled.md',
    articleText({
      title: 'A headline that had to go',
      published: '2019-04-06T10:00',
      corrections: '\n  - date: 2019-04-07\n    text: An earlier version misstated the date.',
      withdrawn: `\n  date: 2019-04-09\n  reason: "${REASON}"`,
      aliases: '[/old/pulled-story]',
    }),
  );
  writeFile(dir, 'articles/pulled-too.md', articleText({ title: 'Another story withdrawn', published: '2019-04-06T11:00', withdrawn: '\n  date: 2019-04-09\n  reason: Unverified.' }));
  writeFile(
    dir,
    'ar/articles/pulled.md',
    '---\ntranslation_of: pulled\ntitle: "عنوان عربي لقصة سُحبت لاحقاً"\ndek: "قصة اختبارية للنسخة العربية."\ntranslated: 2019-04-07T12:00\nwithdrawn_reason: "اعتمدت القصة على وثيقة لم نتمكن من التحقق منها."\nauthors: [conflict-desk]\nsources:\n  - publisher: Reuters\n    date: 2019-04-01\n---\nنص عربي للقصة، وفق ما أفادت به وكالة رويترز للأنباء.\n',
  );
  // A translation of the other withdrawn story that never came out: a draft.
  writeFile(
    dir,
    'ar/articles/pulled-too.md',
    '---\ntranslation_of: pulled-too\ntitle: "عنوان عربي لقصة أخرى سُحبت"\ndek: "قصة اختبارية أخرى للنسخة العربية."\ntranslated: 2019-04-07T12:00\ndraft: true\nauthors: [conflict-desk]\nsources:\n  - publisher: Reuters\n    date: 2019-04-01\n---\nنص عربي للقصة، وفق ما أفادت به وكالة رويترز للأنباء.\n',
  );
  vi.stubEnv('CONTENT_DIR', dir);
  vi.stubEnv('NODE_ENV', 'production');
  vi.resetModules();
  [servable, store] = await Promise.all([import('../../../lib/routing/servable-path'), import('../../../lib/content/store')]);
});

afterEach(() => {
  vi.unstubAllEnvs();
  removeDir(dir);
});

describe('a withdrawn story', () => {
  const now = new Date('2026-01-01T00:00:00Z');

  it('is in no list, and its address is not a page', () => {
    expect(store.getPublishedArticles(now).map((a) => a.slug)).toEqual(['kept']);
    expect(store.getArticle('pulled', now)).toBeUndefined();
    expect(servable.isServablePath('/articles/pulled', now)).toBe(false);
    expect(store.hiddenArticleSlugs(now)).toContain('pulled');
  });

  it('is named by its addresses (story, card, lite, Arabic, Arabic lite) with the language of its notice, and by no other', () => {
    for (const path of ['/articles/pulled', '/articles/pulled/opengraph-image', '/lite/articles/pulled']) {
      expect(servable.withdrawnStoryAt(path, now), path).toMatchObject({ article: { slug: 'pulled' }, lang: 'en' });
    }
    // An Arabic address (the edition or its lite page) only if the story had an Arabic edition.
    expect(servable.withdrawnStoryAt('/ar/lite/articles/pulled', now)).toMatchObject({ article: { slug: 'pulled' }, lang: 'ar' });
    expect(servable.withdrawnStoryAt('/ar/lite/articles/pulled-too', now)).toBeUndefined();
    const arabic = servable.withdrawnStoryAt('/ar/articles/pulled', now)!;
    expect(arabic).toMatchObject({ lang: 'ar', article: { withdrawn: { reason: 'اعتمدت القصة على وثيقة لم نتمكن من التحقق منها.', reasonInArabic: true } } });
    // The Arabic notice gives the translated reason as Arabic text.
    const notice = withdrawnNoticeHtml(arabic.article, 'ar');
    expect(notice).toContain('<p>اعتمدت القصة على وثيقة لم نتمكن من التحقق منها.</p>');
    expect(notice).not.toContain('lang="en" dir="ltr"');
    // Nor if its Arabic edition was only ever a draft: that address never had a page.
    expect(servable.withdrawnStoryAt('/ar/articles/pulled-too', now)).toBeUndefined();
    for (const path of ['/articles/kept', '/articles/nothing', '/topics/pulled', '/articles/pulled/more']) {
      expect(servable.withdrawnStoryAt(path, now), path).toBeUndefined();
    }
  });

  it('keeps its old addresses, which lead to its notice instead of a 404', () => {
    expect(store.publishedAliases(now).get('/old/pulled-story')).toBe('/articles/pulled');
    // Not before the story was published: an embargoed story's alias says nothing.
    expect(store.publishedAliases(new Date('2019-04-06T00:00:00Z')).has('/old/pulled-story')).toBe(false);
  });

  it('keeps its correction and its withdrawal in the corrections log', () => {
    const log = correctionsLog(store.getCorrectablePages(now));
    expect(log.map((entry) => `${entry.article.slug}#${entry.anchor}`)).toEqual(['pulled-too#withdrawn', 'pulled#withdrawn', 'pulled#correction-1']);
  });
});

describe('withdrawnNoticeHtml', () => {
  const article = { published: new Date('2019-04-06T08:00:00Z'), withdrawn: { date: new Date('2019-04-08T22:00:00Z'), reason: REASON } };

  it('says when the story was published and withdrawn, and why, escaped, never cached by robots', () => {
    const html = withdrawnNoticeHtml(article, 'en');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('<h1>This story has been withdrawn</h1>');
    expect(html).toContain('published at this address on April 6, 2019 was withdrawn on April 9, 2019.');
    expect(html).toContain('&amp; &lt;b&gt;withdrew&lt;/b&gt;');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('href="/corrections"');
    expect(html).not.toContain('<script');
  });

  it('is Arabic and right-to-left at an Arabic address, with the English reason marked as English', () => {
    const html = withdrawnNoticeHtml(article, 'ar');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('6 أبريل 2019');
    expect(html).toMatch(/<p lang="en" dir="ltr">The story relied/);
  });
});
