import { getContent, getPublishedArabicLivePages, getPublishedArticles, getPublishedLivePages } from '../content/store';
import { internalToken } from './publish-auth';
import { rememberLiveContent } from './publish-server';

const DEFAULT_INTERVAL_MS = 15_000;

/**
 * The check's interval from SCHEDULE_CHECK_MS: a whole number of milliseconds, at least 100.
 * Anything else ("", "15s", 0) falls back to 15 s with a warning; Node would otherwise run the
 * check every millisecond.
 */
export function scheduleIntervalMs(value: string | undefined): number {
  if (value === undefined) return DEFAULT_INTERVAL_MS;
  const ms = Number(value);
  if (/^\s*\d+\s*$/.test(value) && ms >= 100) return ms;
  console.warn(`SCHEDULE_CHECK_MS=${JSON.stringify(value)} is not a whole number of milliseconds (at least 100); checking every ${DEFAULT_INTERVAL_MS} ms.`);
  return DEFAULT_INTERVAL_MS;
}

/**
 * Every SCHEDULE_CHECK_MS (scheduleIntervalMs): if the set of published stories or live entries differs
 * from the last check (a scheduled story or live entry came due, or another server's publish reloaded
 * the content here), ask this server's own publish endpoint to regenerate
 * what changed. Revalidation needs a request context, hence the call to
 * itself (with a secret that never leaves the process).
 */
export function startScheduler(): void {
  const holder = globalThis as Record<symbol, unknown>;
  if (holder[Symbol.for('conflict-desk.scheduler')]) return;
  let last = '';
  const check = async () => {
    try {
      getContent();
      const published = getPublishedArticles();
      // Live pages count too (both editions): an entry coming due changes what its page shows.
      const live = [...getPublishedLivePages(), ...getPublishedArabicLivePages()].map((page) => `${page.path}:${page.revision}:${page.entries.length}`);
      const key = `${published.length}:${published[0]?.slug ?? ''}:${published[0]?.revision ?? ''}|${live.join(',')}`;
      if (!last) {
        last = key;
        rememberLiveContent();
        return;
      }
      if (key === last) return;
      const origin = process.env.__NEXT_PRIVATE_ORIGIN;
      if (!origin) return;
      const response = await fetch(`${origin}/api/publish`, {
        method: 'POST',
        headers: { 'x-conflict-desk-internal': internalToken() },
      });
      if (response.ok) last = key;
    } catch (error) {
      console.error('Scheduled publishing check failed:', error);
    }
  };
  holder[Symbol.for('conflict-desk.scheduler')] = setInterval(check, scheduleIntervalMs(process.env.SCHEDULE_CHECK_MS));
  (holder[Symbol.for('conflict-desk.scheduler')] as NodeJS.Timeout).unref();
  void check();
}
