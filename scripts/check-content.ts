/**
 * `npm run check`: validates every article and registry and prints every
 * problem at once, grouped by file. Exit 1 on any error; warnings do not
 * fail. `--json` prints the same for tools.
 */
import { buildContent, hasErrors } from '../lib/content/build-content';
import { formatProblems, summarizeProblems } from '../lib/content/problems';
import { readContent } from '../lib/content/read-content';
import { contentDirectory } from '../lib/site';

const json = process.argv.includes('--json');
const { content, problems } = buildContent(readContent(contentDirectory()));
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
