import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContent, hasErrors } from '../../../lib/content/build-content';
import { checkArabicLivePages, latestChange } from '../../../lib/content/arabic-live-checks';
import { parseArabicLiveFile } from '../../../lib/content/arabic-live-file';
import { formatProblem, type ContentProblem } from '../../../lib/content/problems';
import { visibleLivePage } from '../../../lib/content/visibility';
import { parseDateTime } from '../../../lib/dates';
import { REGISTRY_YAML, registryFiles } from '../helpers';

const ARABIC_REGISTRIES = {
  authors: `${REGISTRY_YAML.authors.trimEnd()}\n  name_ar: فريق كونفليكت ديسك\n`,
  places: REGISTRY_YAML.places.replace('  name: Tripoli\n', '  name: Tripoli\n  name_ar: طرابلس\n'),
  people: REGISTRY_YAML.people,
  topics: REGISTRY_YAML.topics,
};

const ENGLISH_PATH = 'content/live/tripoli-live.md';
const ARABIC_PATH = 'content/ar/live/tripoli-live.md';

type EntrySpec = { time: string; title?: string; attributes?: string[]; text?: string };

function entryLines({ time, title, attributes = ['sources:', '  - publisher: Reuters'], text }: EntrySpec, arabic: boolean): string[] {
  const body = text ?? (arabic ? 'تقدمت القوات نحو العاصمة صباح اليوم، بحسب ما أفادت به وكالة رويترز.' : 'Forces advanced on the capital, Reuters reported.');
  return [`## ${time}${title ? ` | ${title}` : ''}`, ...attributes, '', body, ''];
}

