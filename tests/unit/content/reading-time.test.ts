import { markdownToPlainText } from '../../../lib/content/plain-text';
import { describe, expect, it } from 'vitest';
import { WORDS_PER_MINUTE, countWords, readingMinutes } from '../../../lib/content/reading-time';

describe('countWords', () => {
  it('counts plain words', () => {
    expect(countWords('Forces advanced on the capital.')).toBe(5);
  });

  it('is 0 for an empty or blank text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  \n\n ')).toBe(0);
  });

  it('counts a link by its text, ignoring the target, once Markdown is reduced to text', () => {
    const text = markdownToPlainText('Read [the UN statement](https://press.un.org/en/2019/sgt3252-doc.htm) today');
    expect(countWords(text)).toBe(5);
  });

  it('does not count images or their targets', () => {
    expect(countWords(markdownToPlainText('Smoke rose. ![Smoke](/images/smoke-over-tripoli.jpg)'))).toBe(2);
  });

  it('counts a number with thousands separators once', () => {
    expect(countWords('more than 2,800 people')).toBe(4);
  });

  it('counts hyphenated words and names once', () => {
    expect(countWords('al-Sarraj met the UN-backed government')).toBe(5);
  });

  it('counts words with straight or curly apostrophes once', () => {
    expect(countWords("Hifter's forces")).toBe(2);
    expect(countWords('Hifter’s forces')).toBe(2);
  });

  it('ignores Markdown formatting marks and punctuation', () => {
    expect(countWords('# Heading\n\n**Bold** and _italic_ — then - a list item')).toBe(8);
  });


  it('counts words in other scripts', () => {
    expect(countWords('طرابلس ليبيا')).toBe(2);
  });
});

describe('readingMinutes', () => {
  it('reads 230 words a minute', () => {
    expect(WORDS_PER_MINUTE).toBe(230);
    expect(readingMinutes(230)).toBe(1);
    expect(readingMinutes(460)).toBe(2);
  });

  it('is at least one minute, even for nothing', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(10)).toBe(1);
  });

  it('rounds to the nearest minute', () => {
    expect(readingMinutes(344)).toBe(1); // 1.496
    expect(readingMinutes(345)).toBe(2); // 1.5
    expect(readingMinutes(575)).toBe(3); // 2.5
    expect(readingMinutes(1000)).toBe(4); // 4.35
  });
});
