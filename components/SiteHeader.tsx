import Link from 'next/link';
import { site } from '@/lib/site';

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__name">
          {site.name}
        </Link>
        <nav aria-label="Sections" className="site-header__nav">
          <ul>
            <li>
              <Link href="/">Front page</Link>
            </li>
            <li>
              <Link href="/libya">Libya coverage</Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
