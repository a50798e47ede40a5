import type { Metadata } from 'next';
import { EditorialPage } from '@/components/EditorialPage';
import { JsonLd } from '@/components/JsonLd';
import { StandardsText } from '@/components/StandardsText';
import { EDITORIAL_PAGES } from '@/lib/editorial-pages';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';

const page = EDITORIAL_PAGES.standards;

export const metadata: Metadata = pageMetadata({
  title: page.title,
  description: 'How Conflict Desk sources and attributes, handles disputed claims and anonymous sources, corrects errors and stays independent.',
  path: page.path,
});

export default function StandardsPage() {
  return (
    <>
      <JsonLd data={breadcrumbJsonLd([{ name: 'Home', path: '/' }, { name: page.title, path: page.path }])} />
      <EditorialPage
        title={page.title}
        intro="The rules every Conflict Desk story follows. They are short on purpose: each one is something a reader can check against what we publish."
      >
        <StandardsText />
      </EditorialPage>
    </>
  );
}
