import { describe, expect, it, vi } from 'vitest';
import { buildContent, hasErrors, parseRegistries, type SourceFile } from '../../../lib/content/build-content';
import { checkTranslations } from '../../../lib/content/translation-checks';
import { parseTranslationFile } from '../../../lib/content/translation-file';
import { formatProblem } from '../../../lib/content/problems';
import { dominantScript } from '../../../lib/content/script-check';
import { translationTemplate } from '../../../lib/content/scaffold';
import { parseSource } from '../../../lib/content/front-matter';
import { REGISTRY_YAML, articleFile, articleText, lineStartingWith, problemsIn, registryFiles } from '../helpers';

const ARABIC_REGISTRIES = {
  authors: `${REGISTRY_YAML.authors.trimEnd()}\n  name_ar: فريق كونفليكت ديسك\n`,
  places: REGISTRY_YAML.places.replace('  name: Tripoli\n', '  name: Tripoli\n  name_ar: طرابلس\n'),
  people: `${REGISTRY_YAML.people.trimEnd()}\n  name_ar: خليفة حفتر\n  aliases_ar: [حفطر]\n`,
  topics: REGISTRY_YAML.topics,
};

const TRANSLATION_FIELDS: Record<string, string | undefined> = {
  translation_of: 'hifter-push',
  title: '"قوات حفتر تتقدم نحو طرابلس"',
  dek: '"الأمين العام للأمم المتحدة يغادر ليبيا دون هدنة."',
  translated: '2019-04-06T10:00',
  authors: '[conflict-desk]',
  sources: '\n  - publisher: Reuters\n    date: 2019-04-01',
};
const ARABIC_BODY = 'تقدمت القوات نحو العاصمة طرابلس صباح اليوم، وفق ما أفادت به مصادر محلية.';

