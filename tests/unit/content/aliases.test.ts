import { describe, expect, it } from 'vitest';
import { aliasRedirects, normalizePath } from '../../../lib/content/aliases';
import { buildContent } from '../../../lib/content/build-content';
import { articleFile, makeArticle, registryFiles } from '../helpers';

const PUBLISHED = new Date('2019-04-05T19:40:00Z');

describe('normalizePath', () => {
  it('leaves a plain lowercase path alone', () => {
    expect(normalizePath('/articles/hifter-push')).toBe('/articles/hifter-push');
  });

  it('removes a trailing slash, or several', () => {
    expect(normalizePath('/articles/hifter-push/')).toBe('/articles/hifter-push');
    expect(normalizePath('/libya///')).toBe('/libya');
  });

  it('lowercases', () => {
    expect(normalizePath('/Articles/Hifter-Push')).toBe('/articles/hifter-push');
    expect(normalizePath('/LIBYA/')).toBe('/libya');
  });

  it('keeps the root as "/"', () => {
    expect(normalizePath('/')).toBe('/');
  });

  it('keeps slashes inside the path', () => {
    expect(normalizePath('/libya/page/2/')).toBe('/libya/page/2');
  });

  it('gives the same result for every spelling of one address', () => {
    const spellings = ['/Topics/Air-War', '/topics/air-war/', '/TOPICS/AIR-WAR//'];
    expect(new Set(spellings.map(normalizePath))).toEqual(new Set(['/topics/air-war']));
  });
});

describe('aliasRedirects', () => {
  it('gives one permanent redirect per alias to the article path', () => {
    const article = makeArticle({
      slug: 'gna-retakes-gharyan',
      published: PUBLISHED,
      aliases: ['/articles/gharyan-falls', '/articles/gharyan'],
    });
    expect(aliasRedirects([article])).toEqual([
      { source: '/articles/gharyan-falls', destination: '/articles/gna-retakes-gharyan', permanent: true },
      { source: '/articles/gharyan', destination: '/articles/gna-retakes-gharyan', permanent: true },
    ]);
  });

  it('gives none for an article without aliases', () => {
    expect(aliasRedirects([makeArticle({ slug: 'story', published: PUBLISHED })])).toEqual([]);
    expect(aliasRedirects([])).toEqual([]);
  });

  it('gives none for drafts', () => {
    const draft = makeArticle({ slug: 'draft-story', published: PUBLISHED, draft: true, aliases: ['/articles/old-draft'] });
    const live = makeArticle({ slug: 'live-story', published: PUBLISHED, aliases: ['/articles/old-live'] });
    expect(aliasRedirects([draft, live])).toEqual([
      { source: '/articles/old-live', destination: '/articles/live-story', permanent: true },
    ]);
  });

  it("keeps a withdrawn story's redirects: its address answers the withdrawal notice", () => {
    const withdrawn = makeArticle({
      slug: 'pulled',
      published: PUBLISHED,
      draft: true,
      withdrawn: { date: new Date('2019-04-09T00:00:00Z'), reason: 'Unverified.' },
      aliases: ['/articles/old-pulled'],
    });
    expect(aliasRedirects([withdrawn])).toEqual([{ source: '/articles/old-pulled', destination: '/articles/pulled', permanent: true }]);
  });

  it('redirects a scheduled article (not a draft) ahead of its time', () => {
    const scheduled = makeArticle({ slug: 'scheduled', published: new Date('2999-01-01T00:00:00Z'), aliases: ['/articles/soon'] });
    expect(aliasRedirects([scheduled])).toEqual([{ source: '/articles/soon', destination: '/articles/scheduled', permanent: true }]);
  });

  it('keeps the alias as written as the source', () => {
    const article = makeArticle({ slug: 'story', published: PUBLISHED, aliases: ['/Articles/Old-Name'] });
    expect(aliasRedirects([article])[0]!.source).toBe('/Articles/Old-Name');
  });

  it('takes aliases from front matter through buildContent', () => {
    const { content, problems } = buildContent({
      articleFiles: [
        articleFile('gna-retakes-gharyan', { aliases: '[/articles/gharyan-falls]' }),
        articleFile('draft-story', { title: 'A draft', draft: 'true', aliases: '[/articles/old-draft]' }),
      ],
      registryFiles: registryFiles(),
    });
    expect(problems).toEqual([]);
    expect(aliasRedirects(content.articles)).toEqual([
      { source: '/articles/gharyan-falls', destination: '/articles/gna-retakes-gharyan', permanent: true },
    ]);
  });
});
