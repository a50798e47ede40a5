/**
 * Runs once when a server starts. In production it remembers what the
 * server serves, then checks every 15 seconds whether a scheduled story has
 * come due (or the publish stamp changed), and if so publishes: the pages
 * it appears on are regenerated, nothing else.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'production') return;
  const { startScheduler } = await import('./lib/publishing/scheduler');
  startScheduler();
}
