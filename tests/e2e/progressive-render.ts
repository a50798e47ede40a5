import { expect, test } from '@playwright/test';

/**
 * Nothing a reader already sees moves while the rest of the page arrives.
 *
 * On a slow or busy connection the HTML comes in chunks and the browser paints
 * what it has. If a box is sized by content that comes after it in the
 * document (a header row as tall as a form parsed later, say), it moves when
 * that content arrives: a layout shift. Lighthouse saw one such shift in CI
 * (CLS 0.00005: the site name moved down 3 px when the search form arrived),
 * once in many runs, because it depends on where the network cuts the HTML.
 *
 * This test makes every cut happen, deterministically: it feeds each page's
 * HTML to the parser with `document.write`, one tag at a time, as a network
 * would, and after each tag records where every box and line of text in the
 * viewport is. Any of them that later moves is a shift. Scripts are left out
 * (the pages render nothing on the client that changes layout). Web fonts
 * (the Arabic edition's, decision 0016) cannot load while the test writes,
 * so every step is laid out with the same fonts.
 */
const VIEWPORTS = [
  { name: 'phone (Lighthouse)', width: 412, height: 823 },
  { name: 'desktop', width: 1280, height: 800 },
];

type Shift = { what: string; from: string; to: string; after: string };

/** The HTML without its scripts, cut after every tag outside them. */
function chunksOf(html: string): string[] {
  const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  return withoutScripts.split(/(?<=>)/);
}

/** Runs in the page: writes the chunks one by one and returns every move of something already shown. */
function writeAndWatch(chunks: string[]): Shift[] {
  // Where each box starts: its top and its left edge, or its right edge in right-to-left text,
  // which grows leftwards as it fills without anything moving.
  const seen = new Map<Node, { rtl: boolean; x: number; y: number }>();
  const shifts: Shift[] = [];
  const viewportHeight = window.innerHeight;
  const describe = (node: Node) =>
    node.nodeType === Node.TEXT_NODE
      ? `text "${node.textContent!.trim().slice(0, 40)}" in <${node.parentElement!.localName} class="${node.parentElement!.className}">`
      : `<${(node as Element).localName} class="${(node as Element).className}">`;
  const firstBox = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getClientRects()[0];
    }
    return (node as Element).getClientRects()[0];
  };
  document.open();
  for (const [index, chunk] of chunks.entries()) {
    document.write(chunk);
    if (!document.body) continue;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        // An SVG's inner shapes are drawn in its box, which is itself checked.
        if (node.parentElement?.closest('svg')) return NodeFilter.FILTER_REJECT;
        if (node.nodeType === Node.TEXT_NODE && !node.textContent!.trim()) return NodeFilter.FILTER_SKIP;
        return NodeFilter.FILTER_ACCEPT;
      },
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const box = firstBox(node);
      // Nothing is painted for an empty box: it cannot be seen to move.
      if (!box || box.width === 0 || box.height === 0) continue;
      const before = seen.get(node);
      const rtl = before?.rtl ?? getComputedStyle(node.nodeType === Node.TEXT_NODE ? node.parentElement! : (node as Element)).direction === 'rtl';
      const now = { rtl, x: Math.round((rtl ? box.right : box.left) * 10) / 10, y: Math.round(box.y * 10) / 10 };
      const inView = (y: number) => y < viewportHeight && y + box.height > 0;
      if (!before) {
        seen.set(node, now);
      } else if ((before.x !== now.x || before.y !== now.y) && (inView(before.y) || inView(now.y))) {
        shifts.push({ what: describe(node), from: `${before.x},${before.y}`, to: `${now.x},${now.y}`, after: chunks.slice(Math.max(0, index - 2), index + 1).join('').slice(-120) });
        seen.set(node, now);
      }
    }
  }
  document.close();
  return shifts;
}

/** One test per page and viewport: nothing already shown on `path` moves while its HTML arrives. */
export function testProgressiveRender(paths: readonly string[]) {
  for (const viewport of VIEWPORTS) {
    for (const path of paths) {
      test(`${path} at ${viewport.name} width: nothing shown moves as the rest of the HTML arrives`, async ({ browser, request }) => {
        const html = await (await request.get(path)).text();
        const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
        const page = await context.newPage();
        await page.goto('/robots.txt');
        const shifts = await page.evaluate(writeAndWatch, chunksOf(html));
        await context.close();
        expect(shifts).toEqual([]);
      });
    }
  }
}
