/**
 * Characters XML 1.0 forbids outright: C0 controls other than tab, line
 * feed and carriage return, lone surrogates, and U+FFFE/U+FFFF. One of them
 * anywhere makes a whole feed unreadable, so writers strip them.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function stripXmlForbidden(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** Escapes text for HTML (or XML) content: `&`, `<`, `>`, `"`, `'`. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Text to hand to the `feed` package for a field it wraps in CDATA (titles,
 * descriptions). Its XML writer (xml-js) splits only the FIRST `]]>` of a
 * CDATA section into `]]]]><![CDATA[>`; a second one would end the section
 * early and let the rest be read as markup. So this splits every `]]>`
 * after the first itself and leaves the first for xml-js: the result is one
 * well-formed run of CDATA sections that reads back as the original text.
 * (tests/unit/seo/xml-text.test.ts checks this against the real library,
 * so a change in xml-js's behaviour fails the tests rather than the feed.)
 */
export function cdataSafe(text: string): string {
  let seen = false;
  return stripXmlForbidden(text).replace(/\]\]>/g, (match) => {
    if (!seen) {
      seen = true;
      return match;
    }
    return ']]]]><![CDATA[>';
  });
}
