import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The editor-facing commands, run as an editor would: `npm run check` and
 * the site's build (`npm run build:next`) on the real content and on tests/fixtures/broken-content.
 */
const root = path.resolve(import.meta.dirname, '../..');
const BROKEN = 'tests/fixtures/broken-content';

function run(command: string, args: string[], env: Record<string, string> = {}) {
  // Vitest sets NODE_ENV=test; the commands must run as they do for editors.
  const { NODE_ENV: _testEnv, ...inherited } = process.env;
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...inherited, ...env } as NodeJS.ProcessEnv });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const check = (env: Record<string, string> = {}, args: string[] = []) =>
  run('node', ['--import', 'tsx', 'scripts/check-content.ts', ...args], env);

/** Problems every run over the broken fixture must report, as `file:line: field: text`. */
const EXPECTED = [
  `${BROKEN}/articles/typos.md:4: publised: "publised" is not a known field.`,
  'fix: Did you mean "published"?',
  `${BROKEN}/articles/typos.md:6: dateline: Unknown place "tripolli"`,
  'fix: Did you mean "tripoli"?',
  `${BROKEN}/articles/typos.md:7: people[0]: Unknown person "hifter"`,
  'fix: Did you mean "khalifa-hifter"?',
  `${BROKEN}/articles/typos.md:11: sources[0].date: "2019-13-01" is not a valid date.`,
  `${BROKEN}/articles/bad-yaml.md:3: YAML syntax error`,
  `${BROKEN}/articles/no-front-matter.md:1: The file does not start with front matter.`,
  `${BROKEN}/articles/notes.txt: Only Markdown files ending in .md`,
  `"Bad_Name.md" is not a valid file name`,
  `${BROKEN}/places.yml:7: gharyan.latitude: Found "north".`,
  `${BROKEN}/topics.yml:3: tripoli-offensive.descripton: "descripton" is not a known field.`,
  `${BROKEN}/ar/articles/typos.md:5: published: "published" is not a known field.`,
  `${BROKEN}/ar/articles/typos.md:6: translated: "yesterday" is not a valid date-time for translated.`,
  `${BROKEN}/ar/articles/english-title.md:3: title: This Arabic-edition text is mostly in English letters`,
];

describe('npm run check', () => {
  it('passes on the real content with a one-line summary', () => {
    const { status, output } = check();
    expect(status).toBe(0);
    expect(output.trim()).toMatch(/^Content OK: \d+ articles \(\d+ drafts\), \d+ registry entries, no problems\.$/);
  });

  it('lists every problem in every file, grouped by file, and exits 1', () => {
    const { status, output } = check({ CONTENT_DIR: BROKEN });
    expect(status).toBe(1);
    for (const line of EXPECTED) expect(output).toContain(line);
    expect(output).toMatch(/Content check failed: 14 errors and 0 warnings in 9 files\./);
    expect(output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
  });

  it('prints the same problems as JSON with --json', () => {
    const { status, output } = check({ CONTENT_DIR: BROKEN }, ['--json']);
    expect(status).toBe(1);
    const report = JSON.parse(output) as { ok: boolean; problems: { file: string; line?: number; field?: string }[] };
    expect(report.ok).toBe(false);
    expect(report.problems).toHaveLength(14);
    expect(report.problems).toContainEqual(
      expect.objectContaining({ file: `${BROKEN}/articles/typos.md`, line: 6, field: 'dateline' }),
    );
  });
});

describe('next build', () => {
  it('refuses to build for production without SITE_URL, saying how to set it', { timeout: 120_000 }, () => {
    const { SITE_URL: _unset, ...withoutSiteUrl } = process.env;
    const result = spawnSync('node', ['node_modules/next/dist/bin/next', 'build'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...withoutSiteUrl, NODE_ENV: 'production', NEXT_DIST_DIR: '.next-no-site-url' } as NodeJS.ProcessEnv,
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('SITE_URL is not set');
  });

  it('fails on bad content and prints the same list of problems', { timeout: 180_000 }, () => {
    // As `npm run build` builds (after its own check): compile, then render the pages.
    const { status, output } = run('npm', ['run', 'build:next'], {
      CONTENT_DIR: BROKEN,
      NEXT_DIST_DIR: '.next-broken',
      SITE_URL: 'http://localhost:3000',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('Content has errors, so nothing was published');
    for (const line of EXPECTED) expect(output).toContain(line);
  });
});
