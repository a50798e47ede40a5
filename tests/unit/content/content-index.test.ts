import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentIndexPath, indexContent, lastGoodContent, openContentIndex, STALE_SEARCH_ROWS, WAL_LIMIT_BYTES, type IndexedContent, type Reuse } from '../../../lib/content/content-index';
import { hasErrors } from '../../../lib/content/build-content';
import { articleText, makeContentDir, makeTempDir, REGISTRY_YAML, relativeToCwd, removeDir, writeFile } from '../helpers';

const dirs: string[] = [];
function setup(articles: Record<string, string>) {
  const dir = makeContentDir(articles);
  const index = path.join(makeTempDir(), 'index.sqlite');
  dirs.push(dir, path.dirname(index));
  return { dir, index };
}
afterEach(() => dirs.splice(0).forEach(removeDir));

/** Runs `fn` with the working folder `folder` (a standalone server's, placed unlike the project's). */
function inFolder<T>(folder: string, fn: () => T): T {
  const cwd = process.cwd();
  process.chdir(folder);
  try {
    return fn();
  } finally {
    process.chdir(cwd);
  }
}

/** A working folder two levels down in a folder of its own. */
function serverFolder(): string {
  const folder = path.join(makeTempDir(), 'srv', 'server');
  fs.mkdirSync(folder, { recursive: true });
  dirs.push(path.dirname(path.dirname(folder)));
  return folder;
}

const LATER = new Date('2021-01-01T00:00:00Z');

