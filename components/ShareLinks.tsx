import { shareLinks } from '@/lib/share-links';
import { Stylesheet } from './Stylesheet';

/** Plain links to share the story: no script, nothing loaded from elsewhere. */
export function ShareLinks({ title, url }: { title: string; url: string }) {
  return (
    <>
      <Stylesheet sheet="article" />
      <nav className="share" aria-labelledby="share-heading">
        <h2 id="share-heading" className="share__heading">
          Share this story
        </h2>
        <ul>
          {shareLinks(title, url).map((link) => (
            <li key={link.service}>
              <a href={link.href} rel="noopener noreferrer nofollow">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
