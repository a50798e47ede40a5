import type { Metadata } from 'next';
import { SiteLink } from '@/components/SiteLink';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/ArticleBody';
import { ArticleHeader } from '@/components/ArticleHeader';
import { Corrections } from '@/components/Corrections';
import { SourceList } from '@/components/SourceList';
import { getArticle, getPublishedArticles } from '@/lib/content/store';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getPublishedArticles().map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  return article ? { title: article.title, description: article.dek } : {};
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  return (
    <article className="article">
      <ArticleHeader article={article} />
      <ArticleBody html={article.html} />
      <Corrections corrections={article.corrections} />
      <SourceList sources={article.sources} />
      <p className="more-link">
        <SiteLink href="/libya">← All Libya coverage</SiteLink>
      </p>
    </article>
  );
}