describe('indexContent', () => {
  it('parses every file on the first run and none on a second run over the same files', () => {
    const { dir, index } = setup({ 'one.md': articleText({ title: 'One' }), 'two.md': articleText({ title: 'Two' }) });
    const first = indexContent(dir, index);
    expect(first.parsedFiles).toBe(2);
    expect(first.changes.added.sort()).toEqual(['one', 'two']);
    expect(first.changes.firstRun).toBe(true);
    const second = indexContent(dir, index);
    expect(second.parsedFiles).toBe(0);
    expect(second.changes).toEqual({ added: [], updated: [], removed: [], live: [], arabic: [], firstRun: false });
    expect(second.content.articles.map((a) => a.title).sort()).toEqual(['One', 'Two']);
    expect(second.version).toBe(first.version);
  });

  it('gives the same version in any working folder: npm run publish and a standalone server compare it', () => {
    const { dir, index } = setup({ 'one.md': articleText() });
    const here = indexContent(dir, index).version;
    const elsewhere = makeTempDir();
    dirs.push(elsewhere);
    const cwd = process.cwd();
    process.chdir(elsewhere);
    try {
      expect(indexContent(dir, path.join(elsewhere, 'index.sqlite')).version).toBe(here);
    } finally {
      process.chdir(cwd);
    }
  });

  it('is shared by working folders placed differently: nothing parsed again, files named from the folder that reads them', () => {
    const { dir, index } = setup({ 'one.md': articleText({ title: 'One' }), 'bad.md': articleText({ dateline: 'nowhere' }) });
    const here = indexContent(dir, index);
    expect(here.parsedFiles).toBe(2);
    const there = inFolder(serverFolder(), () => {
      const run = indexContent(dir, index);
      return { run, one: relativeToCwd(path.join(dir, 'articles/one.md')), bad: relativeToCwd(path.join(dir, 'articles/bad.md')), readable: fs.existsSync(run.content.articles[0]!.file) };
    });
    expect(there.run.parsedFiles).toBe(0);
    expect(there.run.version).toBe(here.version);
    expect(there.run.content.articles.map((a) => a.file)).toEqual([there.one]);
    expect(there.readable).toBe(true);
    const errors = there.run.problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors.map((p) => p.file))).toEqual(new Set([there.bad]));
    // Back in the project's folder, the same stored problems name the file as the project sees it.
    expect(new Set(indexContent(dir, index).problems.filter((p) => p.severity === 'error').map((p) => p.file))).toEqual(new Set([relativeToCwd(path.join(dir, 'articles/bad.md'))]));
  });

  it('keeps search rows in step when another working folder parses a changed file', () => {
    const { dir, index } = setup({ 'one.md': articleText({ title: 'One' }), 'two.md': articleText({ title: 'Two' }) });
    indexContent(dir, index);
    writeFile(dir, 'articles/two.md', articleText({ title: 'Two, edited' }), LATER);
    const run = inFolder(serverFolder(), () => indexContent(dir, index));
    expect(run.parsedFiles).toBe(1);
    const db = openContentIndex(index);
    expect(db.prepare(STALE_SEARCH_ROWS).all()).toEqual([]);
    expect(db.prepare('SELECT title FROM search ORDER BY title').pluck().all()).toEqual(['One', 'Two, edited']);
  });

  it('gives the last good content to another working folder with files named from there', () => {
    const { dir, index } = setup({ 'one.md': articleText({ title: 'Good title' }) });
    indexContent(dir, index);
    writeFile(dir, 'articles/one.md', articleText({ title: 'Broken', dateline: 'nowhere' }), LATER);
    const kept = inFolder(serverFolder(), () => {
      const good = lastGoodContent(dir, index)!;
      return { files: good.content.articles.map((a) => a.file), shown: relativeToCwd(path.join(dir, 'articles/one.md')) };
    });
    expect(kept.files).toEqual([kept.shown]);
  });

  it('gives stored results their dates back as Dates', () => {
    const { dir, index } = setup({ 'one.md': articleText() });
    indexContent(dir, index);
    const [article] = indexContent(dir, index).content.articles;
    expect(article!.published).toBeInstanceOf(Date);
  });

  it('reports a source dated after publication from a stored result as when it parsed the file', () => {
    // A story's own checks run when its file is parsed; the stored result keeps their problems, not the sources.
    const late = articleText({ sources: '\n  - publisher: Reuters\n    date: 2019-04-07' });
    const { dir, index } = setup({ 'one.md': late });
    const fields = (run: ReturnType<typeof indexContent>) => run.problems.filter((p) => p.severity === 'error').map((p) => p.field);
    expect(fields(indexContent(dir, index))).toEqual(['sources[0].date']);
    const stored = indexContent(dir, index);
    expect(stored.parsedFiles).toBe(0);
    expect(fields(stored)).toEqual(['sources[0].date']);
  });

  it('loads from stored results the same articles a fresh parse gives, figures and corrections included', () => {
    const figures = '\n  - metric: displaced\n    value: 2800\n    qualifier: more than\n    as_of: 2019-04-03\n    scope: people who fled the fighting\n    reported_by: OCHA';
    const corrections = '\n  - date: 2019-04-07\n    text: An earlier version gave the wrong day.';
    const { dir, index } = setup({
      'one.md': articleText({ title: 'One', figures, corrections }),
      'two.md': articleText({ title: 'Two', figures }),
      'three.md': articleText({ title: 'Three' }),
    });
    const fresh = indexContent(dir, index).content.articles;
    const stored = indexContent(dir, index).content.articles;
    expect(stored).toEqual(fresh);
    // Values shared between stored stories stay separate in meaning: each story has its own lists.
    const [one, two, three] = ['one', 'two', 'three'].map((slug) => stored.find((a) => a.slug === slug)!);
    expect(one!.corrections.map((c) => c.text)).toEqual(['An earlier version gave the wrong day.']);
    expect(two!.corrections).toEqual([]);
    expect(three!.figures).toEqual([]);
    expect(two!.figures[0]).toMatchObject({ reported_by: 'OCHA', value: 2800 });
    expect(one!.modified.toISOString()).toBe('2019-04-06T22:00:00.000Z'); // the correction's day, in Libya
  });

  it('re-parses only the file that changed, and reports it as updated', () => {
    const { dir, index } = setup({ 'one.md': articleText({ title: 'One' }), 'two.md': articleText({ title: 'Two' }) });
    indexContent(dir, index);
    writeFile(dir, 'articles/two.md', articleText({ title: 'Two, edited' }), LATER);
    const run = indexContent(dir, index);
    expect(run.parsedFiles).toBe(1);
    expect(run.changes.updated).toEqual(['two']);
  });

  it('does not re-parse a file that was only touched', () => {
    const { dir, index } = setup({ 'one.md': articleText({ title: 'One' }) });
    indexContent(dir, index);
    writeFile(dir, 'articles/one.md', articleText({ title: 'One' }), LATER);
    expect(indexContent(dir, index).parsedFiles).toBe(0);
  });

  it('reports a deleted file as removed and forgets it', () => {
    const { dir, index } = setup({ 'one.md': articleText({ title: 'One' }), 'two.md': articleText({ title: 'Two' }) });
    indexContent(dir, index);
    fs.rmSync(path.join(dir, 'articles/two.md'));
    const run = indexContent(dir, index);
    expect(run.changes.removed).toEqual(['two']);
    expect(run.content.articles.map((a) => a.slug)).toEqual(['one']);
  });

  it('reports the same problems from stored results as from a fresh parse', () => {
    const { dir, index } = setup({ 'bad.md': articleText({ dateline: 'tripolli' }) });
    const fresh = indexContent(dir, index).problems;
    const stored = indexContent(dir, index).problems;
    expect(fresh.length).toBeGreaterThan(0);
    expect(stored).toEqual(fresh);
  });

  it('re-parses every file when a registry key changes', () => {
    const { dir, index } = setup({ 'one.md': articleText(), 'two.md': articleText({ title: 'Two' }) });
    indexContent(dir, index);
    const places = path.join(dir, 'places.yml');
    fs.appendFileSync(places, 'misrata:\n  name: Misrata\n  latitude: 32.37\n  longitude: 15.09\n');
    expect(indexContent(dir, index).parsedFiles).toBe(2);
  });

  it('keeps searchable text only for valid content', () => {
    const { dir, index } = setup({ 'one.md': articleText({ title: 'Gharyan falls' }, 'Forces entered the hill town.') });
    indexContent(dir, index);
    const db = openContentIndex(index);
    const hits = db.prepare(`SELECT slug FROM search WHERE search MATCH 'hill'`).all();
    expect(hits).toEqual([{ slug: 'one' }]);
    writeFile(dir, 'articles/one.md', articleText({ title: 'Gharyan falls', dateline: 'nowhere' }, 'Changed text.'), LATER);
    indexContent(dir, index);
    // Invalid content is not indexed: search still finds what was last valid.
    expect(db.prepare(`SELECT slug FROM search WHERE search MATCH 'hill'`).all()).toEqual([{ slug: 'one' }]);
  });
});

