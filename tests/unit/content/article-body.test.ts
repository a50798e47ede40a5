import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleBodyHtml, articleSources, forgetArticleBodies } from '../../../lib/content/article-body';
import { articleText, makeTempDir, relativeToCwd, removeDir, writeFile } from '../helpers';

/** What a story's page reads from its file on demand: the body and the sources. */
const dirs: string[] = [];
function storyFile(text: string): { file: string; revision: string } {
  const dir = makeTempDir();
  dirs.push(dir);
  return { file: relativeToCwd(writeFile(dir, 'articles/story.md', text)), revision: 'r1' };
}
afterEach(() => {
  forgetArticleBodies();
  vi.restoreAllMocks();
  for (const dir of dirs.splice(0)) removeDir(dir);
});

const TWO_SOURCES = '\n  - publisher: Reuters\n    title: "Forces advance"\n    date: 2019-04-04\n    url: https://example.org/a\n  - publisher: AFP';

describe('articleBodyHtml', () => {
  it('renders the body of the file, without its front matter', () => {
    const story = storyFile(articleText({}, 'Forces **advanced** on the capital.'));
    expect(articleBodyHtml(story)).toBe('<p>Forces <strong>advanced</strong> on the capital.</p>\n');
  });

  it('reads the file again for a new revision, and not before', () => {
    const story = storyFile(articleText({}, 'First text.'));
    expect(articleBodyHtml(story)).toContain('First text.');
    writeFile(dirs[0]!, 'articles/story.md', articleText({}, 'Second text.'));
    expect(articleBodyHtml(story)).toContain('First text.');
    expect(articleBodyHtml({ ...story, revision: 'r2' })).toContain('Second text.');
  });
});

describe('articleSources', () => {
  it('gives the sources in the order of the file, with dates as Dates', () => {
    const sources = articleSources(storyFile(articleText({ sources: TWO_SOURCES })));
    expect(sources.map((s) => s.publisher)).toEqual(['Reuters', 'AFP']);
    expect(sources[0]).toMatchObject({ title: 'Forces advance', url: 'https://example.org/a' });
    expect(sources[0]!.date).toEqual(new Date('2019-04-03T22:00:00Z')); // midnight in Libya
  });

  it('reads the file once for the body and the sources', () => {
    const story = storyFile(articleText({ sources: TWO_SOURCES }, 'Text.'));
    articleBodyHtml(story);
    writeFile(dirs[0]!, 'articles/story.md', articleText({ sources: '\n  - publisher: Changed' }));
    expect(articleSources(story).map((s) => s.publisher)).toEqual(['Reuters', 'AFP']);
  });

  it('shows the body without sources, and says why, when the file changed to invalid sources since it was checked', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const story = storyFile(articleText({ sources: '\n  - publisher: Reuters\n    url: "javascript:alert(1)"' }, 'Still here.'));
    expect(articleSources(story)).toEqual([]);
    expect(articleBodyHtml(story)).toContain('Still here.');
    expect(error).toHaveBeenCalledWith(expect.stringContaining(`${story.file}: its sources are not valid`));
  });

  it('throws for a story whose file is gone (the page answers with its error page)', () => {
    expect(() => articleSources({ file: 'content/articles/no-such-story.md', revision: 'x' })).toThrow(/ENOENT/);
  });
});
