import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REGISTRY_YAML, makeContentDir, removeDir, writeFile } from '../helpers';

let dir: string;
let servable: typeof import('../../../lib/routing/servable-path');
let store: typeof import('../../../lib/content/store');

const entry = (n: number, arabic: boolean) => {
  const time = new Date(Date.UTC(2019, 3, 5, 7, n)).toISOString().slice(0, 16);
  const text = arabic ? `نص التحديث رقم ${n}، بحسب ما أفادت به وكالة رويترز للأنباء.` : `Update ${n}, Reuters reported.`;
  return `## ${time}Z | ${arabic ? `تحديث رقم ${n} من طرابلس` : `Update ${n}`}\nsources:\n  - publisher: Reuters\n\n${text}\n`;
};
// 25 due entries (two pages of 20) and one scheduled for 2099.
const future = (arabic: boolean) => `## 2099-01-01T10:00 | ${arabic ? 'تحديث مجدول في المستقبل' : 'Scheduled'}\nsources:\n  - publisher: Reuters\n\n${arabic ? 'نص لم يحن موعده بعد ولا يجب أن يظهر للقراء.' : 'Not yet.'}\n`;
const entries = (arabic: boolean) => [...Array.from({ length: 25 }, (_, i) => entry(i + 1, arabic)), future(arabic)].join('\n');

beforeEach(async () => {
  dir = makeContentDir();
  writeFile(dir, 'authors.yml', `${REGISTRY_YAML.authors.trimEnd()}\n  name_ar: فريق كونفليكت ديسك\n`);
  writeFile(dir, 'live/tripoli-live.md', `---\ntitle: "Live: Tripoli"\ndek: Updates.\nsummary: "- A point."\npublished: 2019-04-05T09:00\nstatus: live\nauthors: [conflict-desk]\n---\n\n${entries(false)}`);
  writeFile(
    dir,
    'ar/live/tripoli-live.md',
    `---\ntranslation_of: tripoli-live\ntitle: "مباشر: الزحف نحو طرابلس"\ndek: "تحديثات مع تطور الهجوم على العاصمة."\nsummary: "- نقطة."\ntranslated: 2019-04-06T09:00\nauthors: [conflict-desk]\n---\n\n${entries(true)}`,
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

describe('Arabic live pages: gating', () => {
  const now = new Date('2026-01-01T00:00:00Z');

  it('serves /ar/live/<slug> and its pages of older entries, nothing else under /ar/live', () => {
    expect(servable.isServablePath('/ar/live/tripoli-live', now)).toBe(true);
    expect(servable.isServablePath('/ar/live/tripoli-live/page/4', now)).toBe(true);
    expect(servable.isServablePath('/ar/live/tripoli-live/page/5', now)).toBe(false);
    expect(servable.isServablePath('/ar/live/tripoli-live/page/x', now)).toBe(false);
    expect(servable.isServablePath('/ar/live/x', now)).toBe(false);
    expect(servable.isServablePath('/ar/live', now)).toBe(false);
  });

  it('is hidden before coverage starts, and shows only the due entries', () => {
    expect(servable.isServablePath('/ar/live/tripoli-live', new Date('2019-04-05T06:00:00Z'))).toBe(false);
    expect(store.getArabicLivePage('tripoli-live', now)!.entries).toHaveLength(25);
    expect(store.getPublishedArabicLivePages(now).map((page) => page.path)).toEqual(['/ar/live/tripoli-live']);
  });
});
