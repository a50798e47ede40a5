import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * Internal link without prefetching. Next prefetches every link that
 * scrolls into view; on an index of 20 headlines that is 20 requests a
 * reader on a slow, metered connection pays for and mostly never uses.
 * Pages are static, so a click is fast anyway.
 */
export function SiteLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