const ENGLISH_FRONT = [
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

const ARABIC_FIELDS: Record<string, string | undefined> = {
  translation_of: 'tripoli-live',
  title: '"مباشر: الزحف نحو طرابلس"',
  dek: '"تحديثات مع تطور الهجوم على العاصمة الليبية."',
  summary: '|\n  - أمر حفتر قواته بالتقدم نحو طرابلس.',
  translated: '2019-04-06T12:00',
  authors: '[conflict-desk]',
  places: '[tripoli]',
};

function arabicText(entries: EntrySpec[], fields: Record<string, string | undefined> = {}): string {
  const front = Object.entries({ ...ARABIC_FIELDS, ...fields })
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return ['---', ...front, '---', '', ...entries.flatMap((e) => entryLines(e, true))].join('\n');
}

const ENGLISH_ENTRIES: EntrySpec[] = [
  { time: '2019-04-05T09:00', title: 'Forces move north', attributes: ['key: true', 'sources:', '  - publisher: Reuters'] },
  { time: '2019-04-05T10:30' },
  { time: '2099-01-01T10:00', title: 'Scheduled' },
];
const ARABIC_ENTRIES: EntrySpec[] = [
  { time: '2019-04-05T09:00', title: 'القوات تتحرك نحو الشمال', attributes: ['key: true', 'sources:', '  - publisher: Reuters'] },
  { time: '2019-04-05T10:30' },
  { time: '2099-01-01T10:00', title: 'تحديث مجدول في المستقبل' },
];

const englishText = (entries = ENGLISH_ENTRIES) => [...ENGLISH_FRONT, ...entries.flatMap((e) => entryLines(e, false))].join('\n');

function build(arabic: string, english = englishText(), path = ARABIC_PATH) {
  return buildContent({
    articleFiles: [],
    registryFiles: registryFiles(ARABIC_REGISTRIES),
    liveFiles: [{ path: ENGLISH_PATH, text: english }],
    arabicLiveFiles: [{ path, text: arabic }],
  });
}

const mine = (problems: readonly ContentProblem[], path = ARABIC_PATH) => problems.filter((p) => p.file === path);
const lineOf = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;

describe('Arabic live pages: a valid translation', () => {
  it('builds /ar/live/<slug> with the Arabic texts and entries, the English start and status', () => {
    const { content, problems } = build(arabicText(ARABIC_ENTRIES));
    expect(mine(problems)).toEqual([]);
    const [page] = content.arabicLive;
    expect(page).toMatchObject({ lang: 'ar', slug: 'tripoli-live', path: '/ar/live/tripoli-live', originalPath: '/live/tripoli-live', file: ARABIC_PATH, status: 'live', title: 'مباشر: الزحف نحو طرابلس' });
    expect(page!.published).toEqual(parseDateTime('2019-04-05T08:00'));
    expect(page!.entries.map((e) => [e.id, e.title, e.key])).toEqual([
      ['20190405-0900', 'القوات تتحرك نحو الشمال', true],
      ['20190405-1030', undefined, false],
      ['20990101-1000', 'تحديث مجدول في المستقبل', false],
    ]);
    expect(page!.places[0]!.name_ar).toBe('طرابلس');
  });

  it('shows an Arabic entry only once its English entry is due; drafts and embargoes carry over', () => {
    const { content } = build(arabicText(ARABIC_ENTRIES));
    const now = parseDateTime('2019-04-06T00:00')!;
    expect(visibleLivePage(content.arabicLive[0]!, { now, preview: false })!.entries).toHaveLength(2);
    expect(visibleLivePage(content.arabicLive[0]!, { now: parseDateTime('2019-04-05T07:00')!, preview: false })).toBeUndefined();
    const draft = build(arabicText(ARABIC_ENTRIES, { draft: 'true' })).content.arabicLive[0]!;
    expect(visibleLivePage(draft, { now, preview: false })).toBeUndefined();
    const englishDraft = build(arabicText(ARABIC_ENTRIES), englishText().replace('status: live', 'status: live\ndraft: true')).content.arabicLive[0]!;
    expect(englishDraft.draft).toBe(true);
  });

  it('changes revision when either file changes (publishing revalidates the Arabic page)', () => {
    const a = build(arabicText(ARABIC_ENTRIES)).content.arabicLive[0]!.revision;
    const b = build(arabicText(ARABIC_ENTRIES), englishText().replace('status: live', 'status: ended')).content.arabicLive[0]!.revision;
    const c = build(arabicText(ARABIC_ENTRIES, { dek: '"نص آخر للملخص القصير لهذه الصفحة المباشرة."' })).content.arabicLive[0]!.revision;
    expect(new Set([a, b, c]).size).toBe(3);
  });
});

describe('Arabic live pages: errors', () => {
  it('reports every front-matter and entry error at once, with file:line:field and a fix', () => {
    const text = arabicText(
      [
        { time: '2019-04-05T09:00', attributes: ['key: maybe', 'sources:', '  - publisher: Reuters'] },
        { time: 'tomorrow' },
      ],
      { translated: 'yesterday', published: '2019-04-05T08:00', status: 'live', authors: undefined },
    );
    const { problems, content } = build(text);
    const errors = mine(problems).filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.field).sort()).toEqual(['authors', 'entries[0].key', 'entries[1].time', 'published', 'status', 'translated']);
    expect(errors.find((p) => p.field === 'translated')!.line).toBe(lineOf(text, 'translated:'));
    expect(errors.find((p) => p.field === 'entries[1].time')!.line).toBe(lineOf(text, '## tomorrow'));
    expect(errors.find((p) => p.field === 'published')!.fix).toMatch(/English page's/);
    for (const problem of errors) expect(formatProblem(problem)).toMatch(/^content\/ar\/live\/tripoli-live\.md:\d+: .*fix:/s);
    expect(content.arabicLive).toEqual([]);
    expect(hasErrors(problems)).toBe(true);
  });

  it('refuses a control character in an entry and a TODO left in a page that is not a draft', () => {
    const text = arabicText([{ time: '2019-04-05T09:00', text: 'تقدمت القوات \u0007 نحو العاصمة. TODO' }], { dek: '"TODO ترجمة"' });
    const errors = mine(build(text).problems).filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.line, p.field, p.message.slice(0, 48)])).toEqual([
      [lineOf(text, 'تقدمت'), undefined, 'Contains an invisible control character (U+0007)'],
      [lineOf(text, 'dek:'), 'dek', 'Still holds a TODO placeholder, and the live pag'],
      [lineOf(text, 'تقدمت'), undefined, "The live page's text still contains TODO, and th"],
    ]);
  });

  it('refuses a translation_of that names no English live page, suggesting the closest', () => {
    const { problems, content } = build(arabicText(ARABIC_ENTRIES, { translation_of: 'tripoli-lve' }), englishText(), 'content/ar/live/tripoli-lve.md');
    const [problem] = mine(problems, 'content/ar/live/tripoli-lve.md');
    expect(problem).toMatchObject({ field: 'translation_of', severity: 'error' });
    expect(problem!.message).toMatch(/No valid English live page "tripoli-lve"/);
    expect(problem!.fix).toContain('tripoli-live');
    expect(content.arabicLive).toEqual([]);
  });

  it('refuses a file named differently from its translation_of, and files that are not .md', () => {
    const renamed = build(arabicText(ARABIC_ENTRIES), englishText(), 'content/ar/live/other-name.md');
    expect(mine(renamed.problems, 'content/ar/live/other-name.md').find((p) => p.field === 'translation_of')?.message).toMatch(/file is named other-name\.md/);
    const parsed = parseArabicLiveFile({ path: 'content/ar/live/notes.txt', text: '' }, { declaredKeys: { authors: new Set(), places: new Set(), people: new Set(), topics: new Set() } } as never);
    expect(parsed.problems[0]!.message).toMatch(/ending in \.md/);
  });

  it('flags an English title, dek or entry title as errors and English entry text as a warning', () => {
    const text = arabicText(
      [{ time: '2019-04-05T09:00', title: 'Forces move north towards the capital', text: 'This paragraph was left in English by mistake.' }, ARABIC_ENTRIES[1]!],
      { title: '"Live: the push on Tripoli"' },
    );
    const problems = mine(build(text).problems);
    expect(problems.find((p) => p.field === 'title')).toMatchObject({ severity: 'error' });
    expect(problems.find((p) => p.field === 'entries[0].title')).toMatchObject({ severity: 'error', line: lineOf(text, '## 2019-04-05T09:00') });
    expect(problems.find((p) => p.field === 'body')).toMatchObject({ severity: 'warning', line: lineOf(text, 'This paragraph') });
  });

  it('needs an Arabic name for every registry entry it shows', () => {
    const { problems, content } = build(arabicText(ARABIC_ENTRIES), englishText(), ARABIC_PATH);
    expect(content.arabicLive).toHaveLength(1);
    const noName = buildContent({
      articleFiles: [],
      registryFiles: registryFiles(),
      liveFiles: [{ path: ENGLISH_PATH, text: englishText() }],
      arabicLiveFiles: [{ path: ARABIC_PATH, text: arabicText(ARABIC_ENTRIES) }],
    });
    expect(mine(noName.problems).filter((p) => p.severity === 'error').map((p) => p.field).sort()).toEqual(['authors', 'places']);
    expect(noName.content.arabicLive).toEqual([]);
    expect(mine(problems)).toEqual([]);
  });
});

