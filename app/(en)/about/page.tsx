import type { Metadata } from 'next';
import { AboutText } from '@/components/AboutText';
import { EditorialPage } from '@/components/EditorialPage';
import { JsonLd } from '@/components/JsonLd';
import { EDITORIAL_PAGES } from '@/lib/editorial-pages';
import { breadcrumbJsonLd, organizationJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

const page = EDITORIAL_PAGES.about;

export const metadata: Metadata = pageMetadata({
  title: page.title,
  description: `Who runs ${site.name}, what we cover in Libya, how we work and how to reach us.`,
  path: page.path,
});

export default function AboutPage() {
  return (
    <>
      <JsonLd data={[organizationJsonLd(), breadcrumbJsonLd([{ name: 'Home', path: '/' }, { name: page.title, path: page.path }])]} />
      <EditorialPage title={page.title} intro={`${site.tagline}.`}>
        <AboutText />
      </EditorialPage>
    </>
  );
}
