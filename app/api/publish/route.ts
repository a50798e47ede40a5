import { notFound } from 'next/navigation';
import { mayPublish } from '@/lib/publishing/publish-auth';
import { publish } from '@/lib/publishing/publish-server';

export const dynamic = 'force-dynamic';

/**
 * POST /api/publish (Authorization: Bearer $PUBLISH_TOKEN): re-reads the
 * content folder and regenerates what changed. Without the right token it
 * answers as an unknown address does (proxy.ts sends it there first).
 */
export async function POST(request: Request) {
  if (!mayPublish(request.headers)) notFound();
  const outcome = publish();
  return Response.json(outcome, { status: outcome.ok ? 200 : 422, headers: { 'Cache-Control': 'no-store' } });
}
