import { beforeEach, describe, expect, it, vi } from 'vitest';

// Next's data cache needs a running server: record what the page asks it for instead.
const { unstableCache, cached } = vi.hoisted(() => {
  const cached = vi.fn(async () => true);
  return { cached, unstableCache: vi.fn((_fn: unknown, _keyParts?: string[], _options?: { tags?: string[] }) => cached) };
});
vi.mock('next/cache', () => ({ unstable_cache: unstableCache }));

import { tagPage } from '@/lib/publishing/page-tags';

/** The tags the page was marked with, per call. */
const tagsGiven = () => unstableCache.mock.calls.map((call) => call[2]?.tags);

beforeEach(() => {
  unstableCache.mockClear();
  cached.mockClear();
});

describe('tagPage', () => {
  it('marks the page with the given tags through a cached call it makes', async () => {
    await expect(tagPage(['story:a', 'story:b'])).resolves.toBeUndefined();
    expect(tagsGiven()).toEqual([['story:a', 'story:b']]);
    expect(cached).toHaveBeenCalledTimes(1);
  });

  it('makes no cached call for no tags', async () => {
    await tagPage([]);
    expect(unstableCache).not.toHaveBeenCalled();
    expect(cached).not.toHaveBeenCalled();
  });

  it('gives each tag once, in first-seen order', async () => {
    await tagPage(['story:b', 'story:a', 'story:b', 'story:a']);
    expect(tagsGiven()).toEqual([['story:b', 'story:a']]);
  });

  it('gives at most 64 distinct tags (the first ones)', async () => {
    const tags = Array.from({ length: 100 }, (_, i) => `story:${i}`);
    await tagPage([...tags, ...tags]);
    expect(tagsGiven()).toEqual([tags.slice(0, 64)]);
  });

  it("uses one constant cache entry for every page: no page's data is stored per tag set", async () => {
    await tagPage(['story:a']);
    await tagPage(['story:b', 'story:c']);
    const [first, second] = unstableCache.mock.calls;
    expect(first![1]).toEqual(second![1]);
  });

  it('does not change the caller\'s list', async () => {
    const tags = Object.freeze(['story:a', 'story:a']);
    await tagPage(tags);
    expect(tags).toEqual(['story:a', 'story:a']);
  });

  it('passes a failure of the cache on to the page', async () => {
    cached.mockRejectedValueOnce(new Error('cache down'));
    await expect(tagPage(['story:a'])).rejects.toThrow('cache down');
  });
});
