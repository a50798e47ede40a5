import { format } from 'date-fns';
import { tz } from '@date-fns/tz';
import { site } from '../site';
import type { ContentProblem } from './problems';

/**
 * One entry of a live page as written, before validation:
 *
 *     ## 2019-04-04T14:30 | Optional title
 *     key: true
 *     sources:
 *       - publisher: The Washington Post
 *
 *     The entry's text, in Markdown.
 *
 * Every line starting with "## " (outside fenced code) starts an entry. The
 * lines right after it, up to the first blank line, are its attributes (YAML);
 * the rest, up to the next entry, is its text.
 */
export type RawLiveEntry = {
  /** File line of the heading. */
  line: number;
  /** The time as written ("2019-04-04T14:30"). */
  time: string;
  title?: string;
  /** YAML text of the attributes ('' when there are none). */
  attributes: string;
  /** File line of the first attribute line. */
  attributesLine: number;
  /** Markdown of the entry's text. */
  body: string;
  /** File line of the text's first line. */
  bodyLine: number;
};

/** "## " but not "### ": the entry delimiter. */
const ENTRY_HEADING = /^##(?!#)[ \t]*(.*)$/;
const TITLE_HEADING = /^#(?!#)/;
const FENCE = /^\s*(```|~~~)/;

/** Splits a live page's body (which starts on file line `bodyStartLine`) into its entries. */
export function splitLiveBody(
  body: string,
  bodyStartLine: number,
  file: string,
): { entries: RawLiveEntry[]; problems: ContentProblem[] } {
  const lines = body.split('\n');
  const problems: ContentProblem[] = [];
  const starts: number[] = [];
  let fenced = false;
  lines.forEach((line, i) => {
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced) return;
    if (ENTRY_HEADING.test(line)) starts.push(i);
    else if (TITLE_HEADING.test(line)) {
      problems.push({
        file,
        line: bodyStartLine + i,
        message: 'A "# " heading is not allowed in a live page: entries start with "## <time>", and the title is the page heading.',
        fix: 'Start an entry with "## 2019-04-04T14:30 | Title", or use "### " for a subheading inside an entry.',
        severity: 'error',
      });
    }
  });
  const before = (starts[0] ?? lines.length) > 0 ? lines.slice(0, starts[0] ?? lines.length) : [];
  const firstText = before.findIndex((line) => line.trim() !== '' && !TITLE_HEADING.test(line));
  if (firstText !== -1) {
    problems.push({
      file,
      line: bodyStartLine + firstText,
      message: 'Text before the first entry would not be shown: every part of a live page\'s body belongs to an entry.',
      fix: 'Start the body with an entry heading such as "## 2019-04-04T14:30 | Title", or move this text into the `summary`.',
      severity: 'error',
    });
  }
  if (starts.length === 0) {
    problems.push({
      file,
      line: bodyStartLine,
      message: 'A live page needs at least one entry.',
      fix: 'Add an entry after the front matter:\n        ## 2019-04-04T14:30 | Title\n        sources:\n          - publisher: Reuters\n\n        What happened, in our words.',
      severity: 'error',
    });
  }
  const entries = starts.map((start, index) => {
    const end = starts[index + 1] ?? lines.length;
    const heading = ENTRY_HEADING.exec(lines[start]!)![1]!;
    const [time = '', ...rest] = heading.split('|');
    const title = rest.join('|').trim() || undefined;
    let cursor = start + 1;
    while (cursor < end && lines[cursor]!.trim() !== '') cursor++;
    const attributes = lines.slice(start + 1, cursor).join('\n');
    let bodyFrom = cursor;
    while (bodyFrom < end && lines[bodyFrom]!.trim() === '') bodyFrom++;
    let bodyTo = end;
    while (bodyTo > bodyFrom && lines[bodyTo - 1]!.trim() === '') bodyTo--;
    return {
      line: bodyStartLine + start,
      time: time.trim(),
      title,
      attributes,
      attributesLine: bodyStartLine + start + 1,
      body: lines.slice(bodyFrom, bodyTo).join('\n'),
      bodyLine: bodyStartLine + bodyFrom,
    };
  });
  return { entries, problems };
}

const libya = tz(site.timeZone);

/**
 * An entry's permanent id, from its time on Libya's clock: 2019-04-04T14:30
 * → "20190404-1430" (seconds added only when given), so the anchor
 * `#entry-20190404-1430` never changes while the time does not.
 */
export function liveEntryId(time: Date): string {
  return format(time, time.getUTCSeconds() ? 'yyyyMMdd-HHmmss' : 'yyyyMMdd-HHmm', { in: libya });
}
