import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexContent, lastGoodContent } from '../../../lib/content/content-index';
import { contentSignature } from '../../../lib/content/read-content';
import { articleText, makeContentDir, removeDir, touch, writeFile } from '../helpers';

const LIVE = [
  '---',
  'title: "Live: the push on Tripoli"',
  'dek: Updates as the offensive unfolds.',
  'summary: "- Hifter ordered an advance."',
  'published: 2019-04-05T08:00',
  'status: live',
  'authors: [conflict-desk]',
  '---',
  '',
  '## 2019-04-05T09:30 | First',
  'key: true',
  'sources:',
  '  - publisher: Reuters',
  '    date: 2019-04-05',
  '',
  'Forces advanced, Reuters reported.',
  '',
].join('\n');

const SECOND = ['', '## 2019-04-05T10:30', 'sources:', '  - publisher: AFP', '', 'More fighting, AFP reported.', ''].join('\n');

let dirs: string[] = [];
afterEach(() => {
  dirs.forEach(removeDir);
  dirs = [];
});

function setup() {
  const dir = makeContentDir({ 'hifter-push.md': articleText() });
  dirs.push(dir);
  const file = writeFile(dir, 'live/tripoli-live.md', LIVE, new Date('2020-01-01T00:00:00Z'));
  return { dir, file, index: path.join(dir, '.index.sqlite') };
}

describe('live pages in the content index', () => {
  it('parses live files in the same pass and serves them from the cache, dates intact', () => {
    const { dir, index } = setup();
    const first = indexContent(dir, index);
    expect(first.problems).toEqual([]);
    expect(first.content.live.map((page) => page.slug)).toEqual(['tripoli-live']);
    expect(first.content.articles).toHaveLength(1);

    const second = indexContent(dir, index);
    expect(second.parsedFiles).toBe(0);
    expect(second.content.live).toEqual(first.content.live);
    expect(second.content.live[0]!.entries[0]!.time).toBeInstanceOf(Date);
    expect(second.content.live[0]!.entries[0]!.sources[0]!.date).toBeInstanceOf(Date);
    expect(second.content.live[0]!.published).toBeInstanceOf(Date);
  });

  it('re-parses an edited live file and notices it in the folder signature', () => {
    const { dir, file, index } = setup();
    const before = contentSignature(dir);
    const first = indexContent(dir, index);
    writeFile(dir, 'live/tripoli-live.md', LIVE + SECOND);
    touch(file, new Date('2020-01-02T00:00:00Z'));
    expect(contentSignature(dir)).not.toBe(before);
    const second = indexContent(dir, index);
    expect(second.parsedFiles).toBe(1);
    expect(second.content.live[0]!.entries.map((e) => e.id)).toEqual(['20190405-0930', '20190405-1030']);
    expect(second.version).not.toBe(first.version);
    expect(second.changes.live).toEqual(['tripoli-live']);
  });

  it('reports a broken live file with the rest of the content, and keeps the last good live pages', () => {
    const { dir, file, index } = setup();
    indexContent(dir, index);
    writeFile(dir, 'live/tripoli-live.md', LIVE + SECOND.replace('10:30', '09:00'));
    touch(file, new Date('2020-01-03T00:00:00Z'));
    const broken = indexContent(dir, index);
    expect(broken.problems.map((p) => [p.file.endsWith('live/tripoli-live.md'), p.field])).toEqual([[true, 'entries[1].time']]);
    expect(broken.content.live).toEqual([]);
    const good = lastGoodContent(dir, index)!;
    expect(good.content.live[0]!.entries).toHaveLength(1);
    expect(good.content.articles).toHaveLength(1);
  });
});

const ARABIC_LIVE = [
  '---',
  'translation_of: tripoli-live',
  'title: "مباشر: الزحف نحو طرابلس"',
  'dek: "تحديثات مع تطور الهجوم على العاصمة."',
  'summary: "- أمر حفتر بالتقدم."',
  'translated: 2019-04-06T09:00',
  'authors: [conflict-desk]',
  '---',
  '',
  '## 2019-04-05T09:30 | التحديث الأول من طرابلس',
  'key: true',
  'sources:',
  '  - publisher: Reuters',
  '    date: 2019-04-05',
  '',
  'تقدمت القوات نحو العاصمة، بحسب ما أفادت به وكالة رويترز.',
  '',
].join('\n');

describe('Arabic live pages in the content index', () => {
  function setupArabic() {
    const { dir, index } = setup();
    writeFile(dir, 'authors.yml', 'conflict-desk:\n  name: Conflict Desk staff\n  name_ar: فريق كونفليكت ديسك\n');
    const file = writeFile(dir, 'ar/live/tripoli-live.md', ARABIC_LIVE, new Date('2020-01-01T00:00:00Z'));
    return { dir, index, file };
  }

  it('parses them in the same pass, caches them with dates intact, and reports changes and last good content', () => {
    const { dir, index, file } = setupArabic();
    const first = indexContent(dir, index);
    expect(first.problems).toEqual([]);
    expect(first.content.arabicLive.map((page) => page.path)).toEqual(['/ar/live/tripoli-live']);
    const second = indexContent(dir, index);
    expect(second.parsedFiles).toBe(0);
    expect(second.content.arabicLive).toEqual(first.content.arabicLive);
    expect(second.content.arabicLive[0]!.entries[0]!.time).toBeInstanceOf(Date);
    expect(second.content.arabicLive[0]!.translated).toBeInstanceOf(Date);
    const before = contentSignature(dir);
    writeFile(dir, 'ar/live/tripoli-live.md', ARABIC_LIVE.replace('key: true\n', 'key: maybe\n'));
    touch(file, new Date('2020-01-02T00:00:00Z'));
    expect(contentSignature(dir)).not.toBe(before);
    const broken = indexContent(dir, index);
    expect(broken.problems.map((p) => [p.file.endsWith('ar/live/tripoli-live.md'), p.field, p.severity])).toEqual([[true, 'entries[0].key', 'error']]);
    expect(lastGoodContent(dir, index)!.content.arabicLive).toHaveLength(1);
    writeFile(dir, 'ar/live/tripoli-live.md', ARABIC_LIVE.replace('التحديث الأول', 'التحديث الأول والأهم'));
    touch(file, new Date('2020-01-03T00:00:00Z'));
    expect(indexContent(dir, index).changes.live).toEqual(['tripoli-live']);
  });
});
