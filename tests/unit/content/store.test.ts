import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REGISTRY_YAML, articleText, makeContentDir, removeDir, touch, writeFile } from '../helpers';

type Store = typeof import('../../../lib/content/store');
type ContentErrorClass = typeof import('../../../lib/content/problems').ContentError;

const LATER = new Date('2021-01-01T00:00:00Z');
const EVEN_LATER = new Date('2022-01-01T00:00:00Z');

let dir: string;
let store: Store;
/** ContentError from the same module graph as `store` (vi.resetModules gives each load its own class). */
let ContentError: ContentErrorClass;

/** A fresh store module (empty cache), and the ContentError class it throws. */
async function loadStore() {
  vi.resetModules();
  const [storeModule, problemsModule] = await Promise.all([
    import('../../../lib/content/store'),
    import('../../../lib/content/problems'),
  ]);
  return { storeModule, ContentError: problemsModule.ContentError };
}

function useContent(articles: Record<string, string>) {
  dir = makeContentDir(articles);
  vi.stubEnv('CONTENT_DIR', dir);
}

/** Replaces an article's text and sets a clearly later modification time. */
function edit(name: string, text: string, mtime = LATER) {
  writeFile(dir, `articles/${name}`, text, mtime);
}

beforeEach(async () => {
  vi.stubEnv('NODE_ENV', 'development');
  ({ storeModule: store, ContentError } = await loadStore());
});

afterEach(() => {
  vi.unstubAllEnvs();
  if (dir) removeDir(dir);
});

