import { site } from './site';

/**
 * The site's mail domain, from its URL: `https://www.conflictdesk.example`
 * gives `conflictdesk.example`. Throws on a value that is not an http(s) URL,
 * so a misconfigured SITE_URL fails loudly instead of printing a bad address.
 */
export function siteDomain(siteUrl: string = site.url): string {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new Error(`Cannot derive a mail domain: "${siteUrl}" is not a URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`Cannot derive a mail domain: "${siteUrl}" is not an http(s) URL.`);
  }
  return url.hostname.replace(/^www\./, '');
}

/** The desks readers can write to. */
export const MAILBOXES = {
  corrections: 'corrections',
  tips: 'tips',
  editor: 'editor',
} as const;

export type Mailbox = keyof typeof MAILBOXES;

/**
 * A placeholder address at the site's own domain, e.g. corrections@<domain>.
 * The mailboxes are not yet staffed: pages that show one say so.
 */
export function contactEmail(mailbox: Mailbox, siteUrl: string = site.url): string {
  return `${MAILBOXES[mailbox]}@${siteDomain(siteUrl)}`;
}