describe('indexContent: a server reload that reuses what `npm run publish` checked', () => {
  const EDITED = new Date('2020-02-01T00:00:00Z');
  /** What a server holds after `held`, offered to a reload of the version a publish checked. */
  const reuseOf = (held: IndexedContent, checkedVersion: string): Reuse => ({
    checkedVersion,
    registriesHash: held.registriesHash,
    articles: new Map(held.content.articles.map((article) => [article.file, article])),
  });
  const bySlug = (content: IndexedContent, slug: string) => content.content.articles.find((a) => a.slug === slug)!;
  const threeStories = () => setup({ 'one.md': articleText({ title: 'One' }), 'two.md': articleText({ title: 'Two' }), 'three.md': articleText({ title: 'Three' }) });

  it('reuses the held article of every unchanged file and gives what a full reload gives', () => {
    const { dir, index } = threeStories();
    const held = indexContent(dir, index);
    writeFile(dir, 'articles/two.md', articleText({ title: 'Two, corrected' }), EDITED);
    const published = indexContent(dir, index); // the publish command's check
    const reused = indexContent(dir, index, { reuse: reuseOf(held, published.version) });
    expect(reused.problems).toEqual([]);
    expect(bySlug(reused, 'one')).toBe(bySlug(held, 'one'));
    expect(bySlug(reused, 'three')).toBe(bySlug(held, 'three'));
    expect(bySlug(reused, 'two').title).toBe('Two, corrected');
    expect(reused.content).toEqual(indexContent(dir, index).content);
    expect(reused.version).toBe(published.version);
  });

  it('reuses nothing and checks everything when a file changed after the check', () => {
    const { dir, index } = threeStories();
    const held = indexContent(dir, index);
    writeFile(dir, 'articles/two.md', articleText({ title: 'Two, corrected' }), EDITED);
    const published = indexContent(dir, index);
    writeFile(dir, 'articles/three.md', articleText({ title: 'Three', dateline: 'nowhere' }), new Date('2020-03-01T00:00:00Z'));
    const reuse = reuseOf(held, published.version);
    const reloaded = indexContent(dir, index, { reuse });
    expect(hasErrors(reloaded.problems)).toBe(true);
    expect(reuse.articles.size).toBe(0); // let go, not held beside the content being built
    expect(bySlug(reloaded, 'one')).not.toBe(bySlug(held, 'one'));
  });

  it('reuses nothing when a registry changed since the held articles were built', () => {
    const { dir, index } = setup({ 'one.md': articleText({ title: 'One', dateline: 'tripoli' }) });
    const held = indexContent(dir, index);
    writeFile(dir, 'places.yml', REGISTRY_YAML.places.replace('name: Tripoli', 'name: Tripoli (capital)'), EDITED);
    const published = indexContent(dir, index);
    const reloaded = indexContent(dir, index, { reuse: reuseOf(held, published.version) });
    expect(bySlug(reloaded, 'one')).not.toBe(bySlug(held, 'one'));
    expect(bySlug(reloaded, 'one').dateline?.name).toBe('Tripoli (capital)');
  });
});

