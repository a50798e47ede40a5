import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, buildContent, hasErrors } from '../../../lib/content/build-content';
import { MAX_SLUG_LENGTH, articleTemplate, slugFromHeadline, type ScaffoldOptions } from '../../../lib/content/scaffold';
import { articlePathFor, lineStartingWith, problemsIn, registryFiles, withTimeZone } from '../helpers';

describe('slugFromHeadline', () => {
  it('lowercases and joins words with single hyphens', () => {
    expect(slugFromHeadline('Hifter Forces Push Toward Tripoli')).toBe('hifter-forces-push-toward-tripoli');
  });

  it('folds accents to plain letters', () => {
    expect(slugFromHeadline('Ghassan Salamé à Tripoli')).toBe('ghassan-salame-a-tripoli');
    expect(slugFromHeadline('Ünïcödé ÇÀ')).toBe('unicode-ca');
  });

  it('drops punctuation, without leaving double or edge hyphens', () => {
    expect(slugFromHeadline('Hifter: forces push — toward Tripoli!')).toBe('hifter-forces-push-toward-tripoli');
    expect(slugFromHeadline('  "Truce?"  ')).toBe('truce');
    expect(slugFromHeadline('Émile_Zola was here')).toBe('emile-zola-was-here');
  });

  it('drops apostrophes inside words, straight or curly', () => {
    expect(slugFromHeadline("Hifter's push")).toBe('hifters-push');
    expect(slugFromHeadline('Hifter’s push')).toBe('hifters-push');
    expect(slugFromHeadline("L'ONU à Tripoli")).toBe('lonu-a-tripoli');
  });

  it('keeps digits', () => {
    expect(slugFromHeadline('UN envoy 2: talks resume in 2020')).toBe('un-envoy-2-talks-resume-in-2020');
    expect(slugFromHeadline('2019')).toBe('2019');
  });

  it('is empty when there are no letters or digits to use', () => {
    expect(slugFromHeadline('!!! ??? —')).toBe('');
    expect(slugFromHeadline('')).toBe('');
    expect(slugFromHeadline('طرابلس')).toBe('');
  });

  it(`leaves a slug of exactly ${MAX_SLUG_LENGTH} characters whole`, () => {
    const headline = `${'a'.repeat(39)} ${'b'.repeat(40)}`;
    expect(slugFromHeadline(headline)).toBe(`${'a'.repeat(39)}-${'b'.repeat(40)}`);
  });

  it(`cuts a longer slug at the last word boundary within ${MAX_SLUG_LENGTH} characters`, () => {
    const headline = 'Forces loyal to the government retake the strategic town of Gharyan south of Tripoli after weeks';
    const slug = slugFromHeadline(headline);
    expect(slug).toBe('forces-loyal-to-the-government-retake-the-strategic-town-of-gharyan-south-of');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
  });

  it('keeps a word that ends exactly at the limit', () => {
    // 16 five-letter words: "word-" x 15 + "word" is 79 characters; one more word passes 80.
    const slug = slugFromHeadline('word '.repeat(20));
    expect(slug).toBe(Array(16).fill('word').join('-'));
    const exact = `${'a'.repeat(40)} ${'b'.repeat(39)} tail`;
    expect(slugFromHeadline(exact)).toBe(`${'a'.repeat(40)}-${'b'.repeat(39)}`);
  });

  it(`cuts a single word longer than ${MAX_SLUG_LENGTH} characters at the limit`, () => {
    expect(slugFromHeadline('a'.repeat(100))).toBe('a'.repeat(MAX_SLUG_LENGTH));
  });

  it('never ends a cut slug with a hyphen, and always gives a valid file name', () => {
    for (const headline of [
      'x'.repeat(79) + ' y',
      'Salamé: "We must stop the war" — UN envoy warns of a long conflict around Tripoli and beyond',
      "Hifter's forces push toward Tripoli",
    ]) {
      const slug = slugFromHeadline(headline);
      expect(SLUG_PATTERN.test(slug)).toBe(true);
      expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    }
  });
});

