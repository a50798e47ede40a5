import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../lib/content/render-markdown';

describe('renderMarkdown: ordinary Markdown', () => {
  it('renders paragraphs, emphasis and strong text', () => {
    const html = renderMarkdown('Forces *advanced* on **Tripoli**.\n\nSecond paragraph.');
    expect(html).toContain('<p>Forces <em>advanced</em> on <strong>Tripoli</strong>.</p>');
    expect(html).toContain('<p>Second paragraph.</p>');
  });

  it('renders links with safe targets', () => {
    expect(renderMarkdown('[UN](https://press.un.org/en/2019/sgt3252.doc.htm)')).toContain(
      '<a href="https://press.un.org/en/2019/sgt3252.doc.htm">UN</a>',
    );
    expect(renderMarkdown('[map](/articles/other-story)')).toContain('<a href="/articles/other-story">map</a>');
    expect(renderMarkdown('[mail](mailto:desk@example.org)')).toContain('href="mailto:desk@example.org"');
  });

  it('renders lists and headings', () => {
    const html = renderMarkdown('## What we know\n\n- one\n- two\n\n1. first\n2. second');
    expect(html).toContain('<h2 id="user-content-what-we-know">What we know</h2>');
    expect(html).toMatch(/<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol>\s*<li>first<\/li>\s*<li>second<\/li>\s*<\/ol>/);
  });

  it('renders block quotes, code and images', () => {
    const html = renderMarkdown('> quoted\n\n`code`\n\n![Smoke over Tripoli](/images/smoke.jpg)');
    expect(html).toMatch(/<blockquote>\s*<p>quoted<\/p>\s*<\/blockquote>/);
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<img src="/images/smoke.jpg" alt="Smoke over Tripoli">');
  });

  it('escapes text that looks like markup inside code', () => {
    expect(renderMarkdown('`<script>`')).toContain('<code>&#x3C;script></code>');
  });
});

describe('renderMarkdown: sanitizing editor-written HTML', () => {
  it('removes <script> elements and their content', () => {
    const html = renderMarkdown('Before\n\n<script>alert(1)</script>\n\nAfter');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('alert(1)');
    expect(html).toContain('<p>Before</p>');
    expect(html).toContain('<p>After</p>');
  });

  it('removes an <img> with an onerror handler', () => {
    const html = renderMarkdown('<img src=x onerror=alert(1)>');
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('<img');
  });

  it('removes javascript: link targets but keeps the link text', () => {
    const html = renderMarkdown('[x](javascript:alert(1))');
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('<a>x</a>');
  });

  it('removes javascript: targets whatever their case, and in autolinks and images', () => {
    const html = renderMarkdown('[a](JaVaScRiPt:alert(1)) <javascript:alert(2)> ![i](javascript:alert(3))');
    expect(html).not.toMatch(/(?:href|src)="\s*javascript:/i);
    expect(html).not.toMatch(/\b(?:href|src)=/); // no target survives at all
    expect(html).toContain('<a>a</a>');
    expect(html).toContain('<img alt="i">');
  });

  it('removes data: and vbscript: link targets', () => {
    const html = renderMarkdown('[a](data:text/html;base64,PHNjcmlwdD4=) [b](vbscript:msgbox)');
    expect(html).not.toContain('data:');
    expect(html).not.toContain('vbscript:');
  });

  it('removes a raw <iframe>', () => {
    const html = renderMarkdown('<iframe src="https://evil.example"></iframe>');
    expect(html).not.toContain('<iframe');
    expect(html).not.toContain('evil.example');
  });

  it('removes an <a onclick> (keeping only its text)', () => {
    const html = renderMarkdown('Click <a onclick="steal()" href="https://example.org">here</a> now');
    expect(html).not.toContain('onclick');
    expect(html).not.toContain('steal()');
    expect(html).toContain('here');
  });

  it('removes inline style and event attributes of any raw HTML', () => {
    const html = renderMarkdown('<div style="position:fixed" onmouseover="x()">Overlay</div>');
    expect(html).not.toContain('style=');
    expect(html).not.toContain('onmouseover');
  });

  it('never emits an id or name that could clobber the page (only user-content- ids)', () => {
    const html = renderMarkdown(
      '<a id="main" name="main">jump</a>\n\n<h2 id="top">Heading</h2>\n\n<div id="search">x</div>\n\nText <span id="nav">s</span>',
    );
    expect(html).not.toMatch(/\b(?:id|name)="(?:main|top|search|nav)"/);
    for (const [, value] of html.matchAll(/\b(?:id|name)="([^"]*)"/g)) expect(value).toMatch(/^user-content-/);
  });
});

describe('renderMarkdown: heading ids', () => {
  it('slugs every heading with github-slugger and prefixes the id, so it cannot clobber the page', () => {
    const html = renderMarkdown('## Main\n\n### Sub *part*\n\n## Main\n\n## <em>x</em>\n');
    expect(html).toContain('<h2 id="user-content-main">Main</h2>');
    expect(html).toContain('<h3 id="user-content-sub-part">Sub <em>part</em></h3>');
    expect(html).toContain('<h2 id="user-content-main-1">Main</h2>');
    expect(html).not.toMatch(/id="main"/);
  });

  it('leaves a heading with no text without an id', () => {
    expect(renderMarkdown('## <b></b>\n')).toMatch(/<h2>\s*<\/h2>/);
  });
});
