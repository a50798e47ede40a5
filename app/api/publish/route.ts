import { notFound } from 'next/navigation';
import { CHECKED_VERSION_HEADER } from '@/lib/content/store';
import { mayPublish, TOKEN_CHECK_HEADER } from '@/lib/publishing/publish-auth';
import { publish } from '@/lib/publishing/publish-server';

export const dynamic = 'force-dynamic';

/**
 * POST /api/publish (Authorization: Bearer $PUBLISH_TOKEN; x-content-version:
 * the version `npm run publish` checked): brings the content up to that
 * version, re-reading the folder if needed, and regenerates what changed.
 * Without the right token it answers as an unknown address does (proxy.ts
 * sends it there first). With `x-publish-token-check: 1` it only says whether the token is
 * accepted (204), and publishes nothing.
 */
export async function POST(request: Request) {
  if (!mayPublish(request.headers)) notFound();
  // `npm run publish` asks first whether its token is accepted, before it stamps the folder that
  // every server follows: a refused token must leave nothing half-published.
  if (request.headers.get(TOKEN_CHECK_HEADER) === '1') return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
  const outcome = publish(new Date(), request.headers.get(CHECKED_VERSION_HEADER) ?? undefined);
  return Response.json(outcome, { status: outcome.ok ? 200 : 422, headers: { 'Cache-Control': 'no-store' } });
}
