const CDATA = /<!\[CDATA\[((?:(?!\]\]>)[\s\S])*)\]\]>/g;

/**
 * The text of XML element content made only of CDATA sections, read as an
 * XML parser would (a section ends at its first `]]>`). Throws if anything
 * else is in it: markup that escaped the sections.
 */
export function readCdataOnly(xml: string): string {
  if (xml.replace(CDATA, '') !== '') throw new Error(`not only CDATA: ${xml}`);
  return xml.replace(CDATA, '$1');
}
