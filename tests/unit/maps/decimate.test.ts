import { geoPath, type GeoStream } from 'd3-geo';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimate } from '@/lib/maps/decimate';

type Point = [number, number];
type Event = ['point', number, number] | ['lineStart'] | ['lineEnd'] | ['polygonStart'] | ['polygonEnd'] | ['sphere'];

/** A sink that records every call it gets. */
function recorder(): { sink: GeoStream; events: Event[] } {
  const events: Event[] = [];
  return {
    events,
    sink: {
      point: (x, y) => events.push(['point', x, y]),
      lineStart: () => events.push(['lineStart']),
      lineEnd: () => events.push(['lineEnd']),
      polygonStart: () => events.push(['polygonStart']),
      polygonEnd: () => events.push(['polygonEnd']),
      sphere: () => events.push(['sphere']),
    },
  };
}

/** The points of each line that reach the sink, for lines streamed through decimate(tolerance). */
function decimateLines(tolerance: number, lines: readonly Point[][]): Point[][] {
  const { sink, events } = recorder();
  const stream = decimate(tolerance, sink);
  for (const line of lines) {
    stream.lineStart();
    for (const [x, y] of line) stream.point(x, y, 0);
    stream.lineEnd();
  }
  const out: Point[][] = [];
  for (const event of events) {
    if (event[0] === 'lineStart') out.push([]);
    else if (event[0] === 'point') out.at(-1)!.push([event[1], event[2]]);
  }
  return out;
}

describe('decimate', () => {
  it('drops points closer than the tolerance to the last point kept', () => {
    expect(decimateLines(1, [[[0, 0], [0.5, 0], [0.9, 0], [1.2, 0], [1.5, 0], [3, 0]]])).toEqual([[[0, 0], [1.2, 0], [3, 0]]]);
  });

  it('keeps a point exactly the tolerance away', () => {
    expect(decimateLines(1, [[[0, 0], [0.6, 0.8], [1.2, 1.6]]])).toEqual([[[0, 0], [0.6, 0.8], [1.2, 1.6]]]);
  });

  it("always keeps each line's last point, even when it is close", () => {
    expect(decimateLines(5, [[[0, 0], [1, 0], [2, 0]]])).toEqual([[[0, 0], [2, 0]]]);
    expect(decimateLines(5, [[[0, 0], [0, 0]]])).toEqual([[[0, 0], [0, 0]]]);
  });

  it('starts afresh on each line: the first point of a line is kept however close to the last line', () => {
    expect(decimateLines(5, [[[0, 0], [10, 0]], [[10.1, 0], [11, 0], [20, 0]]])).toEqual([
      [[0, 0], [10, 0]],
      [[10.1, 0], [20, 0]],
    ]);
  });

  it('keeps every point with a tolerance of 0', () => {
    const line: Point[] = [[0, 0], [0, 0], [1e-9, 0], [1, 1]];
    expect(decimateLines(0, [line])).toEqual([line]);
  });

  it('passes polygons and the sphere through', () => {
    const { sink, events } = recorder();
    const stream = decimate(1, sink);
    stream.polygonStart();
    stream.lineStart();
    stream.point(0, 0, 0);
    stream.lineEnd();
    stream.polygonEnd();
    stream.sphere!();
    expect(events).toEqual([['polygonStart'], ['lineStart'], ['point', 0, 0], ['lineEnd'], ['polygonEnd'], ['sphere']]);
  });

  it('ignores the sphere when the sink cannot draw one', () => {
    const { sink } = recorder();
    delete sink.sphere;
    expect(() => decimate(1, sink).sphere!()).not.toThrow();
  });

  it('shortens a path drawn through it, keeping its ends', () => {
    const line = { type: 'LineString' as const, coordinates: Array.from({ length: 101 }, (_, i) => [i / 10, Math.sin(i / 10)]) };
    const full = geoPath().digits(1)(line)!;
    const decimated = geoPath({ stream: (sink) => decimate(1, sink) }).digits(1)(line)!;
    expect(decimated.length).toBeLessThan(full.length);
    expect(decimated.startsWith('M0,0L')).toBe(true);
    expect(decimated.endsWith('L10,-0.5')).toBe(true);
    expect(full.endsWith('L10,-0.5')).toBe(true);
  });

  it('for any lines: keeps the ends, never adds points, keeps a subset in order, dropping only points too close to the last kept', () => {
    const coordinate = fc.double({ min: -100, max: 100, noNaN: true });
    // Distinct points, so that each kept point is found in its line without doubt.
    const line = fc.uniqueArray(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 40, selector: ([x, y]) => `${x},${y}` });
    const distance = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 50, noNaN: true }), fc.array(line, { maxLength: 5 }), (tolerance, lines) => {
        const kept = decimateLines(tolerance, lines);
        expect(kept).toHaveLength(lines.length);
        lines.forEach((points, i) => {
          const out = kept[i]!;
          expect(out.length).toBeLessThanOrEqual(points.length);
          expect(out[0]).toEqual(points[0]);
          expect(out.at(-1)).toEqual(points.at(-1));
          const indexes = out.map((point) => points.findIndex((p) => p[0] === point[0] && p[1] === point[1]));
          expect(indexes.every((index, k) => index > (k === 0 ? -1 : indexes[k - 1]!))).toBe(true);
          // Between two kept points, every dropped point is closer than the tolerance to the first of them,
          // and (but for a line's last point) kept points are at least the tolerance apart.
          for (let k = 1; k < indexes.length; k++) {
            for (let j = indexes[k - 1]! + 1; j < indexes[k]!; j++) expect(distance(points[j]!, out[k - 1]!)).toBeLessThan(tolerance);
            if (k < indexes.length - 1) expect(distance(out[k]!, out[k - 1]!)).toBeGreaterThanOrEqual(tolerance);
          }
        });
      }),
    );
  });
});
