import { describe, expect, it } from 'vitest';
import { buildContent, parseRegistries } from '../../../lib/content/build-content';
import { variantSpellings } from '../../../lib/content/house-style';
import { parseTimeline } from '../../../lib/content/timeline';
import { libyaDayKey } from '../../../lib/dates';
import { SERVER_TIME_ZONES, articleFile, lineStartingWith, problemsIn, registryFiles, withTimeZone } from '../helpers';

const FILE = 'content/timeline.yml';
/** Articles published after every event below, so that only the check under test speaks. */
const stories = (...slugs: string[]) => new Map(slugs.map((slug) => [slug, { published: new Date('2021-01-01T00:00:00Z'), draft: false }]));
const SLUGS = stories('hifter-push', 'mitiga-air-strike', 'gna-retakes-gharyan');

/** A timeline file: one event per [date, event, article]. */
function timeline(...events: [date: string, event: string, article: string][]): string {
  return events.map(([date, event, article]) => `- date: ${date}\n  event: ${event}\n  article: ${article}\n`).join('');
}

describe('parseTimeline: each edition in its script', () => {
  it('warns about an English event in Arabic letters and an Arabic one in Latin letters, on their lines', () => {
    const source = [
      '- date: 2019-04-04',
      '  event: حفتر يأمر قواته بالتقدم نحو طرابلس في الرابع من أبريل.',
      '  article: hifter-push',
      '- date: 2019-04-05',
      '  event: Hifter orders his forces to advance on Tripoli.',
      '  event_ar: Hifter orders his forces to advance on Tripoli.',
      '  article: hifter-push',
    ].join('\n');
    const { events, problems } = parseTimeline(FILE, source, stories('hifter-push'));
    expect(events).toHaveLength(2);
    expect(problems.map((p) => [p.severity, p.line, p.field])).toEqual([
      ['warning', 2, '[0].event'],
      ['warning', 6, '[1].event_ar'],
    ]);
  });
});

describe('parseTimeline: valid files', () => {
  it('gives no events and no problems when there is no file', () => {
    expect(parseTimeline(FILE, undefined, SLUGS)).toEqual({ events: [], problems: [] });
  });

  it('gives no events and no problems for an empty file or one with only comments', () => {
    expect(parseTimeline(FILE, '', SLUGS)).toEqual({ events: [], problems: [] });
    expect(parseTimeline(FILE, '# Key events, oldest first.\n', SLUGS)).toEqual({ events: [], problems: [] });
  });

  it('reads every event, sorted oldest first whatever the file order', () => {
    const source = timeline(
      ['2019-06-26', 'Government forces retake Gharyan.', 'gna-retakes-gharyan'],
      ['2019-04-04', 'Hifter orders the advance on Tripoli.', 'hifter-push'],
      ['2019-04-08', 'An air strike closes Mitiga airport.', 'mitiga-air-strike'],
    );
    const { events, problems } = parseTimeline(FILE, source, SLUGS);
    expect(problems).toEqual([]);
    expect(events.map((e) => [libyaDayKey(e.date), e.event, e.article])).toEqual([
      ['2019-04-04', 'Hifter orders the advance on Tripoli.', 'hifter-push'],
      ['2019-04-08', 'An air strike closes Mitiga airport.', 'mitiga-air-strike'],
      ['2019-06-26', 'Government forces retake Gharyan.', 'gna-retakes-gharyan'],
    ]);
  });

  it('keeps events of the same day in file order', () => {
    const source = timeline(
      ['2019-04-05', 'Second event.', 'hifter-push'],
      ['2019-04-05', 'Third event.', 'mitiga-air-strike'],
      ['2019-04-04', 'First event.', 'hifter-push'],
    );
    expect(parseTimeline(FILE, source, SLUGS).events.map((e) => e.event)).toEqual([
      'First event.',
      'Second event.',
      'Third event.',
    ]);
  });

  it.each(SERVER_TIME_ZONES)('reads dates as the start of that day in Libya (server time zone %s)', (timeZone) => {
    withTimeZone(timeZone, () => {
      const { events } = parseTimeline(FILE, timeline(['2019-04-04', 'Advance.', 'hifter-push']), SLUGS);
      expect(events[0]!.date.toISOString()).toBe('2019-04-03T22:00:00.000Z');
      expect(libyaDayKey(events[0]!.date)).toBe('2019-04-04');
    });
  });

  it('accepts quoted dates and trims the event text', () => {
    const source = '- date: "2019-04-04"\n  event: "  Advance.  "\n  article: hifter-push\n';
    const { events, problems } = parseTimeline(FILE, source, SLUGS);
    expect(problems).toEqual([]);
    expect(events).toEqual([{ date: expect.any(Date), event: 'Advance.', article: 'hifter-push' }]);
  });
});