describe('indexContent: a server loading the last version that passed the checks', () => {
  // A dek over the length limit is a warning of the archive-wide checks (checkArticles): whether
  // it is reported shows whether they ran.
  const longDek = `"${'A long dek about the fighting south of Tripoli. '.repeat(5).trim()}"`;
  const serving = { trustLastGood: true };

  it('does not run the archive-wide checks again, and gives the same content as a full load', () => {
    // A link to another story's old address: a warning only the archive-wide checks can give.
    const { dir, index } = setup({
      'one.md': articleText({ title: 'One' }, 'See [the other story](/articles/old-two).'),
      'two.md': articleText({ title: 'Two', aliases: '[/articles/old-two]' }),
    });
    const checked = indexContent(dir, index);
    expect(checked.problems.map((p) => p.message)).toEqual(['The link to /articles/old-two uses an old address of /articles/two.']);
    const trusted = indexContent(dir, index, serving);
    expect(trusted.problems).toEqual([]);
    expect(trusted.version).toBe(checked.version);
    expect(trusted.content).toEqual(indexContent(dir, index).content);
  });

  it('checks everything when a file changed since that version', () => {
    const { dir, index } = setup({ 'one.md': articleText({ title: 'One' }), 'two.md': articleText({ title: 'Two' }) });
    indexContent(dir, index);
    // The same headline twice is found only by the archive-wide checks.
    writeFile(dir, 'articles/two.md', articleText({ title: 'One' }), LATER);
    const loaded = indexContent(dir, index, serving);
    expect(hasErrors(loaded.problems)).toBe(true);
    expect(loaded.problems.some((p) => p.message.includes('One'))).toBe(true);
  });

  it('checks everything for a version that failed, and for the check command (no serving options)', () => {
    const { dir, index } = setup({ 'one.md': articleText({ title: 'One' }), 'two.md': articleText({ title: 'One' }) });
    expect(hasErrors(indexContent(dir, index).problems)).toBe(true);
    expect(hasErrors(indexContent(dir, index, serving).problems)).toBe(true);
    const { dir: good, index: goodIndex } = setup({ 'one.md': articleText({ title: 'One', dek: longDek }) });
    indexContent(good, goodIndex);
    expect(indexContent(good, goodIndex).problems).toHaveLength(1);
  });

  it('keeps a story\'s own warnings, which its stored result carries, when it trusts the version', () => {
    const { dir, index } = setup({ 'one.md': articleText({ title: 'One', dek: longDek }) });
    indexContent(dir, index);
    expect(indexContent(dir, index, serving).problems.map((p) => p.field)).toEqual(['dek']);
  });
});

