import type { Article } from '@/lib/content/article';
import { StoryListItem } from './StoryListItem';

export function RelatedStories({ articles }: { articles: readonly Article[] }) {
  if (articles.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-heading">
      <h2 id="related-heading" className="section-heading">
        Related coverage
      </h2>
      {articles.map((article) => (
        <StoryListItem key={article.slug} article={article} />
      ))}
    </section>
  );
}
