import { SHEET_VERSIONS, type SheetName } from './sheet-versions';

/** Where a sheet is served as a file (app/css/[file]/route.ts), versioned by its content, so it is cached for a year. */
export function sheetHref(sheet: SheetName): string {
  return `/css/${sheet}.css?v=${SHEET_VERSIONS[sheet]}`;
}

/** The sheet of a `/css/<sheet>.css` file name, if there is one. */
export function sheetOfFile(file: string): SheetName | undefined {
  const name = /^([a-z-]+)\.css$/.exec(file)?.[1];
  return name !== undefined && Object.hasOwn(SHEET_VERSIONS, name) ? (name as SheetName) : undefined;
}

/** Whether a document already has a sheet: inline from the server, or loaded on an earlier client-side navigation. */
export function sheetOnPage(document: Pick<Document, 'querySelector'>, sheet: SheetName): boolean {
  return document.querySelector(`style[data-sheet="${sheet}"], link[rel="stylesheet"][href="${sheetHref(sheet)}"]`) !== null;
}
