import type { Article } from '@/lib/content/article';
import { StorySection } from './StorySection';

export function RelatedStories({ articles }: { articles: readonly Article[] }) {
  return <StorySection id="related-heading" heading="Related coverage" articles={articles} className="related" />;
}
