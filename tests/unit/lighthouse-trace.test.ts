import { describe, expect, it } from 'vitest';
import { layoutShiftsIn } from '../../scripts/lighthouse.mjs';

const navigation = (ts: number, url: string) => ({ name: 'navigationStart', ts, args: { data: { isLoadingMainFrame: true, documentLoaderURL: url } } });
const shift = (ts: number, data: Record<string, unknown>) => ({ name: 'LayoutShift', ts, args: { data: { is_main_frame: true, weighted_score_delta: 0.004, ...data } } });

describe('layoutShiftsIn', () => {
  it('names each main-frame shift: when after the page navigation, its score, whether it followed an input, and what moved', () => {
    const trace = {
      traceEvents: [
        navigation(1_000, ''), // the blank page before the real navigation
        navigation(5_000, 'http://localhost/articles/x'),
        shift(125_000, { had_recent_input: true, impacted_nodes: [{ node_id: 7, old_rect: [0, 60, 412, 40], new_rect: [0, 63, 412, 40] }] }),
        shift(900_000, { had_recent_input: false, weighted_score_delta: 0.01 }),
        shift(950_000, { is_main_frame: false }),
        { name: 'Layout', ts: 960_000, args: {} },
      ],
    };
    expect(layoutShiftsIn(trace)).toEqual([
      { ms: 120, score: 0.004, afterInput: true, moved: ['[0,60,412,40] → [0,63,412,40]'] },
      { ms: 895, score: 0.01, afterInput: false, moved: [] },
    ]);
  });

  it('accepts a bare array of events and finds nothing when nothing moved', () => {
    expect(layoutShiftsIn([navigation(0, 'http://localhost/')])).toEqual([]);
  });
});
