import { describe, expect, it } from 'vitest';
import { internalToken, mayPublish } from '../../../lib/publishing/publish-auth';

const TOKEN = 'a-long-enough-secret-123';
const headers = (values: Record<string, string>) => new Headers(values);

describe('mayPublish', () => {
  it('accepts the bearer token', () => {
    expect(mayPublish(headers({ authorization: `Bearer ${TOKEN}` }), TOKEN)).toBe(true);
  });

  it('refuses a wrong, missing or differently formed token', () => {
    expect(mayPublish(headers({ authorization: `Bearer ${TOKEN}x` }), TOKEN)).toBe(false);
    expect(mayPublish(headers({ authorization: TOKEN }), TOKEN)).toBe(false);
    expect(mayPublish(headers({}), TOKEN)).toBe(false);
  });

  it('is off while the server has no token, or a short one', () => {
    expect(mayPublish(headers({ authorization: 'Bearer ' }), undefined)).toBe(false);
    expect(mayPublish(headers({ authorization: 'Bearer short' }), 'short')).toBe(false);
  });

  it("accepts the process's own scheduler, and nothing pretending to be it", () => {
    expect(mayPublish(headers({ 'x-conflict-desk-internal': internalToken() }), undefined)).toBe(true);
    expect(mayPublish(headers({ 'x-conflict-desk-internal': 'guess' }), TOKEN)).toBe(false);
    expect(mayPublish(headers({ 'x-conflict-desk-internal': 'guess', authorization: `Bearer ${TOKEN}` }), TOKEN)).toBe(false);
  });
});
