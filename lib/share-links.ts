/** A link that shares a story on another service: a plain URL, no script, no icon. */
export type ShareLink = { service: string; label: string; href: string };

/**
 * Share links for a story: each one a plain `<a href>` to the service's own
 * share page (or a `mailto:`), with the title and absolute URL
 * percent-encoded, so nothing is loaded from another site until a reader
 * chooses to follow one. Throws on a relative URL: a shared link must work
 * outside the site.
 */
export function shareLinks(title: string, url: string): ShareLink[] {
  if (!/^https?:\/\//i.test(url)) throw new Error(`shareLinks needs an absolute http(s) URL, got "${url}"`);
  const t = encodeURIComponent(title);
  const u = encodeURIComponent(url);
  return [
    { service: 'email', label: 'Email', href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n\n${url}`)}` },
    { service: 'x', label: 'X (Twitter)', href: `https://twitter.com/intent/tweet?text=${t}&url=${u}` },
    { service: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { service: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
  ];
}
