import { describe, expect, it } from 'vitest';
import { bodyReferences } from '../../../lib/content/body-references';
import { parseSource } from '../../../lib/content/front-matter';
import { articleText, lineStartingWith } from '../helpers';

describe('bodyReferences', () => {
  it('finds nothing in a body without links or images', () => {
    expect(bodyReferences('Forces advanced on the capital.\n\nNo links here.', 1)).toEqual([]);
    expect(bodyReferences('', 1)).toEqual([]);
  });

  it('finds a link with its url and the line it is on', () => {
    expect(bodyReferences('Intro.\n\nSee [the push](/articles/hifter-push).', 1)).toEqual([
      { kind: 'link', url: '/articles/hifter-push', line: 3 },
    ]);
  });

  it('finds an image with its url, alt text and line', () => {
    expect(bodyReferences('![Smoke over Tripoli](/images/smoke.jpg)', 1)).toEqual([
      { kind: 'image', url: '/images/smoke.jpg', alt: 'Smoke over Tripoli', line: 1 },
    ]);
  });

  it('gives an image without alt text an empty alt', () => {
    expect(bodyReferences('![](/images/smoke.jpg)', 1)).toEqual([{ kind: 'image', url: '/images/smoke.jpg', alt: '', line: 1 }]);
  });

  it('does not give links an alt property', () => {
    const [link] = bodyReferences('[a](/libya)', 1);
    expect(link).not.toHaveProperty('alt');
  });

  it('offsets lines by the file line the body starts on', () => {
    const markdown = 'Intro.\n\n[a](/libya)\n\n![Map](/images/map.png)';
    expect(bodyReferences(markdown, 12).map((ref) => ref.line)).toEqual([14, 16]);
  });

  it('gives the file lines of a real article body (with parseSource)', () => {
    const text = articleText({}, 'Intro.\n\nSee [the push](/articles/hifter-push).\n\n![Map of the front](/images/map.png)');
    const { body, bodyStartLine } = parseSource(text, 'content/articles/story.md');
    expect(bodyReferences(body, bodyStartLine)).toEqual([
      { kind: 'link', url: '/articles/hifter-push', line: lineStartingWith(text, 'See [the push]') },
      { kind: 'image', url: '/images/map.png', alt: 'Map of the front', line: lineStartingWith(text, '![Map') },
    ]);
  });

  it('lists references in document order, several on one line', () => {
    const refs = bodyReferences('[one](/a) and ![two](/b.png) and [three](https://example.org/c)', 1);
    expect(refs.map((ref) => [ref.kind, ref.url])).toEqual([
      ['link', '/a'],
      ['image', '/b.png'],
      ['link', 'https://example.org/c'],
    ]);
  });

  it('finds links and images inside emphasis, strong text, lists and quotes', () => {
    const markdown = [
      '*Read [the **full** report](/articles/report) now*',
      '',
      '**Bold ![an *emphasised* alt](/images/b.png)**',
      '',
      '- item with [a link](/libya)',
      '',
      '> quoting [a source](https://example.org/source)',
    ].join('\n');
    expect(bodyReferences(markdown, 1)).toEqual([
      { kind: 'link', url: '/articles/report', line: 1 },
      { kind: 'image', url: '/images/b.png', alt: 'an emphasised alt', line: 3 },
      { kind: 'link', url: '/libya', line: 5 },
      { kind: 'link', url: 'https://example.org/source', line: 7 },
    ]);
  });

  it('finds an image used as a link text, both the link and the image', () => {
    expect(bodyReferences('[![Map](/images/map.png)](/articles/map-story)', 1)).toEqual([
      { kind: 'link', url: '/articles/map-story', line: 1 },
      { kind: 'image', url: '/images/map.png', alt: 'Map', line: 1 },
    ]);
  });

  it('gives the line a multi-line link starts on', () => {
    expect(bodyReferences('Intro.\n\nSee [the long\nlink text](/articles/long)', 1)).toEqual([
      { kind: 'link', url: '/articles/long', line: 3 },
    ]);
  });

  it('finds autolinks', () => {
    expect(bodyReferences('Intro.\n\n<https://example.org/report>', 1)).toEqual([
      { kind: 'link', url: 'https://example.org/report', line: 3 },
    ]);
  });

  it('ignores link syntax inside code', () => {
    expect(bodyReferences('`[a](/nowhere)`\n\n```\n![b](/nothing.png)\n```', 1)).toEqual([]);
  });

  it('keeps the url as written, query and hash included', () => {
    expect(bodyReferences('[a](/articles/x?ref=1#sources)', 1)[0]!.url).toBe('/articles/x?ref=1#sources');
  });

  // Bug: reference-style links ([text][ref] with a "[ref]: url" definition)
  // are rendered as links, but the walker only collects `link` nodes, not
  // `linkReference` ones, so npm run check never sees their addresses.
  it('finds reference-style links, with the url of their definition, on the line they are used', () => {
    const markdown = 'See [the push][push] today.\n\n[push]: /articles/hifter-push';
    expect(bodyReferences(markdown, 1)).toContainEqual({ kind: 'link', url: '/articles/hifter-push', line: 1 });
  });

  // Bug: same for reference-style images (![alt][ref]): their alt text and
  // file are never checked.
  it('finds reference-style images, with their alt text', () => {
    const markdown = '![Map of the front][map]\n\n[map]: /images/map.png';
    expect(bodyReferences(markdown, 1)).toContainEqual({ kind: 'image', url: '/images/map.png', alt: 'Map of the front', line: 1 });
  });
});
