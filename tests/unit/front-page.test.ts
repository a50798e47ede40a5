import { describe, expect, it } from 'vitest';
import { frontPageSlots } from '../../lib/front-page';

describe('frontPageSlots', () => {
  it('leads with the newest, then a second tier, then the latest, each story once', () => {
    const stories = Array.from({ length: 20 }, (_, i) => i);
    expect(frontPageSlots(stories, 3, 11)).toEqual({ lead: 0, topStories: [1, 2, 3], latest: [4, 5, 6, 7, 8, 9, 10] });
  });

  it('copes with few stories', () => {
    expect(frontPageSlots([0, 1], 3, 11)).toEqual({ lead: 0, topStories: [1], latest: [] });
    expect(frontPageSlots([], 3, 11)).toEqual({ lead: undefined, topStories: [], latest: [] });
  });
});
