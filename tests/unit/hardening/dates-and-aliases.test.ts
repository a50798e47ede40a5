import { describe, expect, it } from 'vitest';
import { buildContent, type SourceFile } from '../../../lib/content/build-content';
import { parseCalendarDate, parseDateTime } from '../../../lib/dates';
import { reservedPathReason } from '../../../lib/reserved-paths';
import { articleFile, lineStartingWith, onlyProblemIn, registryFiles } from '../helpers';

function build(files: SourceFile[], timeline?: string, publicFiles = new Set<string>()) {
  return buildContent({ articleFiles: files, registryFiles: registryFiles(), timelineFile: { path: 'content/timeline.yml', text: timeline }, publicFiles });
}

describe('dates: years 1900–2100 and offsets within ±14:00', () => {
  it.each(['0019-05-01', '1899-12-31', '2101-01-01', '0000-01-01'])('calendar date %s is rejected (0019 no longer becomes 1919)', (text) => {
    expect(parseCalendarDate(text)).toBeUndefined();
  });

  it.each(['1900-01-01', '2019-05-01', '2100-12-31'])('calendar date %s is accepted', (text) => {
    expect(parseCalendarDate(text)).toBeInstanceOf(Date);
  });

  it.each(['2019-04-05T10:00+99:99', '2019-04-05T10:00+14:01', '2019-04-05T10:00-15:00', '2019-04-05T10:00+05:60', '0019-04-05T10:00Z'])(
    'date-time %s is rejected',
    (text) => expect(parseDateTime(text)).toBeUndefined(),
  );

  it.each(['2019-04-05T10:00+14:00', '2019-04-05T10:00-12:00', '2019-04-05T10:00+05:45', '2019-04-05T10:00Z'])('date-time %s is accepted', (text) => {
    expect(parseDateTime(text)).toBeInstanceOf(Date);
  });

  it('published in year 0019 is an error on its line with a fix naming the range', () => {
    const file = articleFile('story', { published: '0019-05-01T10:00' });
    expect(onlyProblemIn(build([file]).problems, file.path)).toMatchObject({
      line: lineStartingWith(file.text, 'published:'),
      field: 'published',
      severity: 'error',
      fix: expect.stringMatching(/between 1900 and 2100.*-14:00 and \+14:00/),
    });
  });

  it('an offset of +99:99 is an error', () => {
    const file = articleFile('story', { published: '2019-04-05T10:00+99:99' });
    expect(onlyProblemIn(build([file]).problems, file.path)).toMatchObject({ field: 'published' });
  });

  it('a source date in 2190 and a timeline date in 1019 are errors', () => {
    const file = articleFile('story', { sources: '\n  - publisher: Reuters\n    date: 2190-04-05' });
    expect(onlyProblemIn(build([file]).problems, file.path)).toMatchObject({ field: 'sources[0].date', fix: expect.stringMatching(/1900 and 2100/) });
    const timeline = '- date: 1019-04-05\n  event: Advance.\n  article: story\n';
    const { problems } = build([articleFile('story')], timeline);
    expect(onlyProblemIn(problems, 'content/timeline.yml')).toMatchObject({ field: '[0].date', fix: expect.stringMatching(/1900 and 2100/) });
  });
});

describe('aliases may not shadow anything the site serves', () => {
  const publicFiles = new Set(['/images/map.png']);

  it.each([
    '/icon.svg',
    '/sitemaps/0.xml',
    '/sitemap.xml',
    '/news-sitemap.xml',
    '/feed.xml',
    '/atom.xml',
    '/feed.json',
    '/robots.txt',
    '/publisher-logo.png',
    '/opengraph-image',
    '/articles/some-story/opengraph-image',
    '/_next/static/chunks/main.js',
    '/api/publish',
    '/libya/page/99',
    '/libya/timeline/',
    '/search',
    '/topics/new-topic',
    '/places/misrata/page/3',
    '/people',
    '/authors/someone',
    '/maps/libya.svg',
    '/css/article.css',
    '/lite/articles/some-story',
    '/live/some-live-page',
    '/ar/topics/a-new-topic',
    '/ar',
    '/images/map.png',
    '/IMAGES/Map.png',
    '/%69con.svg',
    '/%',
    '/',
  ])('%s is refused', (alias) => {
    expect(reservedPathReason(alias, publicFiles)).toEqual(expect.any(String));
  });

  it.each(['/articles/old-name', '/2019/04/05/old-story.html', '/news/libya-story', '/libyan-story'])('%s is allowed', (alias) => {
    expect(reservedPathReason(alias, publicFiles)).toBeUndefined();
  });

  it('`aliases: [/icon.svg, /sitemaps/0.xml]` gives one error per alias, on its line, with a fix', () => {
    const file = articleFile('story', { aliases: '\n  - /icon.svg\n  - /sitemaps/0.xml' });
    const { problems } = build([file], undefined, publicFiles);
    expect(problems).toEqual([
      expect.objectContaining({ file: file.path, field: 'aliases[0]', line: lineStartingWith(file.text, '- /icon.svg'), severity: 'error', fix: expect.stringMatching(/^Remove it/) }),
      expect.objectContaining({ file: file.path, field: 'aliases[1]', line: lineStartingWith(file.text, '- /sitemaps/0.xml') }),
    ]);
  });

  it('an alias on a public file is an error', () => {
    const file = articleFile('story', { aliases: '[/images/map.png]' });
    expect(onlyProblemIn(build([file], undefined, publicFiles).problems, file.path)).toMatchObject({ message: expect.stringMatching(/public/) });
  });
});
