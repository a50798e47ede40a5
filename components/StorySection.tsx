import type { Article } from '@/lib/content/article';
import { StoryListItem } from './StoryListItem';

type Props = { id: string; heading: string; articles: readonly Article[]; className?: string };

/** A headed list of stories; renders nothing when there are none. */
export function StorySection({ id, heading, articles, className }: Props) {
  if (articles.length === 0) return null;
  return (
    <section className={className} aria-labelledby={id}>
      <h2 id={id} className="section-heading">
        {heading}
      </h2>
      {articles.map((article) => (
        <StoryListItem key={article.slug} article={article} />
      ))}
    </section>
  );
}
