import { describe, expect, it } from 'vitest';
import { buildContent, hasErrors } from '../../../lib/content/build-content';
import { correctionsLog } from '../../../lib/corrections';
import { splitLiveBody, liveEntryId } from '../../../lib/content/live-entries';
import type { LivePage } from '../../../lib/content/live-page';
import type { ContentProblem } from '../../../lib/content/problems';
import { visibleLivePage } from '../../../lib/content/visibility';
import { parseDateTime } from '../../../lib/dates';
import { articleText, registryFiles } from '../helpers';

const PATH = 'content/live/tripoli-live.md';

const FRONT = [
  '---',
  'title: "Live: the push on Tripoli"',
  'dek: Updates as the offensive unfolds.',
  'summary: |',
  '  - Hifter ordered an advance on Tripoli.',
  'published: 2019-04-05T08:00',
  'status: live',
  'authors: [conflict-desk]',
  'places: [tripoli]',
  '---',
  '',
];

type EntrySpec = { time: string; title?: string; attributes?: string[]; text?: string };

function entry({ time, title, attributes = ['sources:', '  - publisher: Reuters'], text = 'Something happened, Reuters reported.' }: EntrySpec): string[] {
  return [`## ${time}${title ? ` | ${title}` : ''}`, ...attributes, '', text, ''];
}

function liveText(entries: EntrySpec[], front: string[] = FRONT): string {
  return [...front, ...entries.flatMap(entry)].join('\n');
}

function build(text: string) {
  return buildContent({ articleFiles: [], registryFiles: registryFiles(), liveFiles: [{ path: PATH, text }] });
}

function errors(text: string): ContentProblem[] {
  return build(text).problems.filter((p) => p.severity === 'error');
}

/** 1-based line number of the first line of `text` that starts with `start`. */
function lineOf(text: string, start: string): number {
  return text.split('\n').findIndex((line) => line.startsWith(start)) + 1;
}

describe('live pages: valid file', () => {
  it('builds the page with its entries oldest first, ids from Libya time', () => {
    const text = liveText([
      { time: '2019-04-05T09:30', title: 'First', attributes: ['key: true', 'sources:', '  - publisher: Reuters'] },
      { time: '2019-04-05T11:00' },
      { time: '2019-04-05T10:00Z', title: 'Third', attributes: ['pinned: true', 'sources:', '  - publisher: AFP', '    date: 2019-04-05'] },
    ]);
    const { content, problems } = build(text);
    expect(problems).toEqual([]);
    const [page] = content.live;
    expect(page).toMatchObject({ slug: 'tripoli-live', path: '/live/tripoli-live', status: 'live', title: 'Live: the push on Tripoli' });
    expect(page!.places.map((p) => p.key)).toEqual(['tripoli']);
    // 10:00Z is 12:00 in Tripoli (UTC+2).
    expect(page!.entries.map((e) => e.id)).toEqual(['20190405-0930', '20190405-1100', '20190405-1200']);
    expect(page!.entries.map((e) => [e.title, e.key, e.pinned])).toEqual([
      ['First', true, false],
      [undefined, false, false],
      ['Third', false, true],
    ]);
    expect(page!.entries[1]!.excerpt).toBe('Something happened, Reuters reported.');
    expect(page!.entries[0]!.line).toBe(lineOf(text, '## 2019-04-05T09:30'));
  });

  it('splits on "## " only, outside fenced code, keeping "### " subheadings inside an entry', () => {
    const body = ['## 2019-04-05T09:30 | A', 'sources:', '  - publisher: X', '', 'Text', '### Sub', '```', '## not an entry', '```', '## 2019-04-05T10:00', 'sources: []', '', 'More'].join('\n');
    const { entries, problems } = splitLiveBody(body, 12, PATH);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.time, e.title, e.line, e.attributesLine, e.bodyLine])).toEqual([
      ['2019-04-05T09:30', 'A', 12, 13, 16],
      ['2019-04-05T10:00', undefined, 21, 22, 24],
    ]);
    expect(entries[0]!.body).toBe(['Text', '### Sub', '```', '## not an entry', '```'].join('\n'));
  });

  it('makes a stable id from the time, with seconds only when given', () => {
    expect(liveEntryId(parseDateTime('2019-04-08T14:20')!)).toBe('20190408-1420');
    expect(liveEntryId(parseDateTime('2019-04-08T14:20:05')!)).toBe('20190408-142005');
  });
});

