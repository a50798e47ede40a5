import { sitemapPartXml, sitemapParts, documentResponse } from '@/lib/seo/site-documents';

type Context = { params: Promise<{ part: string }> };

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;
export const dynamicParams = true;

/** `/sitemaps/<n>.xml` exist only when the sitemap has more than 50,000 URLs. */
export function generateStaticParams() {
  const parts = sitemapParts();
  return parts.length > 1 ? parts.map((_, index) => ({ part: `${index}.xml` })) : [];
}

export async function GET(_request: Request, { params }: Context) {
  const match = /^(\d+)\.xml$/.exec((await params).part);
  const body = match ? sitemapPartXml(Number(match[1])) : undefined;
  return body ? documentResponse(body) : new Response('Not found', { status: 404 });
}
