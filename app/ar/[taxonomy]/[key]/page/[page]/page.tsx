/**
 * Later pages of an Arabic entity page (/ar/<kind>/<key>/page/<n>): the
 * entity page's component with a page number. Rendered on first request,
 * then cached until a publish changes it.
 */
export { default, generateMetadata } from '../../page';

export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return [];
}