describe('live pages: every error at once, with line and field', () => {
  it('reports entries out of order', () => {
    const text = liveText([{ time: '2019-04-05T11:00' }, { time: '2019-04-05T09:30' }]);
    const [problem, ...rest] = errors(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: PATH, line: lineOf(text, '## 2019-04-05T09:30'), field: 'entries[1].time' });
    expect(problem!.message).toMatch(/time order, oldest first/);
    expect(build(text).content.live).toEqual([]);
  });

  it('reports two entries with the same time', () => {
    const text = liveText([{ time: '2019-04-05T09:30' }, { time: '2019-04-05T09:30', title: 'Again' }]);
    const [problem, ...rest] = errors(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: lineOf(text, '## 2019-04-05T09:30 | Again'), field: 'entries[1].time' });
    expect(problem!.message).toMatch(/same time/);
  });

  it('reports a second pinned entry', () => {
    const pinned = ['pinned: true', 'sources:', '  - publisher: Reuters'];
    const text = liveText([
      { time: '2019-04-05T09:30', attributes: pinned },
      { time: '2019-04-05T10:30', title: 'Second pin', attributes: pinned },
    ]);
    const [problem, ...rest] = errors(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: lineOf(text, '## 2019-04-05T10:30'), field: 'entries[1].pinned' });
    expect(problem!.message).toMatch(/Only one entry may be pinned/);
  });

  it('reports an invalid time in a heading', () => {
    const text = liveText([{ time: '2019-04-31T09:30' }, { time: 'yesterday' }]);
    const problems = errors(text);
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['entries[0].time', lineOf(text, '## 2019-04-31')],
      ['entries[1].time', lineOf(text, '## yesterday')],
    ]);
    expect(problems[0]!.message).toMatch(/"2019-04-31T09:30" is not a valid entry time/);
  });

  it('suggests the known attribute for a misspelt one, on its own line', () => {
    const text = liveText([{ time: '2019-04-05T09:30', attributes: ['pinnd: true', 'sources:', '  - publisher: Reuters'] }]);
    const [problem, ...rest] = errors(text);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: lineOf(text, 'pinnd'), field: 'entries[0].pinnd' });
    expect(problem!.message).toMatch(/"pinnd" is not a known field/);
    expect(problem!.fix).toMatch(/pinned/);
  });

  it('suggests the known front-matter field for a misspelt one', () => {
    const front = FRONT.map((line) => line.replace(/^status:/, 'statuss:'));
    const problems = errors(liveText([{ time: '2019-04-05T09:30' }], front));
    // Reported once, as the unknown field; the missing `status` it stands for is not reported again.
    expect(problems.map((p) => p.field)).toContain('statuss');
    expect(problems.map((p) => p.field)).not.toContain('status');
    expect(problems.find((p) => p.field === 'statuss')!.fix).toMatch(/status/);
  });

  it('requires sources and text on every entry, and collects every problem in the file', () => {
    const text = liveText([
      { time: '2019-04-05T09:30', attributes: [] },
      { time: '2019-04-05T10:30', text: '' },
      { time: '2019-04-05T08:00' },
    ]);
    const problems = errors(text);
    expect(problems.map((p) => p.field)).toEqual(['entries[0].sources', 'entries[1].text', 'entries[2].time']);
  });

  it('rejects an entry before coverage started and a source dated after its entry', () => {
    const text = liveText([
      { time: '2019-04-04T23:00' },
      { time: '2019-04-05T09:30', attributes: ['sources:', '  - publisher: AFP', '    date: 2019-04-06'] },
    ]);
    const problems = errors(text);
    expect(problems.map((p) => p.field)).toEqual(['entries[0].time', 'entries[1].sources[0].date']);
    expect(problems[0]!.message).toMatch(/earlier than the page's `published` time/);
  });

  it('rejects text before the first entry, a "# " heading and a page without entries', () => {
    const stray = [...FRONT, 'Stray text.', '', '# Title', ''].join('\n');
    const messages = errors(stray).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringMatching(/Text before the first entry/), expect.stringMatching(/"# " heading/), expect.stringMatching(/at least one entry/)]),
    );
  });

  it("holds the entries' text to an article's rules: control characters, blank text and titles, over-long titles", () => {
    const text = liveText([
      { time: '2019-04-05T09:30', text: 'A caption \u001b from a video.' },
      { time: '2019-04-05T10:30', title: '\u200b' },
      { time: '2019-04-05T11:30', text: '\u200b' },
      { time: '2019-04-05T12:30', title: 'x'.repeat(301) },
    ]);
    const problems = errors(text);
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [lineOf(text, '## 2019-04-05T10:30'), 'entries[1].title'],
      [lineOf(text, '## 2019-04-05T11:30'), 'entries[2].text'],
      [lineOf(text, '## 2019-04-05T12:30'), 'entries[3].title'],
      [lineOf(text, 'A caption'), undefined],
    ]);
    expect(problems[3]!.message).toContain('invisible control character (U+001B) at column 11');
    expect(problems[2]!.message).toBe('The entry title is 301 characters long; the limit is 300.');
  });

  it('keeps Arabic out of the English edition: an error in the headline, a warning in an entry', () => {
    const front = FRONT.map((line) => line.replace('title: "Live: the push on Tripoli"', 'title: "مباشر: الزحف نحو طرابلس"'));
    const text = liveText([{ time: '2019-04-05T09:30', text: 'تقدمت القوات نحو العاصمة صباح اليوم، بحسب ما أفادت به وكالة رويترز.' }], front);
    const problems = build(text).problems.map((p) => [p.severity, p.line, p.field ?? null]);
    expect(problems).toEqual([
      ['warning', lineOf(text, 'تقدمت'), 'body'],
      ['error', lineOf(text, 'title:'), 'title'],
    ]);
  });

  it('warns about a headline or dek longer than search results show, as for an article', () => {
    const front = FRONT.map((line) => line.replace('title: "Live: the push on Tripoli"', `title: "Live: ${'the push on Tripoli '.repeat(6).trim()}"`));
    const text = liveText([{ time: '2019-04-05T09:30' }], front);
    expect(build(text).problems).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'title', line: lineOf(text, 'title:'), message: expect.stringMatching(/^The headline is 12\d characters/) }),
    ]);
  });

  it("checks the images in the entries as an article's: alt text, and a file under public/", () => {
    const text = liveText([{ time: '2019-04-05T09:30', text: 'Smoke rose over the airport.\n\n![](/images/mitiga.jpg)\n\n![Smoke over Mitiga](/images/nope.jpg)' }]);
    const { problems } = buildContent({ articleFiles: [], registryFiles: registryFiles(), liveFiles: [{ path: PATH, text }], publicFiles: new Set(['/images/mitiga.jpg']) });
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [lineOf(text, '![](/images/mitiga.jpg)'), 'The image /images/mitiga.jpg has no alt text.'],
      [lineOf(text, '![Smoke over Mitiga]'), 'The image /images/nope.jpg does not exist under public/.'],
    ]);
  });

  it("refuses a headline that is an article's, naming the article", () => {
    const text = liveText([{ time: '2019-04-05T09:30' }]);
    const article = { path: 'content/articles/push.md', text: articleText({ title: '"live:  the push on Tripoli"' }) };
    const { problems } = buildContent({ articleFiles: [article], registryFiles: registryFiles(), liveFiles: [{ path: PATH, text }] });
    expect(problems).toEqual([
      {
        file: PATH,
        line: lineOf(text, 'title:'),
        field: 'title',
        message: '"Live: the push on Tripoli" is also the headline of content/articles/push.md.',
        fix: 'Give each story its own headline, so readers and search engines can tell them apart.',
        severity: 'error',
      },
    ]);
  });

  it('refuses a correction dated before coverage started', () => {
    const front = [...FRONT.slice(0, -2), 'corrections:', '  - date: 2019-04-01', '    text: An earlier version misdated an entry.', '---', ''];
    const text = liveText([{ time: '2019-04-05T09:30' }], front);
    expect(errors(text).map((p) => [p.line, p.field])).toEqual([[lineOf(text, '  - date: 2019-04-01'), 'corrections[0].date']]);
  });

  it('refuses a TODO in the text or the front matter unless the page is a draft', () => {
    const front = FRONT.map((line) => line.replace('dek: Updates as the offensive unfolds.', 'dek: TODO write the dek'));
    const text = liveText([{ time: '2019-04-05T09:30', text: 'TODO: confirm the toll with the ministry.' }], front);
    expect(errors(text).map((p) => [p.line, p.field, p.message])).toEqual([
      [lineOf(text, 'dek:'), 'dek', 'Still holds a TODO placeholder, and the live page is not a draft.'],
      [lineOf(text, 'TODO: confirm'), undefined, "The live page's text still contains TODO, and the page is not a draft."],
    ]);
    const draft = liveText([{ time: '2019-04-05T09:30', text: 'TODO: confirm the toll.' }], [...front.slice(0, -2), 'draft: true', '---', '']);
    expect(errors(draft)).toEqual([]);
  });

  it('is still built and checked when a registry it uses cannot be read: the registry reports the one error', () => {
    const front = FRONT.map((line) => line.replace('places: [tripoli]', 'places: [tripoli]\npeople: [khalifa-hifter]'));
    const text = liveText([{ time: '2019-04-05T09:30' }], front);
    const linking = { path: 'content/articles/linking.md', text: articleText({}, 'Follow [the live page](/live/tripoli-live).') };
    const people = 'khalifa-hifter:\n  name: Khalifa Hifter\n  name: again\n';
    const { problems, content } = buildContent({ articleFiles: [linking], registryFiles: registryFiles({ people }), liveFiles: [{ path: PATH, text }] });
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.file)).toEqual(['content/people.yml']);
    expect(content.live.map((page) => page.slug)).toEqual(['tripoli-live']);
  });

  it('checks registry keys like an article', () => {
    const front = FRONT.map((line) => line.replace('places: [tripoli]', 'places: [tripolli]'));
    const [problem] = errors(liveText([{ time: '2019-04-05T09:30' }], front));
    expect(problem).toMatchObject({ field: 'places[0]' });
    expect(problem!.fix).toMatch(/tripoli/);
  });
});

