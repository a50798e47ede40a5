import { randomBytes, timingSafeEqual } from 'node:crypto';

/** The process's own secret, for the scheduler's calls to itself (never leaves the process). */
export function internalToken(): string {
  const holder = globalThis as Record<symbol, string | undefined>;
  return (holder[Symbol.for('conflict-desk.internal-token')] ??= randomBytes(32).toString('hex'));
}

/** A publish request with this header set to 1 only checks its token (204), and publishes nothing. */
export const TOKEN_CHECK_HEADER = 'x-publish-token-check';

/** Shortest PUBLISH_TOKEN accepted: publishing is off while it is shorter. */
export const MIN_TOKEN_LENGTH = 16;

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Whether a request may publish: `Authorization: Bearer <PUBLISH_TOKEN>`
 * (publishing is off while PUBLISH_TOKEN is unset or shorter than 16
 * characters), or the process's own scheduler.
 */
export function mayPublish(headers: Headers, token = process.env.PUBLISH_TOKEN): boolean {
  const internal = headers.get('x-conflict-desk-internal');
  if (internal) return same(internal, internalToken());
  const given = /^Bearer (.+)$/.exec(headers.get('authorization') ?? '')?.[1];
  return Boolean(token && token.length >= MIN_TOKEN_LENGTH && given && same(given, token));
}
