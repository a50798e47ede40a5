import { getPublishableArabicLivePages } from '@/lib/content/store';
import { liteLiveResponse } from '@/lib/lite/lite-responses';
import { plainNotFound } from '@/lib/plain-not-found';

type Context = { params: Promise<{ slug: string }> };

/** The lite edition of an Arabic live page, right to left: built ahead, cached until a publish changes it. */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return getPublishableArabicLivePages().map((page) => ({ slug: page.slug }));
}

export async function GET(_request: Request, { params }: Context) {
  return liteLiveResponse((await params).slug, 1, new Date(), 'ar') ?? plainNotFound();
}
