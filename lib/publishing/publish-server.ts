import { revalidatePath, revalidateTag } from 'next/cache';
import { getContent, getPublishedArabicArticles, getPublishedArabicLivePages, getPublishedArticles, getPublishedLivePages, reloadIfPublished } from '../content/store';
import type { ContentProblem } from '../content/problems';
import { affectedByPublish, storyStamp, type Affected, type Snapshot } from './affected';

/** What this process last made live, to tell what a publish changes (shared by every bundle of the process). */
const state = ((globalThis as Record<symbol, unknown>)[Symbol.for('conflict-desk.publish-state')] ??= {}) as {
  live?: Snapshot;
  /** The last publish that changed something, for a caller that arrives after the scheduler applied it. */
  last?: { at: number; affected: Affected };
};

function snapshot(now: Date): Snapshot {
  const { registries, timeline } = getContent();
  const shared = JSON.stringify([Object.values(registries).map((r) => [...r.values()]), timeline]);
  return { articles: getPublishedArticles(now).map(storyStamp), shared, live: getPublishedLivePages(now), arabic: getPublishedArabicArticles(now), arabicLive: getPublishedArabicLivePages(now) };
}

/** Remembers what the process serves now (at start, before any publish). */
export function rememberLiveContent(now = new Date()): void {
  state.live ??= snapshot(now);
}

export type PublishOutcome =
  | { ok: true; affected: Affected }
  | { ok: false; problems: readonly ContentProblem[] };

/**
 * Brings the content up to the publish (re-reading the folder unless this
 * process serves `checkedVersion`, the version `npm run publish` checked, already)
 * and regenerates exactly the pages the change touches (on their next request;
 * nothing is re-rendered on a timer). Also used, with no version, when a
 * scheduled story comes due. Invalid content changes nothing.
 */
export function publish(now = new Date(), checkedVersion?: string): PublishOutcome {
  const before = state.live;
  const reloaded = reloadIfPublished(checkedVersion);
  if (!reloaded.ok) return { ok: false, problems: reloaded.error.problems };
  const after = snapshot(now);
  const affected = affectedByPublish(before, after);
  if (affected.everything) {
    // Each root layout (English, Arabic: decision 0014) and everything under it.
    revalidatePath('/', 'layout');
    revalidatePath('/ar', 'layout');
  }
  else {
    for (const path of affected.paths) revalidatePath(path);
    for (const route of affected.routes) revalidatePath(route, 'page');
    for (const tag of affected.tags) revalidateTag(tag, { expire: 0 });
  }
  state.live = after;
  const changed = affected.paths.length > 0 || affected.everything;
  if (changed) state.last = { at: now.getTime(), affected };
  // Every server follows the publish stamp within a second, and its scheduler may apply the
  // change before the publish request arrives: report what was applied then.
  if (!changed && state.last && now.getTime() - state.last.at < 60_000) return { ok: true, affected: state.last.affected };
  return { ok: true, affected };
}
