import fc from 'fast-check';
import { SaxesParser } from 'saxes';

/**
 * Parses `xml` with a strict, conformant XML parser (saxes): throws on any
 * well-formedness error (forbidden characters, "]]>" in text, unclosed or
 * stray tags). Returns the names of all elements in document order.
 */
export function strictXmlElements(xml: string): string[] {
  const parser = new SaxesParser({ xmlns: false });
  const names: string[] = [];
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => names.push(tag.name));
  parser.write(xml).close();
  if (failure) throw failure;
  return names;
}

/** Fragments that break naive writers. */
const HOSTILE = [
  ']]>',
  ']]]]>',
  '<![CDATA[',
  '</title><link>https://evil.example/</link><title>',
  ']]></title><link>https://evil.example/</link><title><![CDATA[',
  '<script>alert(1)</script>',
  '</script>',
  '&',
  '&amp;',
  '&#0;',
  '"',
  "'",
  '<',
  '>',
  '\u0000',
  '\u0001',
  '\u000B',
  '\u000C',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009F',
  '\r',
  '\uD800',
  '\uDFFF',
  '\uFFFE',
  '\uFFFF',
  '\u200B',
  '\u2028',
  '\u{1F600}',
  '\uE000',
];

/** Any text an editor could get into a field: arbitrary code points mixed with hostile fragments. */
export const anyText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...HOSTILE)), { maxLength: 8 })
  .map((parts) => parts.join(''));
