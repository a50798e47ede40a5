import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleText, makeContentDir, removeDir, writeFile } from '../helpers';

type Modules = {
  servable: typeof import('../../../lib/routing/servable-path');
  routes: typeof import('../../../lib/taxonomy-routes');
  corrections: typeof import('../../../lib/corrections');
  store: typeof import('../../../lib/content/store');
};

const PEOPLE = 250;
const CORRECTIONS = 51;
let dir: string;
let m: Modules;

/** 250 people (3 index pages of 100) and one story with 51 corrections (2 log pages of 50). */
beforeEach(async () => {
  const corrections = Array.from(
    { length: CORRECTIONS },
    (_, i) => `\n  - date: 2019-05-${String(1 + (i % 28)).padStart(2, '0')}\n    text: Correction number ${i + 1}.`,
  ).join('');
  dir = makeContentDir({ 'corrected.md': articleText({ corrections }) });
  const people = Array.from({ length: PEOPLE }, (_, i) => `person-${String(i).padStart(3, '0')}:\n  name: Person ${String(i).padStart(3, '0')}\n`);
  writeFile(dir, 'people.yml', people.join(''));
  vi.stubEnv('CONTENT_DIR', dir);
  vi.stubEnv('NODE_ENV', 'development');
  vi.resetModules();
  const [servable, routes, corrections_, store] = await Promise.all([
    import('../../../lib/routing/servable-path'),
    import('../../../lib/taxonomy-routes'),
    import('../../../lib/corrections'),
    import('../../../lib/content/store'),
  ]);
  m = { servable, routes, corrections: corrections_, store };
});

afterEach(() => {
  vi.unstubAllEnvs();
  removeDir(dir);
});

describe('registry index pages', () => {
  it('splits an index into pages of INDEX_PAGE_SIZE, by name', () => {
    const first = m.routes.taxonomyIndexPage('people')!;
    expect(first.page.items).toHaveLength(m.routes.INDEX_PAGE_SIZE);
    const pages = Math.ceil(PEOPLE / m.routes.INDEX_PAGE_SIZE);
    expect(pages).toBeGreaterThan(2);
    expect(first.page.totalPages).toBe(pages);
    expect(first.page.items[0]!.entry.key).toBe('person-000');
    const last = m.routes.taxonomyIndexPage('people', String(pages))!;
    const before = (pages - 1) * m.routes.INDEX_PAGE_SIZE;
    expect(last.page.items.map(({ entry }) => entry.key)).toEqual(
      Array.from({ length: PEOPLE - before }, (_, i) => `person-${before + i}`),
    );
    expect(last.all).toHaveLength(PEOPLE);
  });

  it('has no page past the last, no page 0, and no unknown kind', () => {
    expect(m.routes.taxonomyIndexPage('people', String(Math.ceil(PEOPLE / m.routes.INDEX_PAGE_SIZE) + 1))).toBeUndefined();
    expect(m.routes.taxonomyIndexPage('people', '0')).toBeUndefined();
    expect(m.routes.taxonomyIndexPage('people', '02')).toBeUndefined();
    expect(m.routes.taxonomyIndexPage('villains', '1')).toBeUndefined();
  });

  it('links page 1 to the index itself', () => {
    expect(m.routes.taxonomyIndexHref('people', 1)).toBe('/people');
    expect(m.routes.taxonomyIndexHref('people', 2)).toBe('/people/page/2');
  });

  it('serves exactly the pages that exist (others answer the plain 404)', () => {
    const pages = Math.ceil(PEOPLE / m.routes.INDEX_PAGE_SIZE);
    expect(m.servable.isServablePath('/people/page/2')).toBe(true);
    expect(m.servable.isServablePath(`/people/page/${pages}`)).toBe(true);
    expect(m.servable.isServablePath(`/people/page/${pages + 1}`)).toBe(false);
    expect(m.servable.isServablePath('/topics/page/2')).toBe(false);
    expect(m.servable.isServablePath('/people/page/x')).toBe(false);
  });
});

describe('corrections log pages', () => {
  it('pages the log by CORRECTIONS_PAGE_SIZE, newest first, and counts them all', () => {
    const articles = m.store.getPublishedArticles();
    const first = m.corrections.correctionsPage(articles)!;
    expect(first.total).toBe(CORRECTIONS);
    expect(first.page.items).toHaveLength(m.corrections.CORRECTIONS_PAGE_SIZE);
    expect(first.page.next).toBe(2);
    const second = m.corrections.correctionsPage(articles, '2')!;
    expect(second.page.items).toHaveLength(1);
    expect(m.corrections.correctionsPage(articles, '3')).toBeUndefined();
    expect(m.corrections.correctionsHref(1)).toBe('/corrections');
    expect(m.corrections.correctionsHref(2)).toBe('/corrections/page/2');
  });

  it('serves exactly the pages that exist', () => {
    expect(m.servable.isServablePath('/corrections/page/2')).toBe(true);
    expect(m.servable.isServablePath('/corrections/page/3')).toBe(false);
    expect(m.servable.isServablePath('/corrections/page/1x')).toBe(false);
  });

  it("counts a live page's corrections too: 51 on the story and 50 on a live page make a third page", () => {
    const liveCorrections = Array.from({ length: 50 }, (_, i) => `  - date: 2019-06-${String(1 + (i % 28)).padStart(2, '0')}\n    text: Live correction ${i + 1}.`);
    writeFile(
      dir,
      'live/tripoli-live.md',
      ['---', 'title: "Live: Tripoli"', 'dek: Updates.', 'summary: "- A point."', 'published: 2019-04-05T08:00', 'status: ended', 'authors: [conflict-desk]', 'corrections:', ...liveCorrections, '---', '', '## 2019-04-05T09:00', 'sources:', '  - publisher: Reuters', '', 'Forces moved north, Reuters reported.', ''].join('\n'),
    );
    expect(m.corrections.correctionsPage(m.store.getCorrectablePages(), '3')!.page.items).toHaveLength(1);
    expect(m.servable.isServablePath('/corrections/page/3')).toBe(true);
    expect(m.servable.isServablePath('/corrections/page/4')).toBe(false);
  });
});
