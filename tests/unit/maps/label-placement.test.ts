import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, overlaps, placeLabels, type Box, type LabelRequest } from '../../../lib/maps/label-placement';

const request = (id: string, x: number, y: number, extra: Partial<LabelRequest> = {}): LabelRequest => ({
  id,
  x,
  y,
  radius: 4,
  text: id,
  fontSize: 12,
  ...extra,
});

describe('placeLabels', () => {
  it('puts a lone label to the right of its point', () => {
    const { placed, dropped } = placeLabels([request('Tripoli', 100, 100)], 400, 300);
    expect(dropped).toEqual([]);
    expect(placed[0]).toMatchObject({ id: 'Tripoli', anchor: 'start' });
    expect(placed[0]!.x).toBeGreaterThan(104);
  });

  it('moves a label left when the right would leave the map', () => {
    const { placed } = placeLabels([request('Tobruk', 390, 100)], 400, 300);
    expect(placed[0]!.anchor).toBe('end');
    expect(placed[0]!.box.x).toBeGreaterThanOrEqual(0);
    expect(placed[0]!.box.x + placed[0]!.box.width).toBeLessThanOrEqual(400);
  });

  it('never lets two labels overlap, nor a label cover another point', () => {
    const cluster = [
      request('Tripoli', 200, 150, { priority: 2 }),
      request('Tajoura', 210, 150),
      request('Mitiga', 205, 146),
      request('Ain Zara', 204, 158),
      request('Janzour', 190, 152),
    ];
    const { placed, dropped } = placeLabels(cluster, 400, 300);
    expect(placed.length + dropped.length).toBe(cluster.length);
    for (const a of placed) {
      for (const b of placed) if (a !== b) expect(overlaps(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
      for (const point of cluster) {
        if (point.id === a.id) continue;
        const marker = { x: point.x - 5, y: point.y - 5, width: 10, height: 10 };
        expect(overlaps(a.box, marker), `${a.id} covers ${point.id}`).toBe(false);
      }
    }
  });

  it('gives the highest priority its first choice', () => {
    const { placed } = placeLabels(
      [request('Tajoura', 100, 110), request('Tripoli', 100, 100, { priority: 10 })],
      400,
      300,
    );
    expect(placed[0]!.id).toBe('Tripoli');
    expect(placed[0]!.anchor).toBe('start');
    expect(placed[1]!.id).toBe('Tajoura');
    expect(placed[1]!.anchor).not.toBe('start');
  });

  it('drops a label that has nowhere to go', () => {
    const { placed, dropped } = placeLabels([request('A very long place name', 20, 10)], 40, 20);
    expect(placed).toEqual([]);
    expect(dropped).toEqual(['A very long place name']);
  });

  it('avoids fixed obstacles such as country names', () => {
    const { placed } = placeLabels([request('Zintan', 100, 100)], 400, 300, [{ x: 105, y: 80, width: 100, height: 40 }]);
    expect(placed[0]!.anchor).toBe('end');
  });

  it('is deterministic', () => {
    const input = Array.from({ length: 30 }, (_, i) => request(`P${i}`, (i * 37) % 300, (i * 53) % 200));
    expect(placeLabels(input, 320, 220)).toEqual(placeLabels(input, 320, 220));
  });
});

describe('estimateTextWidth', () => {
  it('grows with length and font size, wide letters wider than narrow ones', () => {
    expect(estimateTextWidth('Tripoli', 12)).toBeLessThan(estimateTextWidth('Tripoli', 16));
    expect(estimateTextWidth('ill', 12)).toBeLessThan(estimateTextWidth('mmm', 12));
  });
});

describe('placeLabels: whose label is it', () => {
  const distance = (box: Box, point: { x: number; y: number; radius: number }) =>
    Math.max(0, Math.hypot(Math.max(box.x - point.x, 0, point.x - (box.x + box.width)), Math.max(box.y - point.y, 0, point.y - (box.y + box.height))) - point.radius);

  it('never sets a label nearer to another point than to its own, however the points crowd', () => {
    const point = fc.record({ x: fc.integer({ min: 0, max: 300 }), y: fc.integer({ min: 0, max: 200 }), radius: fc.integer({ min: 2, max: 12 }), priority: fc.nat(30) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 12 }), fc.array(point, { maxLength: 6 }), (points, labelledElsewhere) => {
        const requests = points.map((p, i) => ({ ...p, id: `p${i}`, text: `Place ${i}`, fontSize: 13 }));
        // Points labelled in another pass (a chart's numbers go round its named points) count too.
        for (const label of placeLabels(requests, 300, 200, [], labelledElsewhere).placed) {
          const own = requests.find((r) => r.id === label.id)!;
          for (const other of [...requests, ...labelledElsewhere]) if (other !== own) expect(distance(label.box, other)).toBeGreaterThanOrEqual(distance(label.box, own));
        }
      }),
    );
  });
});
