export type PageInfo = {
  page: number;
  totalPages: number;
  previous?: number;
  next?: number;
};

export type Page<T> = PageInfo & { items: T[] };

/** Number of pages for `total` items; an empty list still has one page. */
export function pageCount(total: number, pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Page `page` (1-based) of `items`, or undefined when it does not exist. */
export function paginate<T>(items: readonly T[], page: number, pageSize: number): Page<T> | undefined {
  const totalPages = pageCount(items.length, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return undefined;
  const start = (page - 1) * pageSize;
  return {
    items: items.slice(start, start + pageSize),
    page,
    totalPages,
    previous: page > 1 ? page - 1 : undefined,
    next: page < totalPages ? page + 1 : undefined,
  };
}

/** Parses a page number from a URL segment: digits only, no leading zero. */
export function parsePageNumber(segment: string): number | undefined {
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : undefined;
}
