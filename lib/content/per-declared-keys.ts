import type { DeclaredKeys } from './registries';

/**
 * `build`, called once per set of registry keys: a content schema depends
 * only on the keys, and building one costs more than checking a file with it
 * (at 100,000 files, a schema per file was a third of a cold check).
 */
export function perDeclaredKeys<T>(build: (known: DeclaredKeys) => T): (known: DeclaredKeys) => T {
  const built = new WeakMap<DeclaredKeys, T>();
  return (known) => {
    let value = built.get(known);
    if (value === undefined) {
      value = build(known);
      built.set(known, value);
    }
    return value;
  };
}
