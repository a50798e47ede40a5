import { getImageProps } from 'next/image';
import type { ArticleImage } from '@/lib/content/article';
import type { Dimensions } from '@/lib/images/image-dimensions';
import { Stylesheet } from './Stylesheet';

/** The article column is at most 40rem wide; below that the image fills the screen. */
const SIZES = '(min-width: 42rem) 40rem, 100vw';

/**
 * An article's lead photo: a responsive `<img>` from next/image's
 * getImageProps (srcset through the image optimizer, width and height set
 * so nothing shifts), loaded eagerly at high priority, with its caption and
 * credit. No client component is involved.
 */
export function LeadImage({ image, size, sizes = SIZES, lang = 'en' }: { image: ArticleImage; size: Dimensions; sizes?: string; lang?: 'en' | 'ar' }) {
  const { props } = getImageProps({
    src: image.src,
    alt: image.alt,
    width: size.width,
    height: size.height,
    sizes,
    loading: 'eager',
    fetchPriority: 'high',
  });
  return (
    <>
      <Stylesheet sheet="media" />
      <figure className="lead-image">
        <img {...props} className="lead-image__img" />
        <figcaption className="lead-image__caption">
          {image.caption ? <span>{image.caption} </span> : null}
          <span className="lead-image__credit">
            {lang === 'ar' ? 'الصورة: ' : 'Credit: '}
            <span dir="auto">{image.credit}</span>
          </span>
        </figcaption>
      </figure>
    </>
  );
}
