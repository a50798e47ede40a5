/**
 * The `feed` package (through xml-js) writes XML that is ill-formed for
 * some texts: inside CDATA it splits only the FIRST `]]>` (a second one
 * ends the section early, and what follows is parsed as markup), and in
 * attributes (Atom's category label) it leaves `<` unescaped. These
 * escapes are applied to texts before they are handed to the library.
 */
export type FeedEscapes = {
  /** For texts the library wraps in CDATA (titles, summaries, content). */
  cdata: (text: string) => string;
  /** For texts the library may put in an attribute (category names). */
  attribute: (text: string) => string;
};

/** How a `]]>` inside CDATA is written: end the section after `]]`, start a new one for `>`. */
const SPLIT_CDATA_END = ']]]]><![CDATA[>';

const NO_ESCAPES: FeedEscapes = { cdata: (text) => text, attribute: (text) => text };

/** Two private-use characters that do not occur in `text`, if there are. */
function unusedPrivateCharacters(text: string): [string, string] | undefined {
  const used = new Set(text.match(/[\uE000-\uF8FF]/g));
  const free: string[] = [];
  for (let code = 0xe000; code <= 0xf8ff && free.length < 2; code++) {
    const char = String.fromCharCode(code);
    if (!used.has(char)) free.push(char);
  }
  return free.length === 2 ? [free[0]!, free[1]!] : undefined;
}

/**
 * Renders a feed so that it is well-formed whatever its texts. `render`
 * builds the document, applying the given escapes. Each `]]>` in a CDATA
 * text and each `<` in an attribute text first becomes a placeholder
 * character absent from the document, and the placeholders are then
 * replaced by a correctly split CDATA end and by `&lt;`. (If no
 * placeholder is free, `]]>` becomes `]]&gt;` and `<` is dropped from
 * attribute texts: never ill-formed XML.)
 */
export function renderFeedXml(render: (escapes: FeedEscapes) => string): string {
  let needed = false;
  const plain = render({
    cdata: (text) => {
      needed ||= text.includes(']]>');
      return text;
    },
    attribute: (text) => {
      needed ||= text.includes('<');
      return text;
    },
  });
  if (!needed) return plain;
  const placeholders = unusedPrivateCharacters(plain);
  if (!placeholders) {
    return render({ cdata: (text) => text.replaceAll(']]>', ']]&gt;'), attribute: (text) => text.replaceAll('<', '') });
  }
  const [cdataEnd, lessThan] = placeholders;
  return render({
    cdata: (text) => text.replaceAll(']]>', cdataEnd),
    attribute: (text) => text.replaceAll('<', lessThan),
  })
    .replaceAll(cdataEnd, SPLIT_CDATA_END)
    .replaceAll(lessThan, '&lt;');
}

export { NO_ESCAPES };
