'use client';
// Next requires error boundaries to be client components (the one
// exception to the no-client-code rule; see tests/unit/no-client-code.test.ts).
import { ErrorNotice } from '@/components/ErrorNotice';

/** Shown inside the site's layout when a page fails; readable without JavaScript. */
export default function Error({ error }: { error: Error & { digest?: string } }) {
  return <ErrorNotice digest={error.digest} />;
}