describe('parseTimeline: problems', () => {
  it('reports an event naming an unknown article on its line, with a did-you-mean', () => {
    const source = timeline(
      ['2019-04-04', 'Advance.', 'hifter-push'],
      ['2019-06-26', 'Gharyan retaken.', 'gna-retakes-gharyn'],
    );
    const { events, problems } = parseTimeline(FILE, source, SLUGS);
    expect(problems).toEqual([
      {
        file: FILE,
        line: lineStartingWith(source, 'article: gna-retakes-gharyn'),
        field: '[1].article',
        message:
          'No valid article "gna-retakes-gharyn" in content/articles (the file is missing, or has errors of its own).',
        fix: 'Did you mean "gna-retakes-gharyan"?',
        severity: 'error',
      },
    ]);
    expect(events.map((e) => e.article)).toEqual(['hifter-push']);
  });

  it('explains how to name an article when no slug is close', () => {
    const { problems } = parseTimeline(FILE, timeline(['2019-04-04', 'Advance.', 'something-else-entirely']), SLUGS);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.fix).toBe('Use the file name of an article, without .md.');
  });

  it('reports a missing field on the line of its event', () => {
    const source = `# Key events\n${timeline(['2019-04-04', 'Advance.', 'hifter-push'])}- date: 2019-04-08\n  article: mitiga-air-strike\n`;
    const { events, problems } = parseTimeline(FILE, source, SLUGS);
    expect(problems).toEqual([
      {
        file: FILE,
        line: lineStartingWith(source, '- date: 2019-04-08'),
        field: '[1].event',
        message: expect.stringContaining('This field is required but missing.'),
        fix: 'Write it like this: event: Hifter orders the LNA to advance on Tripoli.',
        severity: 'error',
      },
    ]);
    expect(events.map((e) => libyaDayKey(e.date))).toEqual(['2019-04-04']);
  });

  it('reports an unknown field on its own line, with a did-you-mean', () => {
    const source = '- date: 2019-04-04\n  event: Advance.\n  artcle: hifter-push\n';
    const { events, problems } = parseTimeline(FILE, source, SLUGS);
    expect(events).toEqual([]);
    expect(problems).toContainEqual({
      file: FILE,
      line: 3,
      field: '[0].artcle',
      message: '"artcle" is not a known field.',
      fix: 'Did you mean "article"?',
      severity: 'error',
    });
    // The real field is then missing: that is said once, by the did-you-mean.
    expect(problems.map((p) => p.field).sort()).toEqual(['[0].artcle']);
  });

  it('reports an impossible date on its line', () => {
    const source = timeline(['2019-04-04', 'Advance.', 'hifter-push'], ['2019-02-30', 'No such day.', 'hifter-push']);
    const { events, problems } = parseTimeline(FILE, source, SLUGS);
    expect(problems).toEqual([
      expect.objectContaining({
        file: FILE,
        line: lineStartingWith(source, '- date: 2019-02-30'),
        field: '[1].date',
        message: '"2019-02-30" is not a valid date. Expected a date such as 2019-04-04.',
      }),
    ]);
    expect(events).toHaveLength(1);
  });

  it('reports a date-time where a date is expected', () => {
    const { problems } = parseTimeline(FILE, timeline(['2019-04-04T10:00', 'Advance.', 'hifter-push']), SLUGS);
    expect(problems.map((p) => [p.field, p.line])).toEqual([['[0].date', 1]]);
  });

  it('reports an empty event text', () => {
    const source = '- date: 2019-04-04\n  event: "   "\n  article: hifter-push\n';
    const { problems } = parseTimeline(FILE, source, SLUGS);
    expect(problems.map((p) => [p.field, p.line])).toEqual([['[0].event', 2]]);
  });

  it('reports every bad event, not just the first', () => {
    const source = timeline(
      ['2019-13-01', 'Bad month.', 'hifter-push'],
      ['2019-04-04', 'Fine.', 'hifter-push'],
      ['2019-04-05', 'Bad article.', 'no-such-article'],
    );
    const { events, problems } = parseTimeline(FILE, source, SLUGS);
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['[0].date', 1],
      ['[2].article', 9],
    ]);
    expect(events.map((e) => e.event)).toEqual(['Fine.']);
  });

  it('reports a list item that is not a group of fields', () => {
    const { events, problems } = parseTimeline(FILE, '- Hifter advances\n', SLUGS);
    expect(events).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ file: FILE, line: 1, field: '[0]', severity: 'error' })]);
  });

  it.each([
    ['a map', 'date: 2019-04-04\nevent: Advance.\narticle: hifter-push\n'],
    ['a single value', 'Hifter advances\n'],
  ])('reports a file that is %s rather than a list, on line 1', (_label, source) => {
    const { events, problems } = parseTimeline(FILE, source, SLUGS);
    expect(events).toEqual([]);
    expect(problems).toEqual([
      {
        file: FILE,
        line: 1,
        message: 'Expected a list of events.',
        fix: expect.stringContaining('- date: ...'),
        severity: 'error',
      },
    ]);
  });

  it('reports a YAML syntax error with its line, and gives no events', () => {
    const source = '- date: 2019-04-04\n  event: "Unclosed quote\n  article: hifter-push\n';
    const { events, problems } = parseTimeline(FILE, source, SLUGS);
    expect(events).toEqual([]);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem).toMatchObject({ file: FILE, severity: 'error', message: expect.stringMatching(/^YAML syntax error: /) });
      expect(problem.line).toBeGreaterThanOrEqual(2);
    }
  });

  it('reports a tab used for indentation as a YAML error', () => {
    const source = '- date: 2019-04-04\n\tevent: Advance.\n  article: hifter-push\n';
    const { events, problems } = parseTimeline(FILE, source, SLUGS);
    expect(events).toEqual([]);
    expect(problems[0]).toMatchObject({ file: FILE, line: 2, message: expect.stringMatching(/^YAML syntax error: /) });
  });
});

