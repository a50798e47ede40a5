import type { SheetName } from './sheet-versions';

/** What the browser gets for "#sheet-css" (package.json "imports"): the stylesheets' text stays on the server. */
export const SHEET_CSS: Readonly<Record<SheetName, string>> | undefined = undefined;
