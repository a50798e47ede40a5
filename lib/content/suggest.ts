/** Levenshtein edit distance, case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const substitution = previous[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[t.length]!;
}

/**
 * The known name closest to `input`, if it is close enough to be a likely
 * typo (or contains/is contained in it, as with `hifter` for `khalifa-hifter`).
 */
export function closestMatch(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  const known = [...candidates];
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(needle, name);
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (!best) return undefined;
  const threshold = Math.max(2, Math.floor(needle.length / 3));
  if (best.distance <= threshold) return best.name;
  for (const name of known) {
    const hay = name.toLowerCase();
    // Very short names are inside almost anything ("/" in every path): they never match this way.
    if (needle.length >= 3 && hay.length >= 3 && (hay.includes(needle) || needle.includes(hay))) return name;
  }
  return undefined;
}

/** " Did you mean `published`?" or "" */
export function didYouMean(input: string, known: Iterable<string>): string {
  const match = closestMatch(input, known);
  return match ? `Did you mean "${match}"?` : '';
}