describe('Arabic live pages: warnings against the English page', () => {
  it('warns about a missing and an extra entry; the extra one is not shown', () => {
    const text = arabicText([ARABIC_ENTRIES[0]!, { time: '2019-04-05T11:00', title: 'تحديث إضافي لا مقابل له بالإنجليزية' }, ARABIC_ENTRIES[2]!]);
    const { problems, content } = build(text);
    const warnings = mine(problems);
    expect(warnings.every((p) => p.severity === 'warning')).toBe(true);
    expect(warnings.find((p) => p.field === 'entries[1].time')?.message).toMatch(/no English entry at the same time/);
    expect(warnings.find((p) => p.field === 'entries')?.message).toMatch(/is not translated yet/);
    expect(warnings.find((p) => p.field === 'entries')?.fix).toContain('## 2019-04-05T10:30');
    expect(content.arabicLive[0]!.entries.map((e) => e.id)).toEqual(['20190405-0900', '20990101-1000']);
  });

  it('warns when key or pinned differ from the English entry', () => {
    const text = arabicText([{ ...ARABIC_ENTRIES[0]!, attributes: ['sources:', '  - publisher: Reuters'] }, ARABIC_ENTRIES[1]!, ARABIC_ENTRIES[2]!]);
    expect(mine(build(text).problems)).toEqual([expect.objectContaining({ field: 'entries[0].key', severity: 'warning' })]);
  });

  it("warns when an entry cites other sources than the English entry's", () => {
    const text = arabicText([ARABIC_ENTRIES[0]!, { ...ARABIC_ENTRIES[1]!, attributes: ['sources:', '  - publisher: Al Jazeera'] }, ARABIC_ENTRIES[2]!]);
    expect(mine(build(text).problems)).toEqual([
      expect.objectContaining({ field: 'entries[1].sources', line: lineOf(text, '## 2019-04-05T10:30'), severity: 'warning' }),
    ]);
  });

  it('warns when the translation is older than the latest due English entry, not a scheduled one', () => {
    const stale = mine(build(arabicText(ARABIC_ENTRIES, { translated: '2019-04-05T10:00' })).problems);
    expect(stale).toEqual([expect.objectContaining({ field: 'translated', severity: 'warning' })]);
    expect(stale[0]!.message).toMatch(/^Translation out of date since April 5, 2019, 10:30 a\.m\./);
    expect(mine(build(arabicText(ARABIC_ENTRIES)).problems)).toEqual([]);
  });

  it('warns when the English page was corrected after the translation, and carries only its own corrections', () => {
    const corrected = englishText().replace('status: live', 'status: live\ncorrections:\n  - date: 2019-04-07\n    text: An earlier version misdated an entry.');
    const stale = mine(build(arabicText(ARABIC_ENTRIES), corrected).problems);
    expect(stale).toEqual([expect.objectContaining({ field: 'translated', severity: 'warning' })]);
    expect(stale[0]!.message).toContain('later entry or correction');
    const own = arabicText(ARABIC_ENTRIES, { translated: '2019-04-07T12:00', corrections: '\n  - date: 2019-04-07\n    text: "أخطأت نسخة سابقة في تاريخ أحد التحديثات."' });
    const { content, problems } = build(own, corrected);
    expect(mine(problems)).toEqual([]);
    expect(content.arabicLive[0]!.corrections.map((c) => c.text)).toEqual(['أخطأت نسخة سابقة في تاريخ أحد التحديثات.']);
    expect(content.live[0]!.corrections.map((c) => c.text)).toEqual(['An earlier version misdated an entry.']);
  });

  it('warns about a correction written in English', () => {
    const english = arabicText(ARABIC_ENTRIES, { corrections: '\n  - date: 2019-04-06\n    text: An earlier version misdated an entry on this page.' });
    expect(mine(build(english).problems)).toEqual([expect.objectContaining({ field: 'corrections[0].text', severity: 'warning' })]);
  });

  it('warns when keys, figures or sources differ from the English page', () => {
    const { problems } = build(arabicText(ARABIC_ENTRIES, { places: '[]', sources: '\n  - publisher: Somebody' }));
    expect(mine(problems).map((p) => p.field).sort()).toEqual(['places', 'sources']);
  });
});

