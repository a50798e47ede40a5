import { notFound } from 'next/navigation';

/**
 * Where proxy.ts sends addresses that name nothing published: rendered per
 * request (never cached, so no CDN keeps a 404 for a story that is about to
 * be published), and the same 404 as any unknown address.
 */
export const dynamic = 'force-dynamic';

export default function NotPublished(): never {
  notFound();
}
