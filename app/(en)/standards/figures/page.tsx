import type { Metadata } from 'next';
import { EditorialPage } from '@/components/EditorialPage';
import { FiguresText } from '@/components/FiguresText';
import { JsonLd } from '@/components/JsonLd';
import { SiteLink } from '@/components/SiteLink';
import { getArticle } from '@/lib/content/store';
import { EDITORIAL_PAGES } from '@/lib/editorial-pages';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from '@/lib/seo/metadata';

const page = EDITORIAL_PAGES.figures;
/** The story the note uses as its worked example (left out if it is not published). */
const EXAMPLE_SLUG = 'tajoura-detention-center-strike';

export const metadata: Metadata = pageMetadata({
  title: page.title,
  description: 'How Conflict Desk counts, attributes and dates figures for the dead, wounded and displaced, and why it never averages reports that disagree.',
  path: page.path,
});

export default function FiguresPage() {
  const example = getArticle(EXAMPLE_SLUG);
  return (
    <>
      <JsonLd
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: EDITORIAL_PAGES.standards.title, path: EDITORIAL_PAGES.standards.path },
          { name: page.title, path: page.path },
        ])}
      />
      <EditorialPage
        kicker={<SiteLink href={EDITORIAL_PAGES.standards.path}>{EDITORIAL_PAGES.standards.title}</SiteLink>}
        title={page.title}
        intro="Numbers of dead, wounded and displaced are the facts in a war story most often disputed and most often repeated. This is how we handle them."
      >
        <FiguresText example={example ? { path: example.path, title: example.title } : undefined} />
      </EditorialPage>
    </>
  );
}
