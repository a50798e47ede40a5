import { describe, expect, it, vi } from 'vitest';
import { perDeclaredKeys } from '@/lib/content/per-declared-keys';
import type { DeclaredKeys } from '@/lib/content/registries';
import { articleSchema } from '@/lib/content/article-schema';

const keys = (): DeclaredKeys => ({ authors: new Set(['a']), people: undefined, places: new Set(), topics: new Set() });

describe('perDeclaredKeys', () => {
  it('builds once per set of registry keys and again for another set', () => {
    const build = vi.fn((known: DeclaredKeys) => ({ known }));
    const schemaFor = perDeclaredKeys(build);
    const first = keys();
    expect(schemaFor(first)).toBe(schemaFor(first));
    expect(build).toHaveBeenCalledTimes(1);
    const second = keys();
    expect(schemaFor(second)).not.toBe(schemaFor(first));
    expect(schemaFor(second).known).toBe(second);
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('gives the article schema of the keys it was asked for', () => {
    const known = keys();
    expect(articleSchema(known)).toBe(articleSchema(known));
    expect(articleSchema(known)).not.toBe(articleSchema(keys()));
  });
});