function translationText(fields: Record<string, string | undefined> = {}, body = ARABIC_BODY): string {
  const lines = Object.entries({ ...TRANSLATION_FIELDS, ...fields })
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => (value.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`));
  return `---\n${lines.join('\n')}\n---\n${body}\n`;
}
const translationFile = (name: string, fields: Record<string, string | undefined> = {}, body?: string): SourceFile => ({
  path: `content/ar/articles/${name}.md`,
  text: translationText(fields, body),
});

function build(translations: SourceFile[], original = articleFile('hifter-push', { dateline: 'tripoli', people: '[khalifa-hifter]' }), registries = ARABIC_REGISTRIES) {
  return buildContent({ articleFiles: [original], translationFiles: translations, registryFiles: registryFiles(registries) });
}
const withKeys = { dateline: 'tripoli', people: '[khalifa-hifter]' };

describe('Arabic translations', () => {
  it('builds the Arabic edition of an article with its dates and keys', () => {
    const { content, problems } = build([translationFile('hifter-push', withKeys)]);
    expect(problems).toEqual([]);
    expect(content.arabic).toHaveLength(1);
    const [ar] = content.arabic;
    expect(ar).toMatchObject({ lang: 'ar', slug: 'hifter-push', path: '/ar/articles/hifter-push', originalPath: '/articles/hifter-push', title: 'قوات حفتر تتقدم نحو طرابلس' });
    expect(ar!.published).toEqual(content.articles[0]!.published);
    expect(ar!.people[0]!.name_ar).toBe('خليفة حفتر');
  });

  it('reports every front-matter error at once, with file, line and field', () => {
    const text = translationText({ translated: 'yesterday', published: '2019-04-05T21:40', sources: undefined });
    const { problems } = build([{ path: 'content/ar/articles/hifter-push.md', text }]);
    const mine = problemsIn(problems, 'content/ar/articles/hifter-push.md');
    expect(mine.map((p) => p.field).sort()).toEqual(['published', 'sources', 'translated']);
    const translated = mine.find((p) => p.field === 'translated')!;
    expect(translated.line).toBe(lineStartingWith(text, 'translated:'));
    expect(formatProblem(translated)).toMatch(/^content\/ar\/articles\/hifter-push\.md:\d+: translated: .*fix:/s);
  });

  it('refuses a translation of an article that does not exist, suggesting the closest', () => {
    const { problems, content } = build([translationFile('hifter-pushes', { ...withKeys, translation_of: 'hifter-pushes' })]);
    const [problem] = problemsIn(problems, 'content/ar/articles/hifter-pushes.md');
    expect(problem).toMatchObject({ field: 'translation_of', severity: 'error' });
    expect(problem!.fix).toContain('hifter-push');
    expect(content.arabic).toEqual([]);
  });

  it('refuses a file named differently from its translation_of', () => {
    const { problems } = build([translationFile('other-name', withKeys)]);
    expect(problems.find((p) => p.field === 'translation_of')?.message).toMatch(/file is named other-name\.md/);
  });

  it('flags an English title or dek as an error and English paragraphs as warnings', () => {
    const file = translationFile('hifter-push', { ...withKeys, title: '"Hifter forces push toward Tripoli"' }, `${ARABIC_BODY}\n\nThis paragraph was left in English by mistake.`);
    const { problems, content } = build([file]);
    expect(problems.find((p) => p.field === 'title')).toMatchObject({ severity: 'error' });
    expect(problems.find((p) => p.field === 'body')).toMatchObject({ severity: 'warning', line: lineStartingWith(file.text, 'This paragraph') });
    expect(content.arabic).toEqual([]);
  });

  it('flags Arabic pasted into an English headline', () => {
    const original = articleFile('hifter-push', { ...withKeys, title: '"قوات حفتر تتقدم نحو طرابلس"' });
    const { problems } = build([], original);
    expect(problems.find((p) => p.field === 'title')).toMatchObject({ severity: 'error', file: 'content/articles/hifter-push.md' });
  });

  it('warns when keys, figures or sources differ from the original', () => {
    const { problems, content } = build([
      translationFile('hifter-push', { dateline: 'tripoli', sources: '\n  - publisher: AFP\n    date: 2019-04-01' }),
    ]);
    const warnings = problems.filter((p) => p.severity === 'warning').map((p) => p.field);
    expect(warnings).toEqual(expect.arrayContaining(['people', 'sources[0]', 'sources']));
    expect(hasErrors(problems)).toBe(false);
    expect(content.arabic).toHaveLength(1);
  });

  it('warns that a translation is out of date when the original was corrected after it', () => {
    const original = articleFile('hifter-push', { ...withKeys, corrections: '\n  - date: 2019-04-09\n    text: An earlier version misstated the date.' });
    const { problems } = build([translationFile('hifter-push', withKeys)], original);
    const stale = problems.find((p) => p.field === 'translated')!;
    expect(stale.severity).toBe('warning');
    expect(stale.message).toContain('Translation out of date since 2019-04-09: the original was corrected');
  });

  it('needs an Arabic name for every registry entry the translation uses', () => {
    const { problems, content } = build([translationFile('hifter-push', { ...withKeys, topics: '[tripoli-offensive]' })],
      articleFile('hifter-push', { ...withKeys, topics: '[tripoli-offensive]' }));
    expect(problems.find((p) => p.field === 'topics')).toMatchObject({ severity: 'error', message: expect.stringContaining('no Arabic name') });
    expect(content.arabic).toEqual([]);
  });

  it('reports a broken registry entry once, in its registry, not as a missing Arabic name in each translation', () => {
    const broken = { ...ARABIC_REGISTRIES, people: ARABIC_REGISTRIES.people.replace('name: Khalifa Hifter', 'name: "Khalifa\\x1b Hifter"') };
    const errors = build([translationFile('hifter-push', withKeys)], undefined, broken).problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.file, p.field])).toEqual([['content/people.yml', 'khalifa-hifter.name']]);
  });

  it("refuses a translation's own image that is not under public/, naming the closest file", () => {
    const image = '\n  src: /images/tripoli-frontt.jpg\n  alt: "صورة"\n  credit: Reuters';
    const file = translationFile('hifter-push', { ...withKeys, image });
    const original = articleFile('hifter-push', withKeys);
    const result = buildContent({ articleFiles: [original], translationFiles: [file], registryFiles: registryFiles(ARABIC_REGISTRIES), publicFiles: new Set(['/images/tripoli-front.jpg']) });
    expect(result.problems).toEqual([
      {
        file: file.path,
        line: lineStartingWith(file.text, 'src:'),
        field: 'image.src',
        message: 'The image /images/tripoli-frontt.jpg does not exist under public/.',
        fix: 'Did you mean "/images/tripoli-front.jpg"?',
        severity: 'error',
      },
    ]);
  });

  it('checks the images in its text as an article\'s: alt text, and a file under public/', () => {
    const body = `${ARABIC_BODY}\n\n![](/images/tripoli-front.jpg)\n\n![خريطة](/images/nope.png)`;
    const file = translationFile('hifter-push', withKeys, body);
    const original = articleFile('hifter-push', withKeys);
    const result = buildContent({ articleFiles: [original], translationFiles: [file], registryFiles: registryFiles(ARABIC_REGISTRIES), publicFiles: new Set(['/images/tripoli-front.jpg']) });
    expect(result.problems.map((p) => [p.file, p.line, p.message])).toEqual([
      [file.path, lineStartingWith(file.text, '![](/images/tripoli-front.jpg)'), 'The image /images/tripoli-front.jpg has no alt text.'],
      [file.path, lineStartingWith(file.text, '![خريطة]'), 'The image /images/nope.png does not exist under public/.'],
    ]);
  });

  it('refuses a link to a story readers could not open: an Arabic story with no translation, or no story at all', () => {
    const body = `${ARABIC_BODY}\n\nانظر [التقرير](/ar/articles/hifter-push) و[الأصل](/articles/hifter-push).\n\n[خبر](/ar/articles/hifter-pus) و[آخر](/articles/no-such-story) و[الخط الزمني](/ar/libya/timeline).`;
    const file = translationFile('hifter-push', withKeys, body);
    const errors = build([file]).problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.line, p.message, p.fix])).toEqual([
      [lineStartingWith(file.text, '[خبر]'), 'The link to /ar/articles/hifter-pus points to no Arabic story on this site.', 'Did you mean "/ar/articles/hifter-push"?'],
      [lineStartingWith(file.text, '[خبر]'), 'The link to /articles/no-such-story points to no story on this site.', expect.any(String)],
    ]);
  });

  it('checks a link to any other page of either edition, as an article\'s links are checked', () => {
    const fine = '[أ](/ar) [ب](/ar/libya) [ج](/ar/people/khalifa-hifter) [د](/libya/timeline) [هـ](/people/khalifa-hifter) [و](/lite/articles/hifter-push) [ز](/ar/feed.xml)';
    const broken = '[ح](/ar/people/no-one) [ط](/topics/no-topic) [ي](/ar/places/tripoli) [ك](/ar/libya/page/2) [ل](/libya/timline)';
    const file = translationFile('hifter-push', withKeys, `${ARABIC_BODY}\n\n${fine}\n\n${broken}`);
    const errors = build([file]).problems.filter((p) => p.severity === 'error');
    const line = lineStartingWith(file.text, '[ح]');
    expect(errors.map((p) => [p.line, p.message])).toEqual([
      [line, 'The link to /ar/people/no-one points to no page on this site.'],
      [line, 'The link to /topics/no-topic points to no page on this site.'],
      // Tripoli has an Arabic name in these registries: the Arabic page exists. A second index page does not (one story).
      [line, 'The link to /ar/libya/page/2 points to no page on this site.'],
      [line, 'The link to /libya/timline points to no page on this site.'],
    ]);
    expect(errors.at(-1)!.fix).toBe('Did you mean "/libya/timeline"?');
  });

  it("warns about a link to an article's old address, and lets a draft translation link to a draft story", () => {
    const original = articleFile('hifter-push', { ...withKeys, aliases: '[/articles/old-push]' });
    const other = articleFile('later-story', { ...withKeys, title: '"A later story"', draft: 'true' });
    const body = `${ARABIC_BODY}\n\n[قديم](/articles/old-push) و[مسودة](/articles/later-story)`;
    const published = buildContent({ articleFiles: [original, other], translationFiles: [translationFile('hifter-push', withKeys, body)], registryFiles: registryFiles(ARABIC_REGISTRIES) });
    expect(published.problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'The link to /articles/old-push uses an old address of /articles/hifter-push.'],
      ['error', 'The link to /articles/later-story points to no story on this site.'],
    ]);
    const draft = buildContent({ articleFiles: [original, other], translationFiles: [translationFile('hifter-push', { ...withKeys, draft: 'true' }, body)], registryFiles: registryFiles(ARABIC_REGISTRIES) });
    expect(draft.problems.map((p) => p.message)).toEqual(['The link to /articles/old-push uses an old address of /articles/hifter-push.']);
  });

  it("warns, rather than errs, about a link to a withdrawn story, in either edition's address", () => {
    const pulled = articleFile('later-story', { ...withKeys, title: '"A later story"', withdrawn: '\n  date: 2019-05-01\n  reason: It relied on a forged document.' });
    const body = `${ARABIC_BODY}\n\n[خبر](/articles/later-story) و[آخر](/ar/articles/later-story)`;
    const file = translationFile('hifter-push', withKeys, body);
    const { problems } = buildContent({ articleFiles: [articleFile('hifter-push', withKeys), pulled], translationFiles: [file], registryFiles: registryFiles(ARABIC_REGISTRIES) });
    expect(problemsIn(problems, file.path).map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'The link to /articles/later-story points to a story withdrawn on 2019-05-01: readers who follow it get the withdrawal notice.'],
      ['warning', 'The link to /ar/articles/later-story points to a story withdrawn on 2019-05-01: readers who follow it get the withdrawal notice.'],
    ]);
  });

  it("gives a withdrawn story's Arabic edition the translated reason, and refuses one for a story that is not withdrawn", () => {
    const reason = '"اعتمدت القصة على وثيقة مزورة."';
    const withdrawn = articleFile('hifter-push', { ...withKeys, withdrawn: '\n  date: 2019-05-01\n  reason: It relied on a forged document.' });
    const translated = buildContent({ articleFiles: [withdrawn], translationFiles: [translationFile('hifter-push', { ...withKeys, withdrawn_reason: reason })], registryFiles: registryFiles(ARABIC_REGISTRIES) });
    expect(translated.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(translated.content.arabic[0]!.withdrawn).toEqual({ date: expect.any(Date), reason: 'اعتمدت القصة على وثيقة مزورة.', reasonInArabic: true });
    // Without one, the Arabic edition keeps the English reason.
    const untranslated = buildContent({ articleFiles: [withdrawn], translationFiles: [translationFile('hifter-push', withKeys)], registryFiles: registryFiles(ARABIC_REGISTRIES) });
    expect(untranslated.content.arabic[0]!.withdrawn).toEqual({ date: expect.any(Date), reason: 'It relied on a forged document.' });

    const file = translationFile('hifter-push', { ...withKeys, withdrawn_reason: reason });
    const { problems } = buildContent({ articleFiles: [articleFile('hifter-push', withKeys)], translationFiles: [file], registryFiles: registryFiles(ARABIC_REGISTRIES) });
    expect(problemsIn(problems, file.path)).toEqual([
      {
        file: file.path,
        line: lineStartingWith(file.text, 'withdrawn_reason:'),
        field: 'withdrawn_reason',
        message: 'The English story is not withdrawn, so there is no withdrawal notice for this reason to appear on.',
        fix: 'Remove withdrawn_reason, or withdraw the story in content/articles/hifter-push.md (withdrawn: date and reason) first.',
        severity: 'error',
      },
    ]);
  });

  it("warns about a link to a story whose own file has errors, in either edition's address, naming that file", () => {
    const broken = articleFile('later-story', { ...withKeys, title: '"A later story"', published: '2019-02-30T10:00' });
    const body = `${ARABIC_BODY}\n\n[خبر](/articles/later-story) و[آخر](/ar/articles/later-story)`;
    const file = translationFile('hifter-push', withKeys, body);
    const { problems } = buildContent({ articleFiles: [articleFile('hifter-push', withKeys), broken], translationFiles: [file], registryFiles: registryFiles(ARABIC_REGISTRIES) });
    expect(problemsIn(problems, file.path).map((p) => [p.severity, p.message])).toEqual([
      ['warning', `The link to /articles/later-story points to the story in ${broken.path}, which has errors of its own and is not published until they are fixed.`],
      ['warning', `The link to /ar/articles/later-story points to the story in ${broken.path}, which has errors of its own and is not published until they are fixed.`],
    ]);
  });

  it('keeps a TODO out of a published translation but allows it in a draft', () => {
    const todo = translationFile('hifter-push', withKeys, 'TODO: ترجمة النص');
    expect(build([todo]).problems.find((p) => p.field === 'body')).toMatchObject({ severity: 'error' });
    const draft = translationFile('hifter-push', { ...withKeys, draft: 'true' }, 'TODO: ترجمة النص');
    expect(hasErrors(build([draft]).problems)).toBe(false);
  });

  it('inherits the original draft flag', () => {
    const { content } = build([translationFile('hifter-push', withKeys)], articleFile('hifter-push', { ...withKeys, draft: 'true' }));
    expect(content.arabic[0]!.draft).toBe(true);
  });
});

describe('dominantScript', () => {
  it('tells Arabic from Latin text and leaves short or mixed text alone', () => {
    expect(dominantScript('قوات حفتر تتقدم نحو طرابلس')).toBe('arabic');
    expect(dominantScript("Hifter's forces push toward Tripoli")).toBe('latin');
    expect(dominantScript('UN LNA')).toBeUndefined();
    expect(dominantScript('بعثة الأمم المتحدة UNSMIL')).toBe('arabic');
    expect(dominantScript('Reuters رويترز وكالة Reuters news')).toBeUndefined();
  });
});

describe('translationTemplate', () => {
  it('copies keys, sources and figures and leaves Arabic TODOs that the check accepts in a draft', () => {
    const english = articleText(
      { ...withKeys, figures: '\n  - metric: killed\n    value: 25\n    as_of: 2019-04-04\n    scope: fighters and civilians\n    reported_by: Health ministry' },
      'Intro.\n\n## Background\n\nMore.',
    );
    const source = parseSource(english, 'content/articles/hifter-push.md');
    const text = translationTemplate('hifter-push', source.data as Record<string, unknown>, source.body, new Date('2019-04-07T10:00Z'));
    expect(text).toContain('translation_of: hifter-push');
    expect(text).toContain('translated: 2019-04-07T12:00');
    expect(text).toContain('## TODO: Background');
    const { problems, content } = build([{ path: 'content/ar/articles/hifter-push.md', text }], {
      path: 'content/articles/hifter-push.md',
      text: english,
    });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.filter((p) => ['sources', 'figures', 'people', 'dateline'].includes(p.field?.replace(/\[\d+\]$/, '') ?? ''))).toEqual([]);
    expect(content.arabic[0]!.draft).toBe(true);
  });
});

describe('comparing sources with an original that holds only their key', () => {
  const registries = parseRegistries(registryFiles(ARABIC_REGISTRIES));
  const original = buildContent({ articleFiles: [articleFile('hifter-push', withKeys)], registryFiles: registryFiles(ARABIC_REGISTRIES) }).content.articles[0]!;
  const translation = (fields: Record<string, string | undefined>) => {
    const file = translationFile('hifter-push', { ...withKeys, ...fields });
    return { path: file.path, valid: parseTranslationFile(file, registries).valid! };
  };

  it('does not look up the original\'s sources when the translation cites the same ones', () => {
    const sourcesOf = vi.fn(() => [{ publisher: 'Reuters', date: new Date('2019-03-31T22:00:00Z') }]);
    const { problems } = checkTranslations([translation({})], new Map([[original.slug, original]]), registries.registries, sourcesOf);
    expect(sourcesOf).not.toHaveBeenCalled();
    expect(problems.filter((p) => p.field?.startsWith('sources'))).toEqual([]);
  });

  it('looks them up when the sources differ, and names what differs', () => {
    const sourcesOf = vi.fn(() => [{ publisher: 'Reuters', date: new Date('2019-03-31T22:00:00Z') }]);
    const { problems } = checkTranslations(
      [translation({ sources: '\n  - publisher: AFP\n    date: 2019-04-01' })],
      new Map([[original.slug, original]]),
      registries.registries,
      sourcesOf,
    );
    expect(sourcesOf).toHaveBeenCalledWith(original);
    expect(problems.filter((p) => p.field?.startsWith('sources')).map((p) => p.message)).toEqual([
      'The source "AFP" is not in the original.',
      'The source "Reuters" is in the original but missing here.',
    ]);
  });
});
