import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildContent } from '../../lib/content/build-content';
import { readContent } from '../../lib/content/read-content';
import { makeContentDir, removeDir } from '../unit/helpers';

/**
 * `npm run new -- "Headline"`, run as an editor would, on a temporary copy
 * of a minimal content folder (the helpers' registries, no articles).
 */
const root = path.resolve(import.meta.dirname, '../..');
let dir: string;

function newArticle(args: string[]) {
  // Vitest sets NODE_ENV=test; the command must run as it does for editors.
  const { NODE_ENV: _testEnv, ...inherited } = process.env;
  const env: Record<string, string> = { CONTENT_DIR: dir };
  const result = spawnSync('node', ['--import', 'tsx', 'scripts/new-article.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...inherited, ...env } as NodeJS.ProcessEnv,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const articlesIn = () => fs.readdirSync(path.join(dir, 'articles')).sort();
const articleAt = (slug: string) => path.join(dir, 'articles', `${slug}.md`);
/** How the script names a file: relative to the working directory it ran in. */
const shown = (file: string) => path.relative(root, file);

beforeEach(() => {
  dir = makeContentDir();
});

afterEach(() => {
  removeDir(dir);
});

describe('npm run new', () => {
  it('creates a draft named after the headline, and prints its path and the next steps', { timeout: 30_000 }, () => {
    const { status, stdout } = newArticle(["Salamé's plan: a truce", '--dateline', 'tripoli', '--topics', 'tripoli-offensive']);
    expect(status).toBe(0);
    const file = articleAt('salames-plan-a-truce');
    expect(articlesIn()).toEqual(['salames-plan-a-truce.md']);
    expect(stdout).toContain(`Created ${shown(file)} (a draft, at /articles/salames-plan-a-truce).`);
    expect(stdout).toContain('Next steps:');
    expect(stdout).toContain('http://localhost:3000/articles/salames-plan-a-truce');
    expect(stdout).toContain('npm run check');

    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('title: "Salamé\'s plan: a truce"\n');
    expect(text).toContain('dateline: tripoli\n');
    expect(text).toContain('topics: [tripoli-offensive]\n');
    expect(text).toContain('authors: [conflict-desk]\n'); // the first author in the registry by default
    expect(text).toContain('draft: true\n');
  });

  it('writes a file the content check accepts', { timeout: 30_000 }, () => {
    expect(newArticle(['Hifter forces push toward Tripoli']).status).toBe(0);
    const { content, problems } = buildContent(readContent(dir));
    expect(problems).toEqual([]);
    expect(content.articles.map((a) => [a.slug, a.draft])).toEqual([['hifter-forces-push-toward-tripoli', true]]);
  });

  it('joins a headline given as several words', { timeout: 30_000 }, () => {
    const { status } = newArticle(['Gharyan', 'falls', '--topics', 'tripoli-offensive']);
    expect(status).toBe(0);
    expect(articlesIn()).toEqual(['gharyan-falls.md']);
    expect(fs.readFileSync(articleAt('gharyan-falls'), 'utf8')).toContain('title: "Gharyan falls"\n');
  });

  it('refuses to overwrite an existing file and leaves it unchanged', { timeout: 30_000 }, () => {
    const file = articleAt('gharyan-falls');
    fs.writeFileSync(file, 'An editor’s unfinished story.\n');
    const { status, stdout, stderr } = newArticle(['Gharyan falls']);
    expect(status).toBe(1);
    expect(stderr).toContain(`${shown(file)} already exists; nothing was written.`);
    expect(stdout).not.toContain('Created');
    expect(fs.readFileSync(file, 'utf8')).toBe('An editor’s unfinished story.\n');
    expect(articlesIn()).toEqual(['gharyan-falls.md']);
  });

  it('refuses an unknown topic key with "did you mean", writing nothing', { timeout: 30_000 }, () => {
    const { status, stderr } = newArticle(['Gharyan falls', '--topics', 'tripoli-ofensive']);
    expect(status).toBe(1);
    expect(stderr).toContain('--topics tripoli-ofensive: not a key in content/topics.yml. Did you mean "tripoli-offensive"?');
    expect(stderr).toContain('Usage: npm run new');
    expect(articlesIn()).toEqual([]);
  });

  it('refuses an unknown dateline, listing the known places when none is close', { timeout: 30_000 }, () => {
    const { status, stderr } = newArticle(['Gharyan falls', '--dateline', 'benghazi']);
    expect(status).toBe(1);
    expect(stderr).toContain('--dateline benghazi: not a key in content/places.yml. Known: tripoli, gharyan');
    expect(articlesIn()).toEqual([]);
  });

  it('fails with the usage when no headline is given', { timeout: 30_000 }, () => {
    const { status, stderr } = newArticle([]);
    expect(status).toBe(1);
    expect(stderr).toContain('Give the headline of the story.');
    expect(stderr).toContain(
      'Usage: npm run new -- "Headline of the story" [--dateline tripoli] [--topics a,b] [--authors conflict-desk]',
    );
    expect(articlesIn()).toEqual([]);
  });

  it('fails when the headline has nothing to make a file name from', { timeout: 30_000 }, () => {
    const { status, stderr } = newArticle(['!!!']);
    expect(status).toBe(1);
    expect(stderr).toContain('"!!!" has no letters or digits to make a file name from.');
    expect(articlesIn()).toEqual([]);
  });

  it('fails with the usage on an unknown option', { timeout: 30_000 }, () => {
    const { status, stderr } = newArticle(['Gharyan falls', '--topic', 'tripoli-offensive']);
    expect(status).toBe(1);
    expect(stderr).toContain("Unknown option '--topic'");
    expect(stderr).toContain('Usage: npm run new');
    expect(articlesIn()).toEqual([]);
  });
});

describe('npm run new -- --ar --from', () => {
  it('scaffolds a draft translation the check accepts, and never overwrites it', { timeout: 60_000 }, () => {
    expect(newArticle(['Hifter forces push toward Tripoli', '--dateline', 'tripoli']).status).toBe(0);
    const [englishFile] = articlesIn();
    const slug = englishFile!.replace(/\.md$/, '');
    fs.writeFileSync(path.join(dir, 'authors.yml'), 'conflict-desk:\n  name: Conflict Desk staff\n  name_ar: فريق التحرير\n');
    fs.writeFileSync(path.join(dir, 'places.yml'), 'tripoli:\n  name: Tripoli\n  name_ar: طرابلس\n  latitude: 32.887\n  longitude: 13.191\n');
    const first = newArticle(['--ar', '--from', slug]);
    expect(first.status).toBe(0);
    const file = path.join(dir, 'ar', 'articles', `${slug}.md`);
    expect(first.stdout).toContain(`/ar/articles/${slug}`);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain(`translation_of: ${slug}`);
    expect(text).toContain('draft: true');
    expect(text).toContain('dateline: tripoli');
    const { content, problems } = buildContent(readContent(dir));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(content.arabic.map((a) => a.slug)).toEqual([slug]);
    fs.writeFileSync(file, 'edited');
    const again = newArticle(['--ar', '--from', slug]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(fs.readFileSync(file, 'utf8')).toBe('edited');
  });

  it('names the closest article when --from is unknown', { timeout: 30_000 }, () => {
    expect(newArticle(['Gharyan falls']).status).toBe(0);
    const result = newArticle(['--ar', '--from', 'gharyan-fall']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('gharyan-falls');
  });
});