describe('live pages: corrections', () => {
  const withCorrections = (lines: string[]) => [...FRONT.slice(0, -2), 'corrections:', ...lines, '---', ''];

  it('carries them oldest first, and the corrections log lists them with the live page', () => {
    const text = liveText(
      [{ time: '2019-04-05T09:30' }],
      withCorrections(['  - date: 2019-04-12', '    text: A second correction.', '  - date: 2019-04-10', '    text: An earlier version misdated an entry.']),
    );
    const { content, problems } = build(text);
    expect(problems).toEqual([]);
    const page = content.live[0]!;
    expect(page.corrections.map((c) => c.text)).toEqual(['An earlier version misdated an entry.', 'A second correction.']);
    expect(correctionsLog([page]).map(({ anchor, article }) => `${article.path}#${anchor}`)).toEqual(['/live/tripoli-live#correction-2', '/live/tripoli-live#correction-1']);
  });

  it('reports a correction without a date or text, with its line and field', () => {
    const text = liveText([{ time: '2019-04-05T09:30' }], withCorrections(['  - date: someday', '    text: A fix.', '  - date: 2019-04-10']));
    const found = errors(text);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'corrections[0].date', line: lineOf(text, '  - date: someday') }),
        expect.objectContaining({ field: 'corrections[1].text' }),
      ]),
    );
  });

  it('checks their text for house style like the rest of the page', () => {
    const text = liveText([{ time: '2019-04-05T09:30' }], withCorrections(['  - date: 2019-04-10', '    text: An earlier version said Haftar had left Tripoli.']));
    const warning = build(text).problems.find((p) => p.field === 'corrections[0].text');
    expect(warning).toMatchObject({ severity: 'warning', line: lineOf(text, '    text: An earlier version said Haftar') });
    expect(warning!.message).toContain('Hifter');
  });
});

