import { describe, expect, it } from 'vitest';
import { contactEmail, siteDomain } from '../../lib/contact';
import { site } from '../../lib/site';

describe('siteDomain', () => {
  it('is the host name of the site URL, without www. or a port', () => {
    expect(siteDomain('https://www.conflictdesk.example')).toBe('conflictdesk.example');
    expect(siteDomain('https://news.conflictdesk.example/')).toBe('news.conflictdesk.example');
    expect(siteDomain('http://localhost:3000')).toBe('localhost');
  });

  it('defaults to the configured site', () => {
    expect(siteDomain()).toBe(new URL(site.url).hostname.replace(/^www\./, ''));
  });

  it('throws on something that is not an http(s) URL', () => {
    expect(() => siteDomain('conflictdesk.example')).toThrow(/not a URL/);
    expect(() => siteDomain('')).toThrow(/not a URL/);
    expect(() => siteDomain('mailto:desk@example.org')).toThrow(/not an http\(s\) URL/);
  });
});

describe('contactEmail', () => {
  it('puts each mailbox at the site domain', () => {
    expect(contactEmail('corrections', 'https://www.conflictdesk.example')).toBe('corrections@conflictdesk.example');
    expect(contactEmail('tips', 'https://conflictdesk.example')).toBe('tips@conflictdesk.example');
    expect(contactEmail('editor', 'https://conflictdesk.example')).toBe('editor@conflictdesk.example');
  });
});
