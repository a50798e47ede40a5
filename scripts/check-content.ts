/**
 * `npm run check`: validates every article and registry and prints every
 * problem at once, grouped by file. Exit 1 on any error; warnings do not
 * fail. `--json` prints the same for tools. Results are kept per file in the
 * content index (.content-index/), so a second run re-parses only what changed.
 */
import { hasErrors } from '../lib/content/build-content';
import { indexContent, prewarmContentIndex } from '../lib/content/content-index';
import { parseInWorkers } from './lib/parse-in-workers';
import { formatProblems, summarizeProblems } from '../lib/content/problems';
import { contentDirectory } from '../lib/site';

const json = process.argv.includes('--json');
// Through the content index: only files changed since the last check are parsed again.
// A cold index (thousands of files to parse) is filled on every core first.
await prewarmContentIndex(contentDirectory(), parseInWorkers);
const { content, problems } = indexContent(contentDirectory());
const failed = hasErrors(problems);

if (json) {
  console.log(JSON.stringify({ ok: !failed, articles: content.articles.length, problems }, null, 2));
} else if (problems.length > 0) {
  console.error(`${formatProblems(problems)}\n`);
  console.error(`${failed ? 'Content check failed' : 'Content check passed with warnings'}: ${summarizeProblems(problems)}.`);
} else {
  const drafts = content.articles.filter((article) => article.draft).length;
  console.log(
    `Content OK: ${content.articles.length} articles (${drafts} draft${drafts === 1 ? '' : 's'}), ` +
      `${[...Object.values(content.registries)].reduce((n, r) => n + r.size, 0)} registry entries, no problems.`,
  );
}
process.exitCode = failed ? 1 : 0;
