import { describe, expect, it } from 'vitest';
import { pageCount, paginate, parsePageNumber } from '../../lib/pagination';

const items = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('pageCount', () => {
  it('gives one page for an empty list', () => {
    expect(pageCount(0, 20)).toBe(1);
  });

  it('gives exactly total / pageSize pages for exact multiples', () => {
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(40, 20)).toBe(2);
    expect(pageCount(60, 20)).toBe(3);
  });

  it('adds a page for a remainder', () => {
    expect(pageCount(1, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
    expect(pageCount(45, 20)).toBe(3);
  });

  it('works with a page size of one', () => {
    expect(pageCount(7, 1)).toBe(7);
  });

  it.each([0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('throws a RangeError for page size %s', (size) => {
    expect(() => pageCount(10, size)).toThrow(RangeError);
    expect(() => pageCount(10, size)).toThrow(/pageSize must be a positive integer/);
  });
});

describe('paginate', () => {
  const list = items(45); // 3 pages of 20: 20, 20, 5

  it('returns the first page with only a next link', () => {
    expect(paginate(list, 1, 20)).toEqual({
      items: items(20),
      page: 1,
      totalPages: 3,
      previous: undefined,
      next: 2,
    });
  });

  it('returns a middle page with previous and next links', () => {
    const page = paginate(list, 2, 20)!;
    expect(page.items).toEqual(items(40).slice(20));
    expect(page.previous).toBe(1);
    expect(page.next).toBe(3);
    expect(page.totalPages).toBe(3);
  });

  it('returns the last, partial page with only a previous link', () => {
    const page = paginate(list, 3, 20)!;
    expect(page.items).toEqual([41, 42, 43, 44, 45]);
    expect(page.previous).toBe(2);
    expect(page.next).toBeUndefined();
  });

  it('returns a full last page when the count is an exact multiple', () => {
    const page = paginate(items(40), 2, 20)!;
    expect(page.items).toHaveLength(20);
    expect(page.next).toBeUndefined();
    expect(paginate(items(40), 3, 20)).toBeUndefined();
  });

  it('returns page 1 of an empty list, with no items and no links', () => {
    expect(paginate([], 1, 20)).toEqual({ items: [], page: 1, totalPages: 1, previous: undefined, next: undefined });
  });

  it.each([
    ['past the last page', 4],
    ['far out of range', 1000],
    ['zero', 0],
    ['negative', -1],
    ['not an integer', 1.5],
    ['NaN', Number.NaN],
  ])('returns undefined for a page number that is %s (%s)', (_what, page) => {
    expect(paginate(list, page, 20)).toBeUndefined();
  });

  it('does not modify the input list', () => {
    const input = items(5);
    paginate(input, 1, 2);
    expect(input).toEqual(items(5));
  });

  it('throws for a bad page size', () => {
    expect(() => paginate(list, 1, 0)).toThrow(RangeError);
  });
});

describe('parsePageNumber', () => {
  it.each([
    ['1', 1],
    ['2', 2],
    ['10', 10],
    ['999999', 999999],
  ])('reads %j as %d', (segment, page) => {
    expect(parsePageNumber(segment)).toBe(page);
  });

  it.each([
    ['zero', '0'],
    ['a leading zero', '01'],
    ['leading zeros', '007'],
    ['a negative number', '-1'],
    ['a decimal', '1.5'],
    ['an exponent', '1e3'],
    ['letters', 'two'],
    ['digits and letters', '2a'],
    ['spaces', ' 2'],
    ['a plus sign', '+2'],
    ['an empty string', ''],
    ['a huge number', '1234567'],
    ['an enormous number', '9'.repeat(400)],
  ])('rejects %s (%j)', (_what, segment) => {
    expect(parsePageNumber(segment)).toBeUndefined();
  });
});
