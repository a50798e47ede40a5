import { notFound } from 'next/navigation';
import { CHECKED_VERSION_HEADER } from '@/lib/content/store';
import { mayPublish } from '@/lib/publishing/publish-auth';
import { publish } from '@/lib/publishing/publish-server';

export const dynamic = 'force-dynamic';

/**
 * POST /api/publish (Authorization: Bearer $PUBLISH_TOKEN; x-content-version:
 * the version `npm run publish` checked): brings the content up to that
 * version, re-reading the folder if needed, and regenerates what changed.
 * Without the right token it answers as an unknown address does (proxy.ts
 * sends it there first).
 */
export async function POST(request: Request) {
  if (!mayPublish(request.headers)) notFound();
  const outcome = publish(new Date(), request.headers.get(CHECKED_VERSION_HEADER) ?? undefined);
  return Response.json(outcome, { status: outcome.ok ? 200 : 422, headers: { 'Cache-Control': 'no-store' } });
}
