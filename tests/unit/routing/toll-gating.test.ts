import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleText, makeContentDir, removeDir, writeFile } from '../helpers';

let dir: string;
let servable: typeof import('../../../lib/routing/servable-path');
let store: typeof import('../../../lib/content/store');
let pages: typeof import('../../../lib/figures/toll-pages');

const killedFigures = (n: number, from = 1) =>
  Array.from(
    { length: n },
    (_, i) =>
      `\n  - metric: killed\n    value: ${from + i}\n    as_of: 2019-05-${String(1 + (i % 28)).padStart(2, '0')}\n    scope: people killed in Tripoli\n    reported_by: Health Ministry`,
  ).join('');

/** One published story with 26 killed reports (pages of TOLL_PAGE_SIZE), one scheduled for 2099 with a wounded report. */
beforeEach(async () => {
  dir = makeContentDir({
    'counted.md': articleText({ published: '2019-06-01T10:00', figures: killedFigures(26) }),
    'scheduled.md': articleText({
      title: '"A story for later"',
      published: '2099-01-01T10:00',
      figures: '\n  - metric: wounded\n    value: 3\n    as_of: 2019-05-01\n    scope: people wounded\n    reported_by: Hospital',
    }),
  });
  vi.stubEnv('CONTENT_DIR', dir);
  vi.stubEnv('NODE_ENV', 'production');
  vi.resetModules();
  [servable, store, pages] = await Promise.all([
    import('../../../lib/routing/servable-path'),
    import('../../../lib/content/store'),
    import('../../../lib/figures/toll-pages'),
  ]);
});

afterEach(() => {
  vi.unstubAllEnvs();
  removeDir(dir);
});

describe('toll metric pages', () => {
  it('serves each page of a reported metric and nothing else (others answer the plain 404)', () => {
    const last = Math.ceil(26 / pages.TOLL_PAGE_SIZE);
    expect(last).toBeGreaterThan(1);
    expect(servable.isServablePath('/libya/figures/killed')).toBe(true);
    expect(servable.isServablePath('/libya/figures/killed/')).toBe(true);
    expect(servable.isServablePath('/libya/figures/killed/page/2')).toBe(true);
    expect(servable.isServablePath(`/libya/figures/killed/page/${last}`)).toBe(true);
    expect(servable.isServablePath(`/libya/figures/killed/page/${last + 1}`)).toBe(false);
    expect(servable.isServablePath('/libya/figures/killed/page/0')).toBe(false);
    expect(servable.isServablePath('/libya/figures/killed/page/x')).toBe(false);
    expect(servable.isServablePath('/libya/figures/oil-output')).toBe(false);
    expect(servable.isServablePath('/libya/figures/no-such-metric')).toBe(false);
    expect(servable.isServablePath('/libya/figures/%E0%A4%A')).toBe(false);
  });

  it("keeps a scheduled story's reports out until it is due", () => {
    expect(servable.isServablePath('/libya/figures/wounded')).toBe(false);
    expect(store.publishedToll().byMetric.has('wounded')).toBe(false);
    const later = new Date('2099-01-02T00:00:00Z');
    expect(servable.isServablePath('/libya/figures/wounded', later)).toBe(true);
    expect(store.publishedToll(later).points.map((p) => p.metric)).toContain('wounded');
  });

  it('leaves the overview and the CSV to their routes', () => {
    expect(servable.isServablePath('/libya/figures')).toBeUndefined();
    expect(servable.isServablePath('/libya/figures.csv')).toBeUndefined();
  });
});

describe('publishedToll', () => {
  it('is computed once per content version: the same object until the content changes', () => {
    const first = store.publishedToll();
    expect(first.points).toHaveLength(26);
    expect(first.byMetric.get('killed')).toHaveLength(26);
    expect(store.publishedToll()).toBe(first);
    writeFile(dir, 'articles/counted.md', articleText({ published: '2019-06-01T10:00', figures: killedFigures(3, 100) }), new Date('2021-01-01T00:00:00Z'));
    expect(store.reloadContent().ok).toBe(true);
    const after = store.publishedToll();
    expect(after).not.toBe(first);
    expect(after.points.map((p) => p.value)).toEqual([100, 101, 102]);
  });

  it('is empty when no story reports a toll figure', () => {
    writeFile(dir, 'articles/counted.md', articleText(), new Date('2021-01-01T00:00:00Z'));
    removeFile('articles/scheduled.md');
    expect(store.reloadContent().ok).toBe(true);
    expect(store.publishedToll()).toMatchObject({ points: [] });
    expect(store.publishedToll().byMetric.size).toBe(0);
    expect(servable.isServablePath('/libya/figures/killed')).toBe(false);
  });
});

function removeFile(name: string) {
  fs.rmSync(path.join(dir, name));
}
