// Next's page and data cache shared by every server through Redis
// (@fortedigital/nextjs-cache-handler, the maintained fork of
// @neshca/cache-handler). Used only by builds made with REDIS_URL set (see
// next.config.ts and docs/DEPLOY.md); a server whose Redis is down keeps
// serving from a per-process LRU instead of failing requests.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from '@redis/client';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';

const KEY = Symbol.for('conflict-desk.cache-handler');

CacheHandler.onCreation(() => {
  globalThis[KEY] ??= (async () => {
    const lru = createLruHandler();
    if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL) return { handlers: [lru] };
    let connected = false;
    const client = createClient({
      url: process.env.REDIS_URL,
      pingInterval: 10_000,
      socket: {
        connectTimeout: 2000,
        // Once connected, reconnect as the client does by default. At start, give up after three
        // tries: the client's default retries forever, connect() never settled, and every page
        // request waited on it while /api/status answered.
        reconnectStrategy: (retries, cause) => (connected ? Math.min(2 ** retries * 50, 2000) : retries < 3 ? 100 * (retries + 1) : cause),
      },
    });
    client.on('error', (error) => console.error(`Redis: ${error.message}`));
    try {
      await client.connect();
      connected = true;
    } catch (error) {
      // The failed connect has closed the client already (destroying it again throws).
      console.error(`Redis unreachable (${error.message}); this server caches pages in its own memory until it is restarted.`);
      return { handlers: [lru] };
    }
    return { handlers: [createRedisHandler({ client, keyPrefix: 'conflict-desk:', timeoutMs: 1000 })] };
  })();
  return globalThis[KEY];
});

export default CacheHandler;
