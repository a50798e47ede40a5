import { editDistance } from '../content/suggest';
import { tokenize } from './normalize';

export type NamedEntry = { name: string; aliases: readonly string[] };

/**
 * Maps alternative spellings to the house spelling, word by word, from the
 * registries' aliases: "Khalifa Haftar" / "Haftar" / "Hafter" for "Khalifa
 * Hifter" give haftar → hifter and hafter → hifter. An alias with as many
 * words as the name maps position by position; a one-word alias maps to the
 * closest word of the name.
 */
export function buildSynonyms(entries: Iterable<NamedEntry>): Map<string, string> {
  const synonyms = new Map<string, string>();
  const add = (variant: string, canonical: string) => {
    if (variant !== canonical && !synonyms.has(variant)) synonyms.set(variant, canonical);
  };
  for (const entry of entries) {
    const name = tokenize(entry.name);
    if (name.length === 0) continue;
    for (const alias of entry.aliases) {
      const words = tokenize(alias);
      if (words.length === name.length) words.forEach((word, i) => add(word, name[i]!));
      else if (words.length === 1) {
        const closest = [...name].sort((a, b) => editDistance(words[0]!, a) - editDistance(words[0]!, b))[0]!;
        add(words[0]!, closest);
      }
    }
  }
  return synonyms;
}
