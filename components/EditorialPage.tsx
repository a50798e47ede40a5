import type { ReactNode } from 'react';
import { EDITORIAL_PAGES_REVISED } from '@/lib/editorial-pages';
import { DateTime } from './DateTime';
import { Stylesheet } from './Stylesheet';

type Props = { title: string; intro: ReactNode; children: ReactNode; kicker?: ReactNode };

/** The frame of an editorial page (about, standards…): heading, standfirst, text, revision date. */
export function EditorialPage({ title, intro, kicker, children }: Props) {
  return (
    <>
      <Stylesheet sheet="editorial" />
      <article className="editorial">
        <header className="page-header">
          {kicker ? <p className="kicker">{kicker}</p> : null}
          <h1>{title}</h1>
          <p className="page-header__intro">{intro}</p>
        </header>
        <div className="editorial__body">{children}</div>
        <p className="editorial__revised">
          Last revised <DateTime date={EDITORIAL_PAGES_REVISED} />.
        </p>
      </article>
    </>
  );
}
