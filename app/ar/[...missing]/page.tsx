import { notFound } from 'next/navigation';

/**
 * Any /ar address no other route matches, and where proxy.ts sends Arabic
 * addresses that name nothing published: the Arabic 404 (app/ar/not-found.tsx),
 * rendered per request and never cached.
 */
export const dynamic = 'force-dynamic';

export default function ArabicNotPublished(): never {
  notFound();
}
