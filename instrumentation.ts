/**
 * Runs once when a server starts. Every response gets the security headers
 * (lib/server/headers-on-every-response.ts). In production it also remembers
 * what the server serves, then checks every 15 seconds whether a scheduled
 * story has come due (or the publish stamp changed), and if so publishes:
 * the pages it appears on are regenerated, nothing else.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { addSecurityHeadersToEveryResponse } = await import('./lib/server/headers-on-every-response');
  addSecurityHeadersToEveryResponse();
  if (process.env.NODE_ENV !== 'production') return;
  const { fillContentIndex } = await import('./lib/server/fill-content-index');
  await fillContentIndex();
  const { startScheduler } = await import('./lib/publishing/scheduler');
  startScheduler();
}
