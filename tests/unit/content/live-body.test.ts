import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { forgetLiveBodies, livePageHtml } from '@/lib/content/live-body';
import { makeTempDir, relativeToCwd, removeDir, writeFile } from '../helpers';

const dir = makeTempDir();
afterAll(() => removeDir(dir));
beforeEach(() => forgetLiveBodies());

const FRONT = ['---', 'title: Live', 'status: live', '---', ''];

function entry(heading: string, text: string): string[] {
  return [`## ${heading}`, 'sources:', '  - publisher: Reuters', '', text, ''];
}

/** Writes a live file and returns the page fields livePageHtml needs, the file as the loader reports it. */
function livePage(name: string, entries: string[][], summary = '- Forces advanced.', revision = 'r1') {
  const file = writeFile(dir, `live/${name}.md`, [...FRONT, ...entries.flat()].join('\n'));
  return { file: relativeToCwd(file), revision, summary };
}

describe('livePageHtml', () => {
  it("renders the summary and each entry's text (without heading or attributes), by the entry's id from its Libya time", () => {
    const html = livePageHtml(
      livePage('two-entries', [entry('2019-04-05T09:00 | Forces move north', 'Forces *advanced*.'), entry('2019-04-05T08:30:15Z', 'The UN spoke.')]),
    );
    expect(html.summary).toBe('<ul>\n<li>Forces advanced.</li>\n</ul>\n');
    expect([...html.entries]).toEqual([
      ['20190405-0900', '<p>Forces <em>advanced</em>.</p>\n'],
      ['20190405-103015', '<p>The UN spoke.</p>\n'],
    ]);
  });

  it('sanitizes the summary and entries (no scripts, no event handlers)', () => {
    const html = livePageHtml(
      livePage('hostile', [entry('2019-04-05T09:00', 'Hi <script>alert(1)</script><img src=x onerror="alert(2)"> [x](javascript:alert(3))')], '<b onclick="alert(4)">Bold</b>'),
    );
    const all = [html.summary, ...html.entries.values()].join('\n');
    expect(all).not.toMatch(/<script|onerror|onclick|javascript:/i);
  });

  it('skips an entry whose time is not a valid date-time', () => {
    const html = livePageHtml(livePage('bad-time', [entry('2019-02-30T09:00', 'Never shown.'), entry('2019-04-05T10:00', 'Shown.')]));
    expect([...html.entries.keys()]).toEqual(['20190405-1000']);
  });

  it('reads the file again for a new revision, not for the same one until forgotten', () => {
    const page = livePage('edited', [entry('2019-04-05T09:00', 'First version.')]);
    expect(livePageHtml(page).entries.get('20190405-0900')).toBe('<p>First version.</p>\n');
    livePage('edited', [entry('2019-04-05T09:00', 'Second version.')]);
    expect(livePageHtml(page).entries.get('20190405-0900')).toBe('<p>First version.</p>\n');
    expect(livePageHtml({ ...page, revision: 'r2' }).entries.get('20190405-0900')).toBe('<p>Second version.</p>\n');
    forgetLiveBodies();
    expect(livePageHtml(page).entries.get('20190405-0900')).toBe('<p>Second version.</p>\n');
  });

  it('throws when the file is gone', () => {
    expect(() => livePageHtml({ file: relativeToCwd(`${dir}/live/missing.md`), revision: 'r1', summary: 'x' })).toThrow(/ENOENT/);
  });
});
