import http from 'node:http';
import { securityHeaders, type Header } from '../security-headers';

const INSTALLED = Symbol.for('conflict-desk.headers-on-every-response');

/**
 * Makes every response of this Node process carry the security headers,
 * including the few Next.js writes before any of the site's code runs (its
 * own 308 for repeated slashes, `//x` → `/x`). A header the response already
 * has is left alone, so pages, proxy.ts and next.config.ts keep the final
 * say. Installed once per process by instrumentation.ts.
 */
export function addSecurityHeadersToEveryResponse(
  headers: readonly Header[] = securityHeaders(),
  prototype: typeof http.ServerResponse.prototype = http.ServerResponse.prototype,
): void {
  const target = prototype as typeof prototype & { [INSTALLED]?: boolean };
  if (target[INSTALLED]) return;
  target[INSTALLED] = true;
  const writeHead = prototype.writeHead;
  prototype.writeHead = function (this: http.ServerResponse, ...args: Parameters<typeof writeHead>) {
    if (!this.headersSent) {
      for (const { key, value } of headers) if (!this.hasHeader(key)) this.setHeader(key, value);
    }
    return writeHead.apply(this, args);
  } as typeof writeHead;
}
