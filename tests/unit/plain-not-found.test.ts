import { describe, expect, it } from 'vitest';
import { plainNotFound } from '@/lib/plain-not-found';

describe('plainNotFound', () => {
  it('answers 404 with a short plain-text UTF-8 body', async () => {
    const response = plainNotFound();
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe('Not found');
  });

  it('is a fresh response on each call: a body read for one request does not break the next', async () => {
    const first = plainNotFound();
    await first.text();
    const second = plainNotFound();
    expect(second).not.toBe(first);
    expect(second.bodyUsed).toBe(false);
    expect(await second.text()).toBe('Not found');
  });
});
