import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSecurityHeadersToEveryResponse } from '../../../lib/server/headers-on-every-response';

/** A response class of its own, so the real http.ServerResponse of the test process is untouched. */
class Response extends http.ServerResponse {}
const HEADERS = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
];

let server: http.Server;
let base: string;

beforeAll(async () => {
  addSecurityHeadersToEveryResponse(HEADERS, Response.prototype);
  addSecurityHeadersToEveryResponse(HEADERS, Response.prototype); // a second install changes nothing
  server = http.createServer({ ServerResponse: Response }, (req, res) => {
    if (req.url === '/redirect') res.writeHead(308, { Location: '/x' }).end();
    else if (req.url === '/own') res.setHeader('X-Frame-Options', 'SAMEORIGIN'), res.end('own');
    else if (req.url === '/inline') res.writeHead(200, { 'X-Frame-Options': 'SAMEORIGIN' }).end();
    else res.end('implicit');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('addSecurityHeadersToEveryResponse', () => {
  it('adds the headers to a response written with writeHead (a framework redirect)', async () => {
    const response = await fetch(`${base}/redirect`, { redirect: 'manual' });
    expect(response.status).toBe(308);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('adds them to a response whose headers are sent implicitly by end()', async () => {
    const response = await fetch(`${base}/implicit`);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('never overrides a header the response set itself, by setHeader or in writeHead', async () => {
    for (const path of ['/own', '/inline']) {
      const response = await fetch(`${base}${path}`);
      expect(response.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });
});
