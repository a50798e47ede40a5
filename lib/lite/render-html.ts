import { createRequire } from 'node:module';
import path from 'node:path';
import type { ReactElement } from 'react';

type ReactDomServer = { renderToStaticMarkup(element: ReactElement): string };

let server: ReactDomServer | undefined;

/**
 * React's own server renderer, loaded at run time with Node's resolution.
 * Route handlers are bundled for React Server Components, where
 * `react-dom/server` throws by design; the elements rendered here come from
 * plain function components (no hooks, no client components), which any
 * copy of React renders alike. react-dom is a dependency of the app and is
 * in the standalone output (Next's own server requires it).
 */
function reactDomServer(): ReactDomServer {
  server ??= createRequire(path.join(/* turbopackIgnore: true */ process.cwd(), 'package.json'))(
    /* turbopackIgnore: true */ 'react-dom/server',
  ) as ReactDomServer;
  return server;
}

/** A complete HTML document from a `<html>` element, with its doctype. */
export function renderDocument(element: ReactElement): string {
  return `<!DOCTYPE html>${reactDomServer().renderToStaticMarkup(element)}`;
}

/** The document as a response (security headers come from next.config.ts like every response's). */
export function htmlResponse(element: ReactElement): Response {
  return new Response(renderDocument(element), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
