import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lib/content/article';
import fs from 'node:fs';
import path from 'node:path';
import { affectedByPublish, ROUTES, storyStamp, storyTag, type Snapshot } from '../../../lib/publishing/affected';
import { makeArticle } from '../helpers';

const place = { key: 'gharyan', name: 'Gharyan', aliases: [], latitude: 32.17, longitude: 13.02, approximate: false };
const story = (slug: string, day: number, revision = 'r1', extra: Partial<Article> = {}) =>
  makeArticle({ slug, published: new Date(Date.UTC(2019, 3, day)), revision, ...extra });
const snapshot = (articles: Article[], shared = 'registries') => ({ articles: articles.map(storyStamp), shared }) satisfies Snapshot;

const older = story('older', 1);
const middle = story('middle', 2, 'r1', { places: [place] });
const newer = story('newer', 3);

describe('storyStamp', () => {
  it('stamps an article object once: a reload that keeps an unchanged article keeps its stamp', () => {
    const stamp = storyStamp(middle);
    expect(stamp).toMatchObject({ slug: 'middle', revision: 'r1' });
    expect(stamp.entityPages.split(' ')).toContain('/places/gharyan');
    expect(storyStamp(middle)).toBe(stamp);
    const copy = { ...middle };
    expect(storyStamp(copy)).not.toBe(stamp);
    expect(storyStamp(copy)).toEqual(stamp);
  });
});

describe('affectedByPublish', () => {
  it('touches nothing when nothing changed', () => {
    const before = snapshot([newer, middle, older]);
    expect(affectedByPublish(before, snapshot([newer, middle, older]))).toMatchObject({ paths: [], routes: [], tags: [], everything: false });
  });

  it('for a new story: its page and card, its neighbours, lists, feeds and sitemaps, and pages linking to it', () => {
    const affected = affectedByPublish(snapshot([newer, older]), snapshot([newer, middle, older]));
    expect(affected.added).toEqual(['middle']);
    expect(affected.paths).toEqual(
      expect.arrayContaining([
        '/articles/middle',
        '/articles/middle/opengraph-image',
        '/articles/newer',
        '/articles/older',
        '/places/gharyan',
        '/',
        '/libya',
        '/feed.xml',
        '/sitemap.xml',
        '/news-sitemap.xml',
      ]),
    );
    expect(affected.routes).toContain(ROUTES.indexPages);
    // A story's figures move every metric's reports along its pages.
    expect(affected.paths).toEqual(expect.arrayContaining(['/libya/figures', '/libya/figures.csv']));
    expect(affected.routes).toEqual(expect.arrayContaining([ROUTES.metric, ROUTES.metricPages, ROUTES.entryPages]));
    expect(affected.tags).toEqual([storyTag('middle')]);
  });

  it("regenerates the lite edition with the full pages: the story's lite page and the lite index", () => {
    const added = affectedByPublish(snapshot([newer, older]), snapshot([newer, middle, older]));
    expect(added.paths).toEqual(expect.arrayContaining(['/lite/articles/middle', '/lite']));
    expect(added.paths).not.toContain('/lite/articles/far');
    expect(added.routes).toContain(ROUTES.liteIndexPages);
    const corrected = affectedByPublish(snapshot([middle]), snapshot([{ ...middle, revision: 'r2' }]));
    expect(corrected.paths).toContain('/lite/articles/middle');
    const removed = affectedByPublish(snapshot([newer, middle]), snapshot([newer]));
    expect(removed.paths).toContain('/lite/articles/middle');
  });

  it('leaves the pages of stories nowhere near the change alone', () => {
    const far = story('far', 20);
    const before = snapshot([far, newer, middle, older]);
    const after = snapshot([far, newer, { ...middle, revision: 'r2' }, older]);
    const affected = affectedByPublish(before, after);
    expect(affected.updated).toEqual(['middle']);
    expect(affected.paths).not.toContain('/articles/far');
  });

  it('counts an edit by the file hash, so body-only edits are seen', () => {
    const affected = affectedByPublish(snapshot([middle]), snapshot([{ ...middle, revision: 'r2' }]));
    expect(affected.updated).toEqual(['middle']);
  });

  it('for a removal: the old page, its entries and the pages linking to it', () => {
    const affected = affectedByPublish(snapshot([newer, middle, older]), snapshot([newer, older]));
    expect(affected.removed).toEqual(['middle']);
    expect(affected.paths).toEqual(expect.arrayContaining(['/articles/middle', '/places/gharyan']));
    expect(affected.tags).toEqual([storyTag('middle')]);
  });

  it('regenerates everything when a registry or the timeline changed', () => {
    expect(affectedByPublish(snapshot([older], 'a'), snapshot([older], 'b')).everything).toBe(true);
  });

  it('treats everything as added when nothing was served before', () => {
    expect(affectedByPublish(undefined, snapshot([older])).added).toEqual(['older']);
  });
});

describe('affectedByPublish: the Arabic edition', () => {
  const arabic = (article: Article, revision = 'ar1') =>
    ({ ...article, lang: 'ar' as const, path: `/ar/articles/${article.slug}`, originalPath: article.path, translated: article.published, revision });
  const withArabic = (articles: Article[], translations: ReturnType<typeof arabic>[]) => ({ ...snapshot(articles), arabic: translations });

  it('publishing a translation regenerates the Arabic page, its lite page and lists, and the English page (its language switch), nothing English else', () => {
    const affected = affectedByPublish(withArabic([newer, middle], []), withArabic([newer, middle], [arabic(middle)]));
    expect(affected.arabic).toEqual(['middle']);
    expect(affected.paths).toEqual(
      expect.arrayContaining([
        '/ar/articles/middle',
        '/ar/articles/middle/opengraph-image',
        '/ar/lite/articles/middle',
        '/articles/middle',
        '/ar',
        '/ar/libya',
        '/ar/lite',
        '/ar/feed.xml',
        '/sitemap.xml',
      ]),
    );
    expect(affected.paths).not.toContain('/libya');
    expect(affected.paths).not.toContain('/lite');
    expect(affected.routes).toEqual(expect.arrayContaining([ROUTES.arabicIndexPages, ROUTES.arabicLiteIndexPages]));
    expect(affected.tags).toEqual([]);
  });

  it('an edited translation, or an update to its original, regenerates the Arabic page', () => {
    expect(affectedByPublish(withArabic([middle], [arabic(middle)]), withArabic([middle], [arabic(middle, 'ar2')])).paths).toEqual(
      expect.arrayContaining(['/ar/articles/middle', '/ar/lite/articles/middle']),
    );
    const updated = story('middle', 2, 'r2', { updated: new Date(Date.UTC(2019, 3, 5)) });
    const affected = affectedByPublish(withArabic([middle], [arabic(middle)]), withArabic([updated], [arabic(updated)]));
    expect(affected.paths).toEqual(expect.arrayContaining(['/articles/middle', '/ar/articles/middle']));
  });

  it('touches no Arabic page when no translation changed', () => {
    const affected = affectedByPublish(withArabic([newer, middle], [arabic(middle)]), withArabic([newer, middle], [arabic(middle)]));
    expect(affected).toMatchObject({ paths: [], arabic: [] });
  });
});

describe('ROUTES', () => {
  it('names route files under app/, route groups included, so that revalidatePath(route, "page") finds them', () => {
    const app = path.resolve(import.meta.dirname, '../../../app');
    for (const route of Object.values(ROUTES)) {
      const folder = path.join(app, route);
      expect(['page.tsx', 'route.ts'].some((file) => fs.existsSync(path.join(folder, file))), route).toBe(true);
    }
  });
});
