import { describe, expect, it } from 'vitest';
import { isScheduled, isVisible } from '../../../lib/content/visibility';
import { makeArticle } from '../helpers';

const PUBLISHED = new Date('2019-04-05T19:40:00Z');
const ONE_MINUTE_EARLIER = new Date('2019-04-05T19:39:00Z');
const ONE_MS_EARLIER = new Date(PUBLISHED.getTime() - 1);
const ONE_MS_LATER = new Date(PUBLISHED.getTime() + 1);

const live = makeArticle({ slug: 'live-story', published: PUBLISHED });
const draft = makeArticle({ slug: 'draft-story', published: PUBLISHED, draft: true });

describe('isScheduled', () => {
  it('is true while the published time is still ahead', () => {
    expect(isScheduled(live, ONE_MINUTE_EARLIER)).toBe(true);
    expect(isScheduled(live, ONE_MS_EARLIER)).toBe(true);
  });

  it('is false at exactly the published time', () => {
    expect(isScheduled(live, new Date(PUBLISHED.getTime()))).toBe(false);
  });

  it('is false once the published time has passed', () => {
    expect(isScheduled(live, ONE_MS_LATER)).toBe(false);
    expect(isScheduled(live, new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });

  it('does not depend on the draft flag', () => {
    expect(isScheduled(draft, ONE_MS_EARLIER)).toBe(true);
    expect(isScheduled(draft, ONE_MS_LATER)).toBe(false);
  });
});

describe('isVisible', () => {
  const reader = (now: Date) => ({ now, preview: false });
  const preview = (now: Date) => ({ now, preview: true });

  it('shows a published article whose time has passed', () => {
    expect(isVisible(live, reader(ONE_MS_LATER))).toBe(true);
  });

  it('shows an article at exactly its published time', () => {
    expect(isVisible(live, reader(new Date(PUBLISHED.getTime())))).toBe(true);
  });

  it('hides an article whose published time is still in the future', () => {
    expect(isVisible(live, reader(ONE_MS_EARLIER))).toBe(false);
  });

  it('hides a draft even long after its published time', () => {
    expect(isVisible(draft, reader(new Date('2030-01-01T00:00:00Z')))).toBe(false);
  });

  it('hides a draft that is also scheduled', () => {
    expect(isVisible(draft, reader(ONE_MS_EARLIER))).toBe(false);
  });

  it('shows everything in a preview: drafts, scheduled articles and both at once', () => {
    expect(isVisible(live, preview(ONE_MS_EARLIER))).toBe(true);
    expect(isVisible(draft, preview(ONE_MS_LATER))).toBe(true);
    expect(isVisible(draft, preview(ONE_MS_EARLIER))).toBe(true);
  });

  it('judges against the injected now, not the real clock', () => {
    // Published in 2019, so already past by the real clock; a `now` in 2018 must still hide it.
    expect(isVisible(live, reader(new Date('2018-01-01T00:00:00Z')))).toBe(false);
    // Published far in the future by the real clock; a later `now` shows it.
    const future = makeArticle({ slug: 'future-story', published: new Date('2999-01-01T00:00:00Z') });
    expect(isVisible(future, reader(new Date('2999-01-01T00:00:00Z')))).toBe(true);
  });
});