describe('indexContent: search rows', () => {
  it('finds the files whose search rows are out of date through an index, not by reading every stored result', () => {
    const { dir, index } = setup({ 'one.md': articleText() });
    indexContent(dir, index);
    const plan = openContentIndex(index).prepare(`EXPLAIN QUERY PLAN ${STALE_SEARCH_ROWS}`).all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toContain('USING INDEX parsed_unsearched');
  });

  const dated = (title: string, published: string) => articleText({ title: `"${title}"`, published });
  const bySearchRowid = (db: ReturnType<typeof openContentIndex>) =>
    db.prepare('SELECT slug FROM search ORDER BY rowid').pluck().all();

  it('keys search rows by publication time, whatever the file order, and follows re-dating and deletion', () => {
    const { dir, index } = setup({
      'a.md': dated('Third', '2019-04-08T10:00'),
      'b.md': dated('First', '2019-04-06T10:00'),
      'c.md': dated('Second', '2019-04-07T10:00'),
    });
    indexContent(dir, index);
    const db = openContentIndex(index);
    expect(bySearchRowid(db)).toEqual(['b', 'c', 'a']);
    writeFile(dir, 'articles/b.md', dated('First', '2019-04-09T10:00'), LATER);
    fs.rmSync(path.join(dir, 'articles/c.md'));
    indexContent(dir, index);
    expect(bySearchRowid(db)).toEqual(['a', 'b']);
    // Each search row is the one its file's key names.
    expect(db.prepare('SELECT count(*) FROM parsed JOIN search ON search.rowid = parsed.search_rowid').pluck().get()).toBe(2);
  });

  it('takes back a file deleted in a run that failed its checks, with one search row (the run keeps no stale row)', () => {
    const { dir, index } = setup({
      'a.md': dated('First', '2019-04-06T10:00'),
      'b.md': articleText({ title: '"Second"', published: '2019-04-07T10:00' }, 'As [reported earlier](/articles/a), the front moved.'),
    });
    expect(hasErrors(indexContent(dir, index).problems)).toBe(false);
    const text = fs.readFileSync(path.join(dir, 'articles/a.md'), 'utf8');
    fs.rmSync(path.join(dir, 'articles/a.md'));
    // b links to the deleted story: the run fails, and its search rows stay as they were.
    expect(hasErrors(indexContent(dir, index).problems)).toBe(true);
    writeFile(dir, 'articles/a.md', text, LATER);
    const restored = indexContent(dir, index);
    expect(restored.problems).toEqual([]);
    expect(bySearchRowid(openContentIndex(index))).toEqual(['a', 'b']);
  });
});

describe('indexContent: Arabic translations', () => {
  const translation = (title: string, body: string) =>
    `---\ntranslation_of: one\ntitle: "${title}"\ndek: "قصة اختبارية عن الحرب في غرب ليبيا."\ntranslated: 2019-04-06T10:00\nauthors: [conflict-desk]\nsources:\n  - publisher: Reuters\n    date: 2019-04-01\n---\n${body}\n`;

  it('caches translations like articles and indexes their folded text in search_ar', () => {
    const { dir, index } = setup({ 'one.md': articleText({ title: 'Gharyan falls' }) });
    writeFile(dir, 'authors.yml', 'conflict-desk:\n  name: Conflict Desk staff\n  name_ar: فريق التحرير\n');
    writeFile(dir, 'ar/articles/one.md', translation('سقوط غريان', 'دخلت القُوّاتُ مدينةَ غريانَ الجبليّة.'));
    const first = indexContent(dir, index);
    expect(first.problems).toEqual([]);
    expect(first.content.arabic.map((a) => a.path)).toEqual(['/ar/articles/one']);
    expect(first.changes.arabic).toEqual(['one']);
    const second = indexContent(dir, index);
    expect(second.parsedFiles).toBe(0);
    expect(second.content.arabic).toHaveLength(1);
    const db = openContentIndex(index);
    // Tashkeel removed and taa marbuta folded in the index: the bare spelling matches.
    expect(db.prepare(`SELECT slug FROM search_ar WHERE search_ar MATCH 'القوات'`).all()).toEqual([{ slug: 'one' }]);
    expect(db.prepare(`SELECT slug FROM search_ar WHERE search_ar MATCH 'الجبليه'`).all()).toEqual([{ slug: 'one' }]);
    expect(db.prepare(`SELECT slug FROM search WHERE search MATCH 'غريان'`).all()).toEqual([]);
    fs.rmSync(path.join(dir, 'ar/articles/one.md'));
    const removed = indexContent(dir, index);
    expect(removed.changes.arabic).toEqual(['one']);
    expect(db.prepare(`SELECT slug FROM search_ar WHERE search_ar MATCH 'القوات'`).all()).toEqual([]);
  });
});

describe('lastGoodContent', () => {
  it('is undefined until content has passed once', () => {
    const { dir, index } = setup({ 'bad.md': articleText({ dateline: 'nowhere' }) });
    indexContent(dir, index);
    expect(lastGoodContent(dir, index)).toBeUndefined();
  });

  it('is the last content that passed, after the folder turned invalid', () => {
    const { dir, index } = setup({ 'one.md': articleText({ title: 'Good title' }) });
    const good = indexContent(dir, index);
    writeFile(dir, 'articles/one.md', articleText({ title: 'Broken', dateline: 'nowhere' }), LATER);
    expect(indexContent(dir, index).problems.some((p) => p.severity === 'error')).toBe(true);
    const kept = lastGoodContent(dir, index)!;
    expect(kept.version).toBe(good.version);
    expect(kept.content.articles.map((a) => a.title)).toEqual(['Good title']);
  });
});

