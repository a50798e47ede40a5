import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';

/**
 * The W3C Nu HTML Checker's errors (vnu-jar; needs Java) for the pages at
 * `pages` (name → site path), as "name.html: message [extract]".
 * The stylesheet is inlined in every page (next.config.ts), so the checker
 * validates the CSS too; its CSS validator does not know `paint-order`
 * (SVG 2 / CSS Fill and Stroke, supported by every current browser), used
 * for halos behind map and chart labels: that one message is not an error.
 */
export async function nuCheckerErrors(request: APIRequestContext, pages: Record<string, string>): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-'));
  try {
    for (const [name, url] of Object.entries(pages)) fs.writeFileSync(path.join(dir, `${name}.html`), await (await request.get(url)).text());
    const jar = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');
    const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', '--stdout', dir], { encoding: 'utf8' });
    if (result.error) throw new Error(`Java is needed to run the Nu HTML Checker: ${result.error.message}`);
    const { messages } = JSON.parse(result.stdout) as { messages: { type: string; url: string; message: string; extract?: string }[] };
    const unknownToChecker = /^CSS: “paint-order”: Property “paint-order” doesn't exist/;
    return messages
      .filter((m) => m.type === 'error' && !unknownToChecker.test(m.message))
      .map((m) => `${path.basename(m.url)}: ${m.message}${m.extract ? ` [${m.extract.trim()}]` : ''}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