describe('buildContent: timeline', () => {
  const articles = [
    articleFile('hifter-push', { published: '2019-04-05T21:40' }),
    articleFile('gna-retakes-gharyan', { title: 'Government forces retake Gharyan', published: '2019-06-27T10:00' }),
  ];

  it('has an empty timeline and no problems when there is no timeline file', () => {
    const { content, problems } = buildContent({ articleFiles: articles, registryFiles: registryFiles() });
    expect(problems).toEqual([]);
    expect(content.timeline).toEqual([]);
  });

  it('has an empty timeline when the timeline file does not exist', () => {
    const { content, problems } = buildContent({
      articleFiles: articles,
      registryFiles: registryFiles(),
      timelineFile: { path: FILE, text: undefined },
    });
    expect(problems).toEqual([]);
    expect(content.timeline).toEqual([]);
  });

  it('checks each event against its story and the house style', () => {
    const text = timeline(['2019-06-28', 'Haftar loses Gharyan.', 'gna-retakes-gharyan']);
    const { problems } = buildContent({ articleFiles: articles, registryFiles: registryFiles(), timelineFile: { path: FILE, text } });
    expect(problems.map((p) => [p.file, p.severity, p.field])).toEqual([
      [FILE, 'warning', '[0].event'],
      [FILE, 'error', '[0].date'],
    ]);
  });

  it('holds the valid events in content.timeline, oldest first', () => {
    const text = timeline(
      ['2019-06-26', 'Government forces retake Gharyan.', 'gna-retakes-gharyan'],
      ['2019-04-04', 'Hifter orders the advance on Tripoli.', 'hifter-push'],
    );
    const { content, problems } = buildContent({
      articleFiles: articles,
      registryFiles: registryFiles(),
      timelineFile: { path: FILE, text },
    });
    expect(problems).toEqual([]);
    expect(content.timeline.map((e) => [libyaDayKey(e.date), e.article])).toEqual([
      ['2019-04-04', 'hifter-push'],
      ['2019-06-26', 'gna-retakes-gharyan'],
    ]);
  });

  it('reports timeline problems with the other content problems, keeping the valid events', () => {
    const text = timeline(
      ['2019-04-04', 'Hifter orders the advance on Tripoli.', 'hifter-push'],
      ['2019-06-26', 'Government forces retake Gharyan.', 'gna-retakes-gharian'],
    );
    const { content, problems } = buildContent({
      articleFiles: [...articles, articleFile('broken-story', { title: undefined })],
      registryFiles: registryFiles(),
      timelineFile: { path: FILE, text },
    });
    expect(problemsIn(problems, 'content/articles/broken-story.md')).toHaveLength(1);
    expect(problemsIn(problems, FILE)).toEqual([
      expect.objectContaining({
        line: lineStartingWith(text, 'article: gna-retakes-gharian'),
        field: '[1].article',
        fix: 'Did you mean "gna-retakes-gharyan"?',
        severity: 'error',
      }),
    ]);
    expect(content.timeline.map((e) => e.article)).toEqual(['hifter-push']);
  });

  it('reports an event naming an article that has errors, since that article is not published', () => {
    const text = timeline(['2019-04-04', 'Advance.', 'broken-story']);
    const { content, problems } = buildContent({
      articleFiles: [...articles, articleFile('broken-story', { title: undefined })],
      registryFiles: registryFiles(),
      timelineFile: { path: FILE, text },
    });
    expect(problemsIn(problems, FILE).map((p) => p.field)).toEqual(['[0].article']);
    expect(content.timeline).toEqual([]);
  });

  it('accepts an event naming a draft article (drafts are hidden later, when published)', () => {
    const { content, problems } = buildContent({
      articleFiles: [articleFile('draft-story', { draft: 'true' })],
      registryFiles: registryFiles(),
      timelineFile: { path: FILE, text: timeline(['2019-04-04', 'Advance.', 'draft-story']) },
    });
    expect(problems).toEqual([]);
    expect(content.timeline.map((e) => e.article)).toEqual(['draft-story']);
  });
});

