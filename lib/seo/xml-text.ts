/**
 * Characters that cannot appear in an XML 1.0 document (C0 controls other
 * than tab, line feed and carriage return; U+FFFE/U+FFFF; unpaired
 * surrogates), plus DEL and the C1 controls, which XML allows but which
 * are never meant as text and upset feed readers.
 */
const NOT_XML_TEXT =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text safe to put in an XML document: forbidden characters removed. The
 * content check rejects them before publication; writers strip them again
 * so that no text, however it got in, can make a feed or sitemap invalid.
 */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML_TEXT, '');
}

/** `&`, `<`, `>`, `"` and `'` as entities, after removing forbidden characters. */
export function escapeXml(text: string): string {
  return xmlSafeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
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
  return xmlSafeText(text).replace(/\]\]>/g, (match) => {
    if (!seen) {
      seen = true;
      return match;
    }
    return ']]]]><![CDATA[>';
  });
}