describe('articleTemplate', () => {
  // 19:40:30Z is 21:40 in Libya (UTC+2).
  const NOW = new Date('2019-04-05T19:40:30Z');
  const OPTIONS: ScaffoldOptions = {
    headline: "Hifter's forces push toward Tripoli",
    now: NOW,
    authors: ['conflict-desk'],
    dateline: 'tripoli',
    topics: ['tripoli-offensive'],
  };

  const build = (text: string, slug = 'hifter-s-forces') =>
    buildContent({ articleFiles: [{ path: articlePathFor(`${slug}.md`), text }], registryFiles: registryFiles() });

  it('is valid content: buildContent reports no problems', () => {
    const { content, problems } = build(articleTemplate(OPTIONS));
    expect(problems).toEqual([]);
    expect(content.articles).toHaveLength(1);
  });

  it('is a draft', () => {
    const text = articleTemplate(OPTIONS);
    expect(text).toContain('\ndraft: true\n');
    expect(build(text).content.articles[0]!.draft).toBe(true);
  });

  it('carries the headline, dateline, topics and authors', () => {
    const [article] = build(articleTemplate(OPTIONS)).content.articles;
    expect(article!.title).toBe("Hifter's forces push toward Tripoli");
    expect(article!.dateline?.key).toBe('tripoli');
    expect(article!.places.map((p) => p.key)).toEqual(['tripoli']);
    expect(article!.topics.map((t) => t.key)).toEqual(['tripoli-offensive']);
    expect(article!.authors.map((a) => a.key)).toEqual(['conflict-desk']);
    expect(article!.people).toEqual([]);
  });

  it('leaves out the dateline, and the places, when none is given', () => {
    const text = articleTemplate({ ...OPTIONS, dateline: undefined, topics: [] });
    expect(text).not.toContain('dateline:');
    const { content, problems } = build(text);
    expect(problems).toEqual([]);
    expect(content.articles[0]).toMatchObject({ dateline: undefined, places: [], topics: [] });
  });

  it('quotes a headline with quotes, colons and accents so it survives as written', () => {
    const headline = 'Salamé: "We must stop the war" \\ or else';
    const { content, problems } = build(articleTemplate({ ...OPTIONS, headline }));
    expect(problems).toEqual([]);
    expect(content.articles[0]!.title).toBe(headline);
  });

  describe.each(['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'])('with the server in %s', (timeZone) => {
    it('sets published to now, to the minute, written in Libya time', () => {
      const text = withTimeZone(timeZone, () => articleTemplate(OPTIONS));
      expect(text.split('\n')[lineStartingWith(text, 'published:') - 1]).toBe('published: 2019-04-05T21:40');
      const [article] = withTimeZone(timeZone, () => build(text).content.articles);
      expect(article!.published.toISOString()).toBe('2019-04-05T19:40:00.000Z');
    });

    it("dates the source on Libya's calendar day, even when it differs from UTC's", () => {
      const lateEvening = new Date('2019-04-05T23:30:00Z'); // 01:30 on April 6 in Libya
      const text = withTimeZone(timeZone, () => articleTemplate({ ...OPTIONS, now: lateEvening }));
      expect(text).toContain('published: 2019-04-06T01:30\n');
      expect(text).toContain('    date: 2019-04-06\n');
      expect(build(text).content.articles[0]!.published.toISOString()).toBe('2019-04-05T23:30:00.000Z');
    });
  });

  describe('without draft: true', () => {
    const undrafted = (options: ScaffoldOptions = OPTIONS) => articleTemplate(options).replace('draft: true\n', '');

    it('fails the check on every TODO placeholder left in it', () => {
      const text = undrafted();
      expect(text).not.toContain('draft:');
      const { problems } = build(text);
      expect(hasErrors(problems)).toBe(true);
      const file = articlePathFor('hifter-s-forces.md');
      expect(problemsIn(problems, file).map((p) => [p.field, p.line, p.severity])).toEqual([
        ['dek', lineStartingWith(text, 'dek:'), 'error'],
        ['sources[0].publisher', lineStartingWith(text, '- publisher:'), 'error'],
        [undefined, expect.any(Number), 'error'],
      ]);
      expect(problemsIn(problems, file).map((p) => p.message)).toEqual([
        'Still holds a TODO placeholder, and the article is not a draft.',
        'Still holds a TODO placeholder, and the article is not a draft.',
        'The article text still contains TODO, and the article is not a draft.',
      ]);
    });

    it('passes once every TODO is replaced', () => {
      const text = undrafted()
        .replace(/dek: ".*"/, 'dek: The UN chief leaves Libya without a truce.')
        .replace(/publisher: ".*"/, 'publisher: Reuters')
        .replace(/\nTODO: .*\n/, '\nForces advanced on the capital.\n');
      const { content, problems } = build(text);
      expect(problems).toEqual([]);
      expect(content.articles[0]!.draft).toBe(false);
    });
  });
});