describe('parseTimeline: what the event says and when', () => {
  const published = (iso: string, draft = false) => new Map([['hifter-push', { published: new Date(iso), draft }]]);

  it('refuses an event dated after the day its story was published, in Libya time', () => {
    const source = timeline(['2019-04-05', 'Advance.', 'hifter-push'], ['2019-04-06', 'Later.', 'hifter-push']);
    // 23:30 UTC on April 5 is already April 6 in Libya (UTC+2): both events are on or before that day.
    expect(parseTimeline(FILE, source, published('2019-04-05T23:30:00Z')).problems).toEqual([]);
    const { events, problems } = parseTimeline(FILE, source, published('2019-04-05T21:40:00Z'));
    expect(problems).toEqual([
      {
        file: FILE,
        line: lineStartingWith(source, '- date: 2019-04-06'),
        field: '[1].date',
        message: 'The event is dated 2019-04-06, after "hifter-push" was published (2019-04-05, Libya time): a story cannot cover what had not happened yet.',
        fix: 'Correct the date, or link the event to the story that reported it.',
        severity: 'error',
      },
    ]);
    // The timeline is not published while it has an error; the events are still read, as with a script warning.
    expect(events).toHaveLength(2);
  });

  it("only warns while the story is a draft, whose publication time is provisional", () => {
    const source = timeline(['2019-04-09', 'Later.', 'hifter-push']);
    expect(parseTimeline(FILE, source, published('2019-04-05T21:40:00Z', true)).problems.map((p) => p.severity)).toEqual(['warning']);
  });

  it('holds the English event to the house style, on its own line', () => {
    const registries = parseRegistries(registryFiles()).registries;
    const source = timeline(['2019-04-04', 'Haftar orders an advance on 4 April.', 'hifter-push']);
    const { problems } = parseTimeline(FILE, source, SLUGS, variantSpellings(registries));
    expect(problems.map((p) => [p.severity, p.line, p.field, p.message])).toEqual([
      ['warning', 2, '[0].event', expect.stringContaining('"Haftar" is not the house spelling of Khalifa Hifter')],
      ['warning', 2, '[0].event', expect.stringContaining('The date "4 April"')],
    ]);
  });
});
