import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, indexContent } from '../../../lib/content/content-index';
import { generateCorpus } from '../../../scripts/bench/generate-corpus.mjs';
import { makeTempDir, removeDir } from '../helpers';

/**
 * What the content index stores for a file is reused until SCHEMA_VERSION changes. A change to
 * what parsing stores (a problem's text, a field) without raising it leaves every existing index,
 * a server's or an editor's, answering with the old results: 7337eca did, and a test then passed
 * on this machine's old index and failed on a clean one. This test records what parsing stores
 * for a fixed set of files, with the schema version it was recorded under.
 */
const RECORDED = { schemaVersion: 14, hash: 'def078490b437413304a8fe753333a7234cc473728e39861bed81f28d430ede7' };

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

/** A hash of every stored result and search text of `folder`, indexed from scratch. */
function storedResultsHash(folder: string): string {
  const indexDir = makeTempDir();
  dirs.push(indexDir);
  const indexFile = path.join(indexDir, 'index.sqlite');
  indexContent(folder, indexFile);
  const db = new Database(indexFile, { readonly: true });
  try {
    const rows = db.prepare('SELECT path, result, search_text FROM parsed ORDER BY path').all();
    return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  } finally {
    db.close();
  }
}

describe('SCHEMA_VERSION', () => {
  it('is raised whenever what parsing stores changes', { timeout: 60_000 }, () => {
    const bench = makeTempDir();
    dirs.push(bench);
    generateCorpus({ articles: 40, out: bench });
    const broken = path.resolve(import.meta.dirname, '../../fixtures/broken-content');
    const hash = createHash('sha256').update(storedResultsHash(bench)).update(storedResultsHash(broken)).digest('hex');
    expect(
      { schemaVersion: SCHEMA_VERSION, hash },
      SCHEMA_VERSION === RECORDED.schemaVersion
        ? 'What parsing stores changed: raise SCHEMA_VERSION in lib/content/content-index.ts (so existing indexes parse again), then record the new hash here. ' +
            '(Only a change to the bench generator or to tests/fixtures/broken-content needs just the new hash.)'
        : 'SCHEMA_VERSION was raised: record it and the new hash here.',
    ).toEqual(RECORDED);
  });
});
