import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../lib/share-links';

const URL_ = 'https://conflictdesk.example/articles/gna-retakes-gharyan';

describe('shareLinks', () => {
  it('gives email, X, Facebook and WhatsApp links with the title and URL encoded', () => {
    const links = shareLinks('GNA retakes Gharyan', URL_);
    expect(links.map((link) => link.service)).toEqual(['email', 'x', 'facebook', 'whatsapp']);
    const href = Object.fromEntries(links.map((link) => [link.service, link.href]));
    expect(href.email).toBe(`mailto:?subject=GNA%20retakes%20Gharyan&body=GNA%20retakes%20Gharyan%0A%0A${encodeURIComponent(URL_)}`);
    expect(href.x).toBe(`https://twitter.com/intent/tweet?text=GNA%20retakes%20Gharyan&url=${encodeURIComponent(URL_)}`);
    expect(href.facebook).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(URL_)}`);
    expect(href.whatsapp).toBe(`https://wa.me/?text=GNA%20retakes%20Gharyan%20${encodeURIComponent(URL_)}`);
  });

  it('encodes characters that could break out of the query or the attribute', () => {
    const title = 'Tom & Jerry "quoted" <b> #1 ?x=y, أجدابيا';
    for (const { service, href } of shareLinks(title, `${URL_}?a=1&b=2`)) {
      const query = href.slice(href.indexOf('?') + 1);
      expect(query).not.toMatch(/[ "<>#]/);
      expect(query.split('&').every((pair) => /^[a-z]+=[^=&]*$/.test(pair))).toBe(true);
      const params = new URLSearchParams(query.replace(/\+/g, '%2B'));
      const values = [...params.values()].join(' ');
      expect(values).toContain(`${URL_}?a=1&b=2`);
      if (service !== 'facebook') expect(values).toContain(title);
    }
  });

  it('only links to http(s) share pages or mailto:, never a script URL', () => {
    for (const { href } of shareLinks('x', URL_)) expect(href).toMatch(/^(https:\/\/|mailto:\?)/);
  });

  it('refuses a relative or non-web URL', () => {
    expect(() => shareLinks('x', '/articles/x')).toThrow(/absolute/);
    expect(() => shareLinks('x', 'javascript:alert(1)')).toThrow(/absolute/);
  });
});
