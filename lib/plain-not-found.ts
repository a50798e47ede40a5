/** What a route handler answers for something that is not there (proxy.ts normally answers first). */
export const plainNotFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
