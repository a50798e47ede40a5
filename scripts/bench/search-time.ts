// Search server time: searchArticles() in a loop over the content index of CONTENT_DIR
// (the index from `npm run check`, in CONTENT_INDEX_DIR). 10 queries × 5 rounds, first page;
// `--page N` times page N instead. Usage:
//   CONTENT_DIR=<corpus> CONTENT_INDEX_DIR=<dir> NODE_ENV=production npx tsx scripts/bench/search-time.ts [--page N]
import { parseArgs } from 'node:util';
import { getPublishedArticles } from '../../lib/content/store';
import { searchArticles } from '../../lib/search/site-search';

const { values } = parseArgs({ options: { page: { type: 'string', default: '1' } } });
const page = Number(values.page);
const queries = ['ceasefire', 'drone strike', 'tripoli airport', 'oil port terminal', 'health ministry said', 'convoy', 'Alias5', 'negotiations evening', 'school', 'zzzz'];
getPublishedArticles();
searchArticles('warmup');
const times: number[] = [];
const first = searchArticles(queries[0]!, page);
for (let round = 0; round < 5; round++)
  for (const q of queries) {
    const start = performance.now();
    searchArticles(q, page);
    times.push(performance.now() - start);
  }
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))]!.toFixed(1);
console.log(`search server time, page ${page}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${times.at(-1)!.toFixed(1)} ms (“${queries[0]}”: ${first.capped ? 'more than ' : ''}${first.total} matches)`);
