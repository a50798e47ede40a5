import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SourceCitation } from '../../components/SourceCitation';

const source = { publisher: 'Reuters', title: 'Libya’s GNA says it regains control of capital Tripoli', url: 'https://example.org/story', date: new Date('2020-06-04T00:00:00Z') };
const render = (lang: 'en' | 'ar', fields: Partial<typeof source> = {}) =>
  // (React's test renderer writes the attribute as dateTime.)
  renderToStaticMarkup(createElement(SourceCitation, { source: { ...source, ...fields } as never, lang })).replace(' dateTime=', ' datetime=');

describe('SourceCitation', () => {
  it('cites publisher, linked title and day in English, with nothing round the title', () => {
    expect(render('en')).toBe(
      '<span class="sources__publisher">Reuters</span>, <a href="https://example.org/story">Libya’s GNA says it regains control of capital Tripoli</a>, <time datetime="2020-06-04">June 4, 2020</time>',
    );
  });

  it('puts an Arabic citation\'s title last, isolated, after the publisher and the date', () => {
    const html = render('ar');
    expect(html).toMatch(/^<bdi class="sources__publisher">Reuters<\/bdi>، <time datetime="2020-06-04">4 يونيو 2020<\/time>، <bdi class="sources__title"><a href="https:\/\/example.org\/story">/);
    expect(render('ar', { title: undefined, url: undefined, date: undefined })).toBe('<bdi class="sources__publisher">Reuters</bdi>');
  });
});