describe('latestChange', () => {
  it('is the latest entry due at `now`, else the start of coverage', () => {
    const { content } = build(arabicText(ARABIC_ENTRIES));
    const original = content.live[0]!;
    fc.assert(
      fc.property(fc.date({ min: new Date('2019-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (now) => {
        const latest = latestChange(original, now);
        const due = original.entries.filter((e) => e.time <= now);
        expect(latest).toEqual(due.at(-1)?.time ?? original.published);
        expect(latest.getTime()).toBeLessThanOrEqual(Math.max(now.getTime(), original.published.getTime()));
      }),
    );
  });

  it('is a correction made after the latest due entry, once its day has come', () => {
    const corrected = englishText().replace('status: live', 'status: live\ncorrections:\n  - date: 2019-04-07\n    text: An earlier version misdated an entry.');
    const original = build(arabicText(ARABIC_ENTRIES), corrected).content.live[0]!;
    const correction = original.corrections[0]!.date;
    expect(latestChange(original, parseDateTime('2019-04-08T00:00')!)).toEqual(correction);
    expect(latestChange(original, parseDateTime('2019-04-06T00:00')!)).toEqual(parseDateTime('2019-04-05T10:30'));
  });

  it('checkArabicLivePages reports nothing and builds nothing for no files', () => {
    expect(checkArabicLivePages([], new Map(), registryFiles() as never)).toEqual({ arabicLive: [], problems: [] });
  });
});
