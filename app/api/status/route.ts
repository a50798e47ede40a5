import { servingStatus } from '@/lib/content/store';

export const dynamic = 'force-dynamic';

/**
 * GET /api/status: what this server serves, as JSON, never cached. 200 with
 * the content version and counts (and how many problems in the content folder
 * keep it on the last good version, if any); 503 when it has no content to
 * serve. For load balancers' health checks and for checking that every server
 * took a publish (docs/DEPLOY.md).
 */
export function GET() {
  const status = servingStatus();
  return Response.json(status, { status: status.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
