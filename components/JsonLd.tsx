import { serializeJsonLd } from '@/lib/seo/json-ld';

/** Structured data; serializeJsonLd escapes it so no text can break out of the script. */
export function JsonLd({ data }: { data: Parameters<typeof serializeJsonLd>[0] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
