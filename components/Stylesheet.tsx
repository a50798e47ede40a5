'use client';

import { useServerInsertedHTML } from 'next/navigation';
import { createContext, use, useState, useSyncExternalStore, type ReactNode } from 'react';
import { SHEET_CSS } from '#sheet-css';
import { sheetHref, sheetOnPage } from '@/lib/styles/sheets';
import type { SheetName } from '@/lib/styles/sheet-versions';

/**
 * Stylesheets inlined once (decision 0027). A component that needs a sheet
 * renders `<Stylesheet sheet="…" />`. On the server the sheet's CSS goes into
 * the page's <head> as a <style>, through the layout's StyleRegistry, and not
 * into the RSC payload (Next's `inlineCss` puts it in both). In the browser,
 * a page reached by a client-side navigation loads a sheet it does not have
 * yet as a cached file, and React holds the new page until it has arrived.
 */
const Register = createContext<((sheet: SheetName) => void) | null>(null);

export function StyleRegistry({ children }: { children: ReactNode }) {
  // One per request: what the page named, in the order it named it, and what is already sent.
  const [sheets] = useState(() => ({ named: new Set<SheetName>(), sent: new Set<SheetName>() }));
  useServerInsertedHTML(() => {
    const fresh = [...sheets.named].filter((sheet) => !sheets.sent.has(sheet));
    for (const sheet of fresh) sheets.sent.add(sheet);
    return fresh.map((sheet) => <style key={sheet} data-sheet={sheet} dangerouslySetInnerHTML={{ __html: SHEET_CSS?.[sheet] ?? '' }} />);
  });
  return <Register value={(sheet) => sheets.named.add(sheet)}>{children}</Register>;
}

const subscribe = () => () => {};

export function Stylesheet({ sheet }: { sheet: SheetName }) {
  const register = use(Register);
  if (typeof window === 'undefined') register?.(sheet);
  // Rendered on the server and while hydrating: nothing (the sheet is inline in the page).
  const present = useSyncExternalStore(subscribe, () => sheetOnPage(document, sheet), () => true);
  return present ? null : <link rel="stylesheet" href={sheetHref(sheet)} precedence="default" />;
}
