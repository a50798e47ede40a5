import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '../../../lib/content/plain-text';

describe('markdownToPlainText: inline markup', () => {
  it('strips emphasis and strong emphasis', () => {
    expect(markdownToPlainText('Forces **advanced** on _Tripoli_ and *Gharyan*.')).toBe(
      'Forces advanced on Tripoli and Gharyan.',
    );
  });

  it('keeps the text of links and drops their addresses', () => {
    const text = markdownToPlainText('Read [the UN statement](https://example.org/un "UN") and <https://example.org>.');
    expect(text).toBe('Read the UN statement and https://example.org.');
  });

  it('keeps the text of reference links and drops the definitions', () => {
    expect(markdownToPlainText('See [the report][un].\n\n[un]: https://example.org/report')).toBe('See the report.');
  });

  it('keeps formatted text inside links', () => {
    expect(markdownToPlainText('[**Hifter** speaks](https://example.org)')).toBe('Hifter speaks');
  });

  it('drops images, including their alt text', () => {
    expect(markdownToPlainText('![A burning depot](/images/depot.jpg) The depot burned.')).toBe('The depot burned.');
  });

  it('keeps inline code as text', () => {
    expect(markdownToPlainText('Run `npm run check` first.')).toBe('Run npm run check first.');
  });

  it('strips inline HTML tags but keeps the text between them', () => {
    expect(markdownToPlainText('Before <span class="note">inside</span> after.')).toBe('Before inside after.');
  });

  it('drops HTML blocks and comments entirely', () => {
    const markdown = '<script>alert(1)</script>\n\n<!-- editor note -->\n\nThe only paragraph.';
    expect(markdownToPlainText(markdown)).toBe('The only paragraph.');
  });

  it('turns a hard line break into a space', () => {
    expect(markdownToPlainText('First part,  \nsecond part.')).toBe('First part, second part.');
  });
});

describe('markdownToPlainText: blocks', () => {
  it('puts each paragraph on its own line', () => {
    expect(markdownToPlainText('First paragraph.\n\nSecond paragraph.\n\n\n\nThird.')).toBe(
      'First paragraph.\nSecond paragraph.\nThird.',
    );
  });

  it('puts headings on their own line, without the # marks', () => {
    expect(markdownToPlainText('## The front line\n\nFighting continued.')).toBe('The front line\nFighting continued.');
  });

  it('puts each list item on its own line, without bullets or numbers', () => {
    expect(markdownToPlainText('- Tripoli\n- **Gharyan**\n\n1. First\n2. Second')).toBe(
      'Tripoli\nGharyan\nFirst\nSecond',
    );
  });

  it('puts nested list items on their own lines', () => {
    expect(markdownToPlainText('- West\n  - Tripoli\n  - Zawiya\n- East')).toBe('West\nTripoli\nZawiya\nEast');
  });

  it('puts each paragraph of a blockquote on its own line, without the > marks', () => {
    expect(markdownToPlainText('> We will not stop.\n>\n> Not until Tripoli.\n\nHe said.')).toBe(
      'We will not stop.\nNot until Tripoli.\nHe said.',
    );
  });

  it('keeps the text of a code block', () => {
    expect(markdownToPlainText('Before.\n\n```\ncode line\n```\n\nAfter.')).toBe('Before.\ncode line\nAfter.');
  });

  it('skips thematic breaks and blocks with no text', () => {
    expect(markdownToPlainText('Above.\n\n***\n\n![only an image](/a.jpg)\n\nBelow.')).toBe('Above.\nBelow.');
  });

  it('trims the whitespace around each line', () => {
    expect(markdownToPlainText('   Indented paragraph.   ')).toBe('Indented paragraph.');
  });

  it('gives an empty string for an empty body', () => {
    expect(markdownToPlainText('')).toBe('');
    expect(markdownToPlainText('\n\n   \n')).toBe('');
  });

  // A paragraph written across several lines (a soft line break) keeps the
  // newline in its text, so it becomes several "lines" of plain text and
  // search snippets show " · " (the paragraph separator) inside it.
  it('keeps a paragraph written across several lines on one line', () => {
    expect(markdownToPlainText('Forces advanced\non the capital.')).toBe('Forces advanced on the capital.');
  });
});