describe('lastGoodContent after edits, additions and removals', () => {
  it('follows each passing version, not only the first', () => {
    const { dir, index } = setup({ 'one.md': articleText({ title: 'First' }), 'two.md': articleText({ title: 'Two' }) });
    indexContent(dir, index);
    writeFile(dir, 'articles/one.md', articleText({ title: 'Edited' }), LATER);
    writeFile(dir, 'articles/three.md', articleText({ title: 'Three' }), LATER);
    fs.rmSync(path.join(dir, 'articles/two.md'));
    const second = indexContent(dir, index);
    expect(second.problems.filter((p) => p.severity === 'error')).toEqual([]);
    writeFile(dir, 'articles/one.md', articleText({ title: 'Broken', dateline: 'nowhere' }), new Date('2022-01-01T00:00:00Z'));
    expect(indexContent(dir, index).problems.some((p) => p.severity === 'error')).toBe(true);
    const kept = lastGoodContent(dir, index)!;
    expect(kept.version).toBe(second.version);
    expect(kept.content.articles.map((a) => a.title).sort()).toEqual(['Edited', 'Three']);
  });
});

describe('lastGoodContent of the real archive', () => {
  /** The project's content/ copied into a temporary folder, with an index file of its own. */
  function copyOfRealArchive() {
    const dir = path.join(makeTempDir(), 'content');
    const index = path.join(makeTempDir(), 'index.sqlite');
    dirs.push(path.dirname(dir), path.dirname(index));
    fs.cpSync('content', dir, { recursive: true });
    return { dir, index };
  }

  it('keeps its live pages and Arabic editions as well as its articles', () => {
    const { dir, index } = copyOfRealArchive();
    const good = indexContent(dir, index);
    expect(good.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const [first] = fs.readdirSync(path.join(dir, 'articles')).filter((name) => name.endsWith('.md'));
    writeFile(dir, `articles/${first}`, articleText({ title: 'Broken', dateline: 'nowhere' }), LATER);
    expect(indexContent(dir, index).problems.some((p) => p.severity === 'error')).toBe(true);
    const kept = lastGoodContent(dir, index)!.content;
    const slugs = (list: readonly { slug: string }[]) => list.map((item) => item.slug);
    expect(good.content.live.length).toBeGreaterThan(0);
    expect(good.content.arabic.length).toBeGreaterThan(0);
    expect(slugs(kept.articles)).toEqual(slugs(good.content.articles));
    expect(slugs(kept.live)).toEqual(slugs(good.content.live));
    expect(slugs(kept.arabic)).toEqual(slugs(good.content.arabic));
    expect(slugs(kept.arabicLive)).toEqual(slugs(good.content.arabicLive));
  });

  it('is read from another working folder without parsing a file again, every file readable from there', () => {
    const { dir, index } = copyOfRealArchive();
    const here = indexContent(dir, index);
    const there = inFolder(serverFolder(), () => {
      const run = indexContent(dir, index);
      const { articles, live, arabic, arabicLive } = run.content;
      const files = [...articles, ...live, ...arabic, ...arabicLive].map((item) => item.file);
      return { run, files, unreadable: files.filter((file) => !fs.existsSync(file)) };
    });
    expect(there.run.parsedFiles).toBe(0);
    expect(there.run.version).toBe(here.version);
    expect(there.run.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(there.files.length).toBe(here.content.articles.length + here.content.live.length + here.content.arabic.length + here.content.arabicLive.length);
    expect(there.unreadable).toEqual([]);
  });
});

describe('openContentIndex', () => {
  it('cuts its write-ahead log back once the log is in the index, so a cold fill leaves no log of its size on disk', () => {
    const { dir, index } = setup({ 'one.md': articleText() });
    indexContent(dir, index);
    expect(openContentIndex(index).pragma('journal_size_limit', { simple: true })).toBe(WAL_LIMIT_BYTES);
  });
});

describe('contentIndexPath', () => {
  it('gives different folders different files, under CONTENT_INDEX_DIR', () => {
    expect(contentIndexPath('/a/content')).not.toBe(contentIndexPath('/b/content'));
    expect(contentIndexPath('/a/content')).toContain(process.env.CONTENT_INDEX_DIR ?? '.content-index');
  });
});
