import { getContent, getPublishedArabicLivePages, getPublishedArticles, getPublishedLivePages } from '../content/store';
import { internalToken } from './publish-auth';
import { rememberLiveContent } from './publish-server';

const INTERVAL_MS = Number(process.env.SCHEDULE_CHECK_MS ?? 15_000);

/**
 * Every INTERVAL_MS: if the set of published stories or live entries differs
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
  holder[Symbol.for('conflict-desk.scheduler')] = setInterval(check, INTERVAL_MS);
  (holder[Symbol.for('conflict-desk.scheduler')] as NodeJS.Timeout).unref();
  void check();
}