describe('live pages: entries in the future are hidden until due', () => {
  const text = liveText([{ time: '2019-04-05T09:30' }, { time: '2019-04-05T12:00' }]);
  const page = build(text).content.live[0] as LivePage;

  it('is valid content (scheduling is not an error)', () => {
    expect(hasErrors(build(text).problems)).toBe(false);
  });

  it('shows only the entries whose time has come', () => {
    const at = (iso: string) => visibleLivePage(page, { now: new Date(iso), preview: false });
    expect(at('2019-04-05T05:00Z')).toBeUndefined(); // before coverage starts
    expect(at('2019-04-05T08:00Z')!.entries.map((e) => e.id)).toEqual(['20190405-0930']);
    expect(at('2019-04-05T10:00Z')!.entries).toHaveLength(2);
  });

  it('shows everything in a preview, and nothing of a draft in production', () => {
    expect(visibleLivePage(page, { now: new Date('2019-04-05T06:00Z'), preview: true })).toBe(page);
    expect(visibleLivePage({ ...page, draft: true }, { now: new Date('2020-01-01'), preview: false })).toBeUndefined();
  });
});

describe('live pages and article links', () => {
  it('lets an article link to a live page', async () => {
    const { articleFile } = await import('../helpers');
    const text = liveText([{ time: '2019-04-05T09:30' }]);
    const linking = articleFile('hifter-push', {}, 'See [our live page](/live/tripoli-live) and [nothing](/live/nope).');
    const { problems } = buildContent({ articleFiles: [linking], registryFiles: registryFiles(), liveFiles: [{ path: PATH, text }] });
    const links = problems.filter((p) => /points to no page/.test(p.message));
    expect(links).toHaveLength(1);
    expect(links[0]!.message).toMatch(/\/live\/nope/);
  });
});
