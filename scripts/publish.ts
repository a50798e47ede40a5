/**
 * `npm run publish [-- --server <url> ...]`: checks the content exactly as
 * `npm run check` does; on any error prints the list, exits 1 and changes
 * nothing live. Otherwise asks each server whether it accepts PUBLISH_TOKEN (a refusal
 * changes nothing), stamps the content folder (every server reading it
 * reloads within a second) and asks each server to regenerate what changed
 * (default http://127.0.0.1:$PORT, PORT defaulting to 3000), authenticated
 * with PUBLISH_TOKEN. Prints what changed, per server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hasErrors } from '../lib/content/build-content';
import { indexContent, prewarmContentIndex } from '../lib/content/content-index';
import { parseInWorkers } from './lib/parse-in-workers';
import { formatProblems, summarizeProblems } from '../lib/content/problems';
import { CHECKED_VERSION_HEADER, PUBLISH_STAMP } from '../lib/content/store';
import type { PublishOutcome } from '../lib/publishing/publish-server';
import { MIN_TOKEN_LENGTH, TOKEN_CHECK_HEADER } from '../lib/publishing/publish-auth';
import { contentDirectory } from '../lib/site';

const { values } = parseArgs({ options: { server: { type: 'string', multiple: true } } });
const servers = values.server?.length ? values.server : [`http://127.0.0.1:${process.env.PORT ?? 3000}`];
const token = process.env.PUBLISH_TOKEN;

const dir = contentDirectory();
await prewarmContentIndex(dir, parseInWorkers);
const { problems, changes, version } = indexContent(dir);
if (hasErrors(problems)) {
  console.error(`${formatProblems(problems)}\n`);
  console.error(`Nothing was published: ${summarizeProblems(problems)}.`);
  process.exit(1);
}
if (!token || token.length < MIN_TOKEN_LENGTH) {
  console.error(
    token
      ? `PUBLISH_TOKEN is ${token.length} characters long; it must be at least ${MIN_TOKEN_LENGTH}: set the same longer secret here and on the servers.`
      : `PUBLISH_TOKEN is not set (at least ${MIN_TOKEN_LENGTH} characters): set the same secret here and on the servers.`,
  );
  process.exit(1);
}
/** A request to a server's publish endpoint with the token; a 404 is its refusal (it answers as an unknown address). */
const postToPublish = (server: string, headers: Record<string, string>) =>
  fetch(new URL('/api/publish', server), { method: 'POST', headers: { authorization: `Bearer ${token}`, ...headers } });

/**
 * Whether each server accepts the token, asked before the folder is stamped: every server follows
 * the stamp, so a refused publish would otherwise be half-live (search and the status reading the
 * new text, pages still the old one). A server that cannot be reached is not a refusal: it follows
 * the stamp when it is back.
 */
const refused: string[] = [];
for (const server of servers) {
  try {
    if ((await postToPublish(server, { [TOKEN_CHECK_HEADER]: '1' })).status === 404) refused.push(server);
  } catch {
    // Unreachable: reported below, when the publish itself is sent.
  }
}
if (refused.length > 0) {
  for (const server of refused) console.error(`${server}: not published: the server refused the token (check PUBLISH_TOKEN on both sides).`);
  console.error('Nothing was published: the folder was not stamped, so no server changed.');
  process.exit(1);
}
fs.writeFileSync(path.join(dir, PUBLISH_STAMP), `${new Date().toISOString()} ${version}\n`);
const list = (label: string, slugs: readonly string[]) => (slugs.length ? `  ${label}: ${slugs.join(', ')}\n` : '');
console.log(
  `Content OK (${summarizeProblems(problems)}), version ${version} (each server's /api/status shows it once taken). ` +
    (changes.firstRun
      ? 'First check of this folder with this content index: each server lists below what changed on it.\n'
      : `Since this folder's last check:\n${
          list('added', changes.added) + list('updated', changes.updated) + list('removed', changes.removed) + list('live pages', [...new Set(changes.live)]) ||
          '  no file changed\n'
        }`),
);

let failed = false;
for (const server of servers) {
  try {
    const response = await postToPublish(server, { [CHECKED_VERSION_HEADER]: version });
    if (response.status === 404) throw new Error('the server refused the token (check PUBLISH_TOKEN on both sides)');
    const outcome = (await response.json()) as PublishOutcome;
    if (!outcome.ok) {
      console.error(`${server}: the server found errors and kept its content:\n${formatProblems(outcome.problems)}`);
      failed = true;
      continue;
    }
    const { affected } = outcome;
    console.log(
      `${server}: live.\n` +
        list('added', affected.added) +
        list('updated', affected.updated) +
        list('removed', affected.removed) +
        (affected.everything ? '  registries or timeline changed: every page regenerates\n' : '') +
        `  pages regenerated on their next request: ${affected.paths.length + affected.routes.length} paths and routes` +
        (affected.paths.length ? ` (${affected.paths.join(', ')}; ${affected.routes.join(', ')})` : ' (none)'),
    );
  } catch (error) {
    console.error(`${server}: not published: ${(error as Error).message}`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
