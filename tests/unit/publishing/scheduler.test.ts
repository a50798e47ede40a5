import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mayPublish } from '@/lib/publishing/publish-auth';
import { articleText, makeContentDir, makeTempDir, removeDir, writeFile } from '../helpers';

// publish-server (called by the last test) revalidates through Next's cache, which needs a running server.
const { revalidatePath, revalidateTag } = vi.hoisted(() => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/cache', () => ({ revalidatePath, revalidateTag }));

const INTERVAL = 1000;
const ORIGIN = 'http://127.0.0.1:4321';
/** Libya time 10:00 on 2030-01-01 is 08:00 UTC. */
const DUE = Date.parse('2030-01-01T08:00:00Z');
const BEFORE_DUE = new Date(DUE - 60_000);
const AFTER_DUE = new Date(DUE + 30_000);

/** What a server process holds on globalThis: each test starts a fresh process (the fake clock restarts too). */
const GLOBALS = ['conflict-desk.scheduler', 'conflict-desk.publish-state', 'conflict-desk.content-store'].map((name) => Symbol.for(name));
const holder = globalThis as Record<symbol, unknown>;

let dirs: string[] = [];
let fetchMock: ReturnType<typeof vi.fn>;
let errors: ReturnType<typeof vi.spyOn>;

/** A production content folder: a published story, plus `extra` files. */
function useContent(extra: Record<string, string> = {}) {
  const dir = makeContentDir({ 'one.md': articleText({ published: '2019-04-05T10:00' }) });
  for (const [file, text] of Object.entries(extra)) writeFile(dir, file, text);
  const index = makeTempDir();
  dirs.push(dir, index);
  vi.stubEnv('CONTENT_DIR', dir);
  vi.stubEnv('CONTENT_INDEX_DIR', index);
  return dir;
}

const SCHEDULED_STORY = { 'articles/scheduled.md': articleText({ title: '"Scheduled"', published: '2030-01-01T10:00' }) };

/** Starts the scheduler of a fresh server process. */
async function start() {
  vi.resetModules();
  const { startScheduler } = await import('@/lib/publishing/scheduler');
  startScheduler();
  return startScheduler;
}

const check = () => vi.advanceTimersByTimeAsync(INTERVAL);
const publishCalls = () => fetchMock.mock.calls.length;

beforeEach(() => {
  vi.useFakeTimers({ now: BEFORE_DUE });
  vi.stubEnv('NODE_ENV', 'production');
  vi.stubEnv('SCHEDULE_CHECK_MS', String(INTERVAL));
  vi.stubEnv('__NEXT_PRIVATE_ORIGIN', ORIGIN);
  fetchMock = vi.fn(async () => new Response(null, { status: 200 }));
  vi.stubGlobal('fetch', fetchMock);
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  for (const symbol of GLOBALS) delete holder[symbol];
});

afterEach(() => {
  // The module offers no way to stop it: end this test's scheduler here.
  clearInterval(holder[GLOBALS[0]!] as NodeJS.Timeout);
  for (const symbol of GLOBALS) delete holder[symbol];
  vi.useRealTimers();
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  dirs.forEach(removeDir);
  dirs = [];
});

describe('startScheduler', () => {
  it('asks nothing while nothing comes due', async () => {
    useContent(SCHEDULED_STORY);
    await start();
    for (let i = 0; i < 5; i++) await check();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("asks its own server's publish endpoint, once, with the process's secret, when a scheduled story comes due", async () => {
    useContent(SCHEDULED_STORY);
    await start();
    vi.setSystemTime(AFTER_DUE);
    await check();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]! as [string, RequestInit];
    expect(url).toBe(`${ORIGIN}/api/publish`);
    expect(init.method).toBe('POST');
    expect(mayPublish(new Headers(init.headers), undefined)).toBe(true);
    for (let i = 0; i < 5; i++) await check();
    expect(publishCalls()).toBe(1);
  });

  it('asks when a scheduled live entry comes due, though the list of stories is unchanged', async () => {
    const entry = (time: string, title: string) => `## ${time}Z | ${title}\nsources:\n  - publisher: Reuters\n\n${title}, Reuters reported.\n`;
    useContent({
      'live/tripoli-live.md': `---\ntitle: "Live: Tripoli"\ndek: Updates.\nsummary: "- A point."\npublished: 2019-04-05T09:00\nstatus: live\nauthors: [conflict-desk]\n---\n\n${entry('2019-04-05T09:00', 'First update')}\n${entry('2030-01-01T08:00', 'Scheduled update')}`,
    });
    await start();
    await check();
    expect(fetchMock).not.toHaveBeenCalled();
    vi.setSystemTime(AFTER_DUE);
    await check();
    expect(publishCalls()).toBe(1);
  });

  it('asks again at the next check while its server answers with an error, then stops', async () => {
    useContent(SCHEDULED_STORY);
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 503 })).mockResolvedValueOnce(new Response(null, { status: 500 }));
    await start();
    vi.setSystemTime(AFTER_DUE);
    await check();
    await check();
    await check();
    expect(publishCalls()).toBe(3);
    await check();
    await check();
    expect(publishCalls()).toBe(3);
  });

  it('logs a request that fails, keeps running and asks again at the next check', async () => {
    useContent(SCHEDULED_STORY);
    fetchMock.mockRejectedValueOnce(new TypeError('fetch failed'));
    await start();
    vi.setSystemTime(AFTER_DUE);
    await check();
    expect(errors).toHaveBeenCalledWith('Scheduled publishing check failed:', expect.any(TypeError));
    await check();
    expect(publishCalls()).toBe(2);
    await check();
    expect(publishCalls()).toBe(2);
  });

  it('logs a check that cannot read the content, and carries on once the content is fixed', async () => {
    const dir = useContent({ 'articles/broken.md': articleText({ authors: '[nobody]' }) });
    await start();
    expect(errors).toHaveBeenCalledWith('Scheduled publishing check failed:', expect.objectContaining({ name: 'ContentError' }));
    writeFile(dir, 'articles/broken.md', SCHEDULED_STORY['articles/scheduled.md']);
    writeFile(dir, '.published', 'fixed\n', new Date(DUE + 3_600_000));
    await check();
    await check();
    expect(fetchMock).not.toHaveBeenCalled();
    vi.setSystemTime(AFTER_DUE);
    await check();
    expect(publishCalls()).toBe(1);
  });

  it('asks nothing until it knows its server\'s address, then asks', async () => {
    vi.stubEnv('__NEXT_PRIVATE_ORIGIN', undefined);
    useContent(SCHEDULED_STORY);
    await start();
    vi.setSystemTime(AFTER_DUE);
    await check();
    expect(fetchMock).not.toHaveBeenCalled();
    vi.stubEnv('__NEXT_PRIVATE_ORIGIN', ORIGIN);
    await check();
    expect(publishCalls()).toBe(1);
  });

  it('runs one scheduler per process however often it is started', async () => {
    useContent(SCHEDULED_STORY);
    const startScheduler = await start();
    startScheduler();
    (await start())();
    vi.setSystemTime(AFTER_DUE);
    await check();
    expect(publishCalls()).toBe(1);
    fetchMock.mockClear();
    await check();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('remembers what the process serves at its first check, for the publish that follows', async () => {
    useContent(SCHEDULED_STORY);
    await start();
    vi.setSystemTime(AFTER_DUE);
    const { publish } = await import('@/lib/publishing/publish-server');
    expect(publish(AFTER_DUE)).toMatchObject({ ok: true, affected: { added: ['scheduled'] } });
  });
});

describe('scheduleIntervalMs', () => {
  it('takes SCHEDULE_CHECK_MS as whole milliseconds, and 15 s when it is unset', async () => {
    const { scheduleIntervalMs } = await import('@/lib/publishing/scheduler');
    expect(scheduleIntervalMs(undefined)).toBe(15_000);
    expect(scheduleIntervalMs('2000')).toBe(2000);
    expect(errors).not.toHaveBeenCalled();
  });

  it.each(['', '15s', '0', '-5', '50', '1.5', 'NaN'])('falls back to 15 s, with a warning, for %j (Node would check every millisecond)', async (value) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { scheduleIntervalMs } = await import('@/lib/publishing/scheduler');
    expect(scheduleIntervalMs(value)).toBe(15_000);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`SCHEDULE_CHECK_MS=${JSON.stringify(value)} is not a whole number of milliseconds`));
  });
});