describe('getContent', () => {
  it('loads the articles of CONTENT_DIR, newest first', () => {
    useContent({
      'older.md': articleText({ title: 'Older', published: '2019-04-05T10:00' }),
      'newer.md': articleText({ title: 'Newer', published: '2019-04-06T10:00' }),
    });
    expect(store.getContent().articles.map((a) => a.slug)).toEqual(['newer', 'older']);
  });

  it('returns the same object while nothing changed', () => {
    useContent({ 'story.md': articleText() });
    const first = store.getContent();
    expect(store.getContent()).toBe(first);
    expect(store.getContent()).toBe(first);
  });

  it('notices an edited article', () => {
    useContent({ 'story.md': articleText({ title: 'First title' }) });
    const first = store.getContent();
    edit('story.md', articleText({ title: 'Other title' })); // same length: only the time differs
    const second = store.getContent();
    expect(second).not.toBe(first);
    expect(second.articles[0]!.title).toBe('Other title');
  });

  it('notices an added article', () => {
    useContent({ 'story.md': articleText() });
    expect(store.getContent().articles).toHaveLength(1);
    edit('another-story.md', articleText({ title: 'Another story' }));
    expect(store.getContent().articles.map((a) => a.slug)).toEqual(['another-story', 'story']);
  });

  it('notices a removed article', () => {
    useContent({ 'story.md': articleText(), 'another-story.md': articleText({ title: 'Another story' }) });
    expect(store.getContent().articles).toHaveLength(2);
    fs.rmSync(path.join(dir, 'articles', 'another-story.md'));
    expect(store.getContent().articles.map((a) => a.slug)).toEqual(['story']);
  });

  it('notices a registry change', () => {
    useContent({ 'story.md': articleText() });
    expect(store.getContent().articles[0]!.authors[0]!.name).toBe('Conflict Desk staff');
    writeFile(dir, 'authors.yml', REGISTRY_YAML.authors.replace('Conflict Desk staff', 'The Desk'), LATER);
    expect(store.getContent().articles[0]!.authors[0]!.name).toBe('The Desk');
  });

  it('reloads when CONTENT_DIR points somewhere else', () => {
    useContent({ 'first-story.md': articleText() });
    const firstDir = dir;
    expect(store.getContent().articles[0]!.slug).toBe('first-story');
    useContent({ 'second-story.md': articleText() });
    try {
      expect(store.getContent().articles[0]!.slug).toBe('second-story');
    } finally {
      removeDir(firstDir);
    }
  });

  it('throws a ContentError that lists every problem', () => {
    useContent({
      'good-story.md': articleText(),
      'typo-story.md': articleText({ published: undefined, publised: '2019-04-05T21:40' }),
      'Bad_Name.md': articleText(),
    });
    let error: unknown;
    try {
      store.getContent();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const contentError = error as InstanceType<ContentErrorClass>;
    expect(contentError.problems.map((p) => p.field ?? path.basename(p.file)).sort()).toEqual(
      ['Bad_Name.md', 'publised'].sort(),
    );
    expect(contentError.message).toContain('typo-story.md:');
    expect(contentError.message).toContain('Did you mean "published"?');
    expect(contentError.message).toContain('"Bad_Name.md" is not a valid file name');
  });

  it('keeps throwing the same error until the content is fixed, then loads', () => {
    useContent({ 'story.md': articleText({ title: undefined }) });
    expect(() => store.getContent()).toThrow(ContentError);
    let again: unknown;
    try {
      store.getContent();
    } catch (caught) {
      again = caught;
    }
    expect(again).toBeInstanceOf(ContentError);
    edit('story.md', articleText({ title: 'Fixed' }));
    expect(store.getContent().articles[0]!.title).toBe('Fixed');
  });

  it('does not throw for content that has no errors', () => {
    useContent({});
    expect(store.getContent().articles).toEqual([]);
  });
});

describe('servingStatus', () => {
  it('gives the content version and what readers can see', () => {
    useContent({ 'story.md': articleText(), 'draft.md': articleText({ title: 'A draft', draft: 'true' }) });
    const status = store.servingStatus();
    expect(status).toMatchObject({ ok: true, stories: 2, livePages: 0, folderProblems: 0 });
    expect(status.ok && status.version).toMatch(/^[0-9a-f]{8,}$/);
  });

  it('is not ok, with the number of problems, when there is no content to serve', () => {
    useContent({ 'story.md': articleText({ dateline: 'nowhere' }) });
    expect(store.servingStatus()).toEqual({ ok: false, folderProblems: 1 });
  });
});

describe('drafts', () => {
  const files = () => ({
    'draft-story.md': articleText({ title: 'Draft story', draft: 'true', published: '2019-04-07T10:00' }),
    'live-story.md': articleText({ published: '2019-04-06T10:00' }),
  });

  it('are shown while developing', () => {
    useContent(files());
    expect(store.isPreview()).toBe(true);
    expect(store.getPublishedArticles().map((a) => a.slug)).toEqual(['draft-story', 'live-story']);
    expect(store.getArticle('draft-story')?.draft).toBe(true);
  });

  it('are hidden in production, though still in the content', () => {
    vi.stubEnv('NODE_ENV', 'production');
    useContent(files());
    expect(store.isPreview()).toBe(false);
    expect(store.getPublishedArticles().map((a) => a.slug)).toEqual(['live-story']);
    expect(store.getArticle('draft-story')).toBeUndefined();
    expect(store.getContent().articles.map((a) => a.slug)).toContain('draft-story');
  });
});

describe('in production', () => {
  beforeEach(() => {
    vi.stubEnv('NODE_ENV', 'production');
  });

  it('loads once and does not re-read changed files', () => {
    useContent({ 'story.md': articleText({ title: 'First title' }) });
    const first = store.getContent();
    edit('story.md', articleText({ title: 'Other title' }));
    edit('added-story.md', articleText(), EVEN_LATER);
    const second = store.getContent();
    expect(second).toBe(first);
    expect(second.articles.map((a) => a.title)).toEqual(['First title']);
  });

  it('does not even look at the folder again', () => {
    useContent({ 'story.md': articleText() });
    store.getContent();
    removeDir(dir);
    expect(() => store.getContent()).not.toThrow();
  });
});

describe('getArticle', () => {
  it('finds an article by slug', () => {
    useContent({ 'story.md': articleText({ title: 'The story' }), 'other.md': articleText() });
    const article = store.getArticle('story');
    expect(article?.slug).toBe('story');
    expect(article?.title).toBe('The story');
  });

  it('returns undefined for an unknown slug', () => {
    useContent({ 'story.md': articleText() });
    expect(store.getArticle('no-such-story')).toBeUndefined();
    expect(store.getArticle('')).toBeUndefined();
  });
});

describe('touching a file without changing it', () => {
  it('rebuilds (the signature uses modification times), giving equal content', () => {
    useContent({ 'story.md': articleText() });
    const first = store.getContent();
    touch(path.join(dir, 'articles', 'story.md'), LATER);
    const second = store.getContent();
    expect(second).not.toBe(first);
    expect(second.articles.map((a) => a.title)).toEqual(first.articles.map((a) => a.title));
  });
});

describe('publishedTimeline', () => {
  const files = () => ({
    'draft-story.md': articleText({ title: 'Draft story', draft: 'true', published: '2019-04-07T10:00' }),
    'live-story.md': articleText({ published: '2019-04-06T10:00' }),
  });
  const TIMELINE = [
    '- date: 2019-04-07',
    '  event: The draft event.',
    '  article: draft-story',
    '- date: 2019-04-04',
    '  event: The live event.',
    '  article: live-story',
    '',
  ].join('\n');

  function useContentWithTimeline() {
    useContent(files());
    writeFile(dir, 'timeline.yml', TIMELINE);
  }

  it('gives every event with its article, oldest first, while developing (drafts included)', () => {
    useContentWithTimeline();
    const timeline = store.publishedTimeline();
    expect(timeline.map(({ event, article }) => [event.event, article.slug])).toEqual([
      ['The live event.', 'live-story'],
      ['The draft event.', 'draft-story'],
    ]);
    expect(timeline[0]!.article).toBe(store.getArticle('live-story'));
  });

  it('hides events whose article is a draft in production, though they stay in the content', () => {
    vi.stubEnv('NODE_ENV', 'production');
    useContentWithTimeline();
    expect(store.publishedTimeline().map(({ event, article }) => [event.event, article.slug])).toEqual([
      ['The live event.', 'live-story'],
    ]);
    expect(store.getContent().timeline.map((event) => event.article)).toEqual(['live-story', 'draft-story']);
  });

  it('is empty when there is no timeline file', () => {
    useContent(files());
    expect(store.publishedTimeline()).toEqual([]);
  });

  it('notices an edited timeline file', () => {
    useContentWithTimeline();
    expect(store.publishedTimeline()).toHaveLength(2);
    writeFile(dir, 'timeline.yml', TIMELINE.split('\n').slice(3).join('\n'), LATER);
    expect(store.publishedTimeline().map(({ event }) => event.event)).toEqual(['The live event.']);
  });
});

describe('scheduled articles', () => {
  /** `scheduled-story` goes out at 2019-04-10T12:00 Libya time (10:00Z); `live-story` is out already. */
  const DUE = new Date('2019-04-10T10:00:00Z');
  const BEFORE = new Date('2019-04-10T09:59:00Z');
  const AFTER = new Date('2019-04-10T10:01:00Z');
  const files = () => ({
    'live-story.md': articleText({ title: 'Live story', published: '2019-04-06T10:00' }),
    'scheduled-story.md': articleText({ title: 'Scheduled story', published: '2019-04-10T12:00' }),
    'draft-story.md': articleText({ title: 'Draft story', draft: 'true', published: '2019-04-07T10:00' }),
  });
  const TIMELINE = [
    '- date: 2019-04-06',
    '  event: The live event.',
    '  article: live-story',
    '- date: 2019-04-10',
    '  event: The scheduled event.',
    '  article: scheduled-story',
    '',
  ].join('\n');
  const slugs = (articles: readonly { slug: string }[]) => articles.map((a) => a.slug);

  describe('in production', () => {
    beforeEach(() => {
      vi.stubEnv('NODE_ENV', 'production');
      useContent(files());
    });

    it('leaves a scheduled article out before its time and includes it from then on, without reloading', () => {
      expect(slugs(store.getPublishedArticles(BEFORE))).toEqual(['live-story']);
      const content = store.getContent();
      expect(slugs(store.getPublishedArticles(DUE))).toEqual(['scheduled-story', 'live-story']);
      expect(slugs(store.getPublishedArticles(AFTER))).toEqual(['scheduled-story', 'live-story']);
      // Same loaded content: the article appears without a rebuild.
      expect(store.getContent()).toBe(content);
    });

    it('judges each call by its own now (an earlier now hides it again)', () => {
      expect(slugs(store.getPublishedArticles(AFTER))).toContain('scheduled-story');
      expect(slugs(store.getPublishedArticles(BEFORE))).not.toContain('scheduled-story');
    });

    it('getArticle finds a scheduled article only once it is due', () => {
      expect(store.getArticle('scheduled-story', BEFORE)).toBeUndefined();
      expect(store.getArticle('scheduled-story', AFTER)?.title).toBe('Scheduled story');
      expect(store.getArticle('live-story', BEFORE)?.title).toBe('Live story');
    });

    it('getArticle never finds a draft, whatever the time', () => {
      expect(store.getArticle('draft-story', new Date('2030-01-01T00:00:00Z'))).toBeUndefined();
    });

    it('getPublishableArticles includes scheduled articles but not drafts', () => {
      expect(slugs(store.getPublishableArticles())).toEqual(['scheduled-story', 'live-story']);
    });

    it('publishedTimeline hides the events of a scheduled article until it is due', () => {
      writeFile(dir, 'timeline.yml', TIMELINE);
      const events = (now: Date) => store.publishedTimeline(now).map(({ event, article }) => [event.event, article.slug]);
      expect(events(BEFORE)).toEqual([['The live event.', 'live-story']]);
      expect(events(AFTER)).toEqual([
        ['The live event.', 'live-story'],
        ['The scheduled event.', 'scheduled-story'],
      ]);
    });
  });

  describe('while developing', () => {
    beforeEach(() => {
      useContent(files());
    });

    it('returns drafts and scheduled articles, whatever the time', () => {
      expect(store.isPreview()).toBe(true);
      expect(slugs(store.getPublishedArticles(BEFORE))).toEqual(['scheduled-story', 'draft-story', 'live-story']);
      expect(store.getArticle('scheduled-story', BEFORE)?.title).toBe('Scheduled story');
      expect(store.getArticle('draft-story', BEFORE)?.draft).toBe(true);
    });

    it('getPublishableArticles includes drafts too', () => {
      expect(slugs(store.getPublishableArticles())).toEqual(['scheduled-story', 'draft-story', 'live-story']);
    });

    it('publishedTimeline includes the events of scheduled articles', () => {
      writeFile(dir, 'timeline.yml', TIMELINE);
      expect(store.publishedTimeline(BEFORE).map(({ article }) => article.slug)).toEqual(['live-story', 'scheduled-story']);
    });
  });

  it('treats a test run (NODE_ENV=test) as a preview, like development', () => {
    vi.stubEnv('NODE_ENV', 'test');
    useContent(files());
    expect(store.isPreview()).toBe(true);
    expect(slugs(store.getPublishedArticles(BEFORE))).toContain('scheduled-story');
  });
});

describe('production: publishing and the last good content', () => {
  const forgetProcessState = () => delete (globalThis as Record<symbol, unknown>)[Symbol.for('conflict-desk.content-store')];

  /** A new server process: no content in memory, a fresh store module. */
  const restart = async () => {
    forgetProcessState();
    ({ storeModule: store } = await loadStore());
  };

  beforeEach(async () => {
    vi.stubEnv('NODE_ENV', 'production');
    await restart();
  });
  afterEach(() => {
    forgetProcessState();
    vi.restoreAllMocks();
  });

  it('does not re-read the folder until the publish stamp changes', () => {
    useContent({ 'story.md': articleText({ title: 'First title' }) });
    expect(store.getContent().articles[0]!.title).toBe('First title');
    edit('story.md', articleText({ title: 'Other title' }));
    expect(store.getContent().articles[0]!.title).toBe('First title');
    expect(store.reloadContent().ok).toBe(true);
    expect(store.getContent().articles[0]!.title).toBe('Other title');
  });

  /** A server serving a good story whose file has since been saved broken. */
  const servingThenBroken = () => {
    useContent({ 'story.md': articleText({ title: 'Good title' }) });
    store.getContent();
    edit('story.md', articleText({ title: 'Broken', dateline: 'nowhere' }));
  };

  it('keeps serving what it has when a reload finds errors, and says why', () => {
    servingThenBroken();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const reload = store.reloadContent();
    expect(reload.ok).toBe(false);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('still serving the previous version'));
    expect(store.getContent().articles[0]!.title).toBe('Good title');
  });

  it('servingStatus says when a server is on the last good version, and which', () => {
    servingThenBroken();
    const before = store.servingStatus();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    store.reloadContent();
    const after = store.servingStatus();
    expect(after).toMatchObject({ ok: true, folderProblems: 1 });
    expect(after.ok && before.ok && after.version).toBe(before.ok && before.version);
  });

  it('started over invalid content, serves the last good version instead of failing', async () => {
    servingThenBroken();
    await restart();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(store.getContent().articles[0]!.title).toBe('Good title');
    expect(error.mock.calls.flat().join(' ')).toContain('serving the last good version');
  });

  it('reloadIfPublished reads the folder again only when the publish stamp changed since the last read', () => {
    useContent({ 'story.md': articleText({ title: 'First title' }) });
    store.getContent();
    edit('story.md', articleText({ title: 'Saved, not published' }));
    expect(store.reloadIfPublished().ok).toBe(true);
    expect(store.getContent().articles[0]!.title).toBe('First title');
    fs.writeFileSync(path.join(dir, store.PUBLISH_STAMP), 'now');
    expect(store.reloadIfPublished().ok).toBe(true);
    expect(store.getContent().articles[0]!.title).toBe('Saved, not published');
  });

  it('reloadIfPublished reports the problems of the load it relies on, without reading the folder again', () => {
    servingThenBroken();
    fs.writeFileSync(path.join(dir, store.PUBLISH_STAMP), 'now');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const first = store.reloadIfPublished();
    const second = store.reloadIfPublished();
    expect(first.ok).toBe(false);
    expect(second).toEqual(first);
    expect(error).toHaveBeenCalledTimes(1);
    expect(store.getContent().articles[0]!.title).toBe('Good title');
  });

  it('reloadIfPublished re-reads the folder every time outside production', () => {
    vi.stubEnv('NODE_ENV', 'test');
    useContent({ 'story.md': articleText({ title: 'First title' }) });
    store.getContent();
    edit('story.md', articleText({ title: 'Edited title' }));
    expect(store.reloadIfPublished().ok).toBe(true);
    expect(store.getContent().articles[0]!.title).toBe('Edited title');
  });

  /** Edits story two, checks the folder as `npm run publish` does and writes its stamp (`version` false: an older stamp without one). */
  async function publishEdit(version = true) {
    edit('two.md', articleText({ title: 'Two, corrected' }));
    const { indexContent } = await import('../../../lib/content/content-index');
    const checked = indexContent(dir).version;
    fs.writeFileSync(path.join(dir, store.PUBLISH_STAMP), version ? `2021-01-01T00:00:00.000Z ${checked}\n` : 'now');
  }

  it('a reload of the version the publish stamp names reuses the articles of unchanged files', async () => {
    useContent({ 'one.md': articleText({ title: 'One' }), 'two.md': articleText({ title: 'Two' }) });
    const held = store.getContent().articles.find((a) => a.slug === 'one');
    await publishEdit();
    expect(store.reloadContent().ok).toBe(true);
    const articles = store.getContent().articles;
    expect(articles.find((a) => a.slug === 'one')).toBe(held);
    expect(articles.find((a) => a.slug === 'two')!.title).toBe('Two, corrected');
  });

  it('reloadIfPublished with the version a publish checked reads a folder the stamp was not written into, reusing what it can', async () => {
    useContent({ 'one.md': articleText({ title: 'One' }), 'two.md': articleText({ title: 'Two' }) });
    const held = store.getContent().articles.find((a) => a.slug === 'one');
    edit('two.md', articleText({ title: 'Two, corrected' }));
    const { indexContent } = await import('../../../lib/content/content-index');
    const checked = indexContent(dir).version; // a server with a copy of its own: no stamp written here
    expect(store.reloadIfPublished(checked)).toEqual({ ok: true, version: checked });
    const articles = store.getContent().articles;
    expect(articles.find((a) => a.slug === 'two')!.title).toBe('Two, corrected');
    expect(articles.find((a) => a.slug === 'one')).toBe(held);
    edit('two.md', articleText({ title: 'Saved, not published' }), EVEN_LATER);
    expect(store.reloadIfPublished(checked).ok).toBe(true); // serves that version already: nothing read
    expect(store.getContent().articles.find((a) => a.slug === 'two')!.title).toBe('Two, corrected');
  });

  it('a reload without a checked version in the stamp builds every article again', async () => {
    useContent({ 'one.md': articleText({ title: 'One' }), 'two.md': articleText({ title: 'Two' }) });
    const held = store.getContent().articles.find((a) => a.slug === 'one');
    await publishEdit(false);
    expect(store.reloadContent().ok).toBe(true);
    const articles = store.getContent().articles;
    expect(articles.find((a) => a.slug === 'one')).not.toBe(held);
    expect(articles.find((a) => a.slug === 'one')).toEqual(held);
  });

  it('follows the publish stamp written into the content folder', async () => {
    useContent({ 'story.md': articleText({ title: 'First title' }) });
    store.getContent();
    edit('story.md', articleText({ title: 'Published title' }));
    fs.writeFileSync(path.join(dir, store.PUBLISH_STAMP), 'now');
    await new Promise((resolve) => setTimeout(resolve, 1100)); // the stamp is looked at once a second
    expect(store.getContent().articles[0]!.title).toBe('Published title');
  });
});
