import { sitemapPartXml, sitemapParts, documentResponse } from '@/lib/seo/site-documents';

type Context = { params: Promise<{ part: string }> };

export const revalidate = 300;
export const dynamicParams = false;

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
