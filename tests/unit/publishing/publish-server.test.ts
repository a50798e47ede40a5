import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storyTag } from '@/lib/publishing/affected';
import { REGISTRY_YAML, articleText, makeContentDir, makeTempDir, relativeToCwd, removeDir, writeFile } from '../helpers';

// Revalidation needs a running Next server: record what the publish asks it to regenerate.
const { revalidatePath, revalidateTag } = vi.hoisted(() => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath, revalidateTag }));

type PublishServer = typeof import('@/lib/publishing/publish-server');

const NOW = new Date('2021-01-01T12:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const story = (n: number) => articleText({ title: `"Story ${n}"`, published: `2019-04-0${n}T10:00` });

let dir: string;
let dirs: string[] = [];
let server: PublishServer;
/** Increasing file times: the content index sees each write as a change. */
let clock = Date.parse('2020-01-01T00:00:00Z');
const tick = () => new Date((clock += 10_000));

/** Writes files into the content folder, then the publish stamp, as `npm run publish` does. */
function change(files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) writeFile(dir, file, text, tick());
  writeFile(dir, '.published', `${tick().toISOString()} unchecked\n`, tick());
}

beforeEach(async () => {
  dir = makeContentDir({ 'one.md': story(1) });
  const index = makeTempDir();
  dirs = [dir, index];
  vi.stubEnv('CONTENT_DIR', dir);
  vi.stubEnv('CONTENT_INDEX_DIR', index);
  vi.stubEnv('NODE_ENV', 'production');
  // A fresh server process: the module keeps what it last made live on globalThis.
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('conflict-desk.publish-state')];
  vi.resetModules();
  server = await import('@/lib/publishing/publish-server');
  revalidatePath.mockClear();
  revalidateTag.mockClear();
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  dirs.forEach(removeDir);
});

const revalidatedPaths = () => revalidatePath.mock.calls.map((call) => call.join(' '));

describe('publish', () => {
  it('regenerates nothing when the content is what the process already serves', () => {
    server.rememberLiveContent(NOW);
    const outcome = server.publish(NOW);
    expect(outcome).toMatchObject({ ok: true, affected: { added: [], updated: [], removed: [], everything: false, paths: [], routes: [], tags: [] } });
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('for a new story: regenerates exactly the paths, routes and tags it touches, and reports them', () => {
    server.rememberLiveContent(NOW);
    change({ 'articles/two.md': story(2) });
    const outcome = server.publish(NOW);
    if (!outcome.ok) throw new Error('publish failed');
    const { affected } = outcome;
    expect(affected.added).toEqual(['two']);
    expect(affected.everything).toBe(false);
    expect(affected.paths).toEqual(expect.arrayContaining(['/articles/two', '/articles/one', '/libya']));
    expect(revalidatedPaths().sort()).toEqual([...affected.paths, ...affected.routes.map((route) => `${route} page`)].sort());
    expect(revalidateTag.mock.calls).toEqual([[storyTag('two'), { expire: 0 }]]);
  });

  it('regenerates both editions whole when a registry changes, and nothing one by one', () => {
    server.rememberLiveContent(NOW);
    change({ 'places.yml': REGISTRY_YAML.places.replace('name: Tripoli', 'name: Tripoli (capital)') });
    const outcome = server.publish(NOW);
    expect(outcome).toMatchObject({ ok: true, affected: { everything: true } });
    expect(revalidatedPaths().sort()).toEqual(['/ layout', '/ar layout']);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('refuses invalid content: reports every problem with its file and regenerates nothing', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    server.rememberLiveContent(NOW);
    change({ 'articles/two.md': story(2), 'articles/broken.md': articleText({ authors: '[nobody]' }) });
    const outcome = server.publish(NOW);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.length).toBeGreaterThan(0);
    expect(outcome.problems.map((problem) => problem.file)).toEqual(outcome.problems.map(() => relativeToCwd(`${dir}/articles/broken.md`)));
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('leaves what is live untouched after a refused publish: the next good one regenerates everything since', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    server.rememberLiveContent(NOW);
    change({ 'articles/two.md': story(2), 'articles/three.md': articleText({ authors: '[nobody]' }) });
    expect(server.publish(NOW).ok).toBe(false);
    change({ 'articles/three.md': story(3) });
    const outcome = server.publish(later(1000));
    expect(outcome).toMatchObject({ ok: true, affected: { added: ['three', 'two'] } });
    expect(revalidatedPaths()).toEqual(expect.arrayContaining(['/articles/two', '/articles/three']));
  });

  it('reports the change applied moments ago to a publish that finds nothing new, without regenerating again', () => {
    server.rememberLiveContent(NOW);
    change({ 'articles/two.md': story(2) });
    const first = server.publish(NOW);
    revalidatePath.mockClear();
    revalidateTag.mockClear();
    // E.g. the scheduler applied the change before the publish request arrived.
    expect(server.publish(later(59_000))).toEqual(first);
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('reports nothing for a publish that finds nothing new a minute or more after the last change', () => {
    server.rememberLiveContent(NOW);
    change({ 'articles/two.md': story(2) });
    server.publish(NOW);
    expect(server.publish(later(60_000))).toMatchObject({ ok: true, affected: { added: [], paths: [] } });
  });
});

describe('rememberLiveContent', () => {
  it('remembers what the process served first: calling it again later does not hide a change', () => {
    server.rememberLiveContent(NOW);
    change({ 'articles/two.md': story(2) });
    server.rememberLiveContent(later(1000));
    expect(server.publish(later(2000))).toMatchObject({ ok: true, affected: { added: ['two'] } });
  });

  it('without it, a first publish counts every published story as new', () => {
    expect(server.publish(NOW)).toMatchObject({ ok: true, affected: { added: ['one'] } });
  });
});

describe('POST /api/publish (the caller: what publish answers through it)', () => {
  const TOKEN = 'a-long-enough-secret-123';
  const post = (headers: Record<string, string>) => new Request('http://localhost/api/publish', { method: 'POST', headers });
  const load = () => import('@/app/api/publish/route');

  beforeEach(() => vi.stubEnv('PUBLISH_TOKEN', TOKEN));

  it('answers as an unknown address (not found) to a missing or wrong token, and publishes nothing', async () => {
    const route = await load();
    server.rememberLiveContent(NOW);
    change({ 'articles/two.md': story(2) });
    const refused: Record<string, string>[] = [{}, { authorization: `Bearer ${TOKEN}x` }, { authorization: TOKEN }];
    for (const headers of refused) {
      await expect(route.POST(post(headers))).rejects.toMatchObject({ digest: expect.stringContaining('404') });
    }
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('handles POST only: no other method reaches publish', async () => {
    const route = await load();
    expect(Object.keys(route).filter((name) => /^[A-Z]+$/.test(name))).toEqual(['POST']);
  });

  it('answers 200 with the outcome to the right token, uncached', async () => {
    const route = await load();
    server.rememberLiveContent();
    change({ 'articles/two.md': story(2) });
    const response = await route.POST(post({ authorization: `Bearer ${TOKEN}` }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ ok: true, affected: { added: ['two'] } });
  });

  it('answers 422 with the problems when the content is invalid', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const route = await load();
    server.rememberLiveContent();
    change({ 'articles/broken.md': articleText({ authors: '[nobody]' }) });
    const response = await route.POST(post({ authorization: `Bearer ${TOKEN}` }));
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.ok).toBe(false);
    expect(body.problems[0].file).toBe(relativeToCwd(`${dir}/articles/broken.md`));
    expect(revalidatePath).not.toHaveBeenCalled();
  });
});
