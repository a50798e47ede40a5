import { contactEmail } from '@/lib/contact';
import { CORRECTIONS_FEED_PATH, EDITORIAL_PAGES } from '@/lib/editorial-pages';
import { SiteLink } from './SiteLink';
import { Stylesheet } from './Stylesheet';

function Mail({ to }: { to: string }) {
  return <a href={`mailto:${to}`}>{to}</a>;
}

/** The text of /about: who we are, what we cover, how we work, how to reach us. */
export function AboutText() {
  return (
    <>
      <Stylesheet sheet="editorial" />
      <h2 id="who-we-are">Who we are</h2>
      <p>
        Conflict Desk is a small, independent editorial desk. We write and edit as a team, and stories
        written that way carry the byline &ldquo;Conflict Desk staff&rdquo;. Where a story is the work of
        one writer, it carries their name. Every byline links to a page saying who that is; the full
        list is on our <SiteLink href="/authors">authors page</SiteLink>.
      </p>
      <p>
        We did not have reporters on the front lines. Our stories are built from named, published
        sources (news agencies, newspapers, UN statements, and announcements by governments and armed
        groups), and every article lists those sources at its foot so that readers can check them.
      </p>

      <h2 id="what-we-cover">What we cover</h2>
      <p>
        The war in western Libya: from Khalifa Hifter&rsquo;s offensive on Tripoli in April 2019 to the
        permanent ceasefire signed in Geneva in October 2020. That means the fighting around the
        capital and along the coast, its toll on civilians, migrants and detainees, the oil blockade,
        foreign military involvement, and the diplomacy that tried to end it.
      </p>
      <ul>
        <li>
          <SiteLink href="/libya">All Libya coverage</SiteLink>, newest first
        </li>
        <li>
          <SiteLink href="/libya/timeline">A timeline</SiteLink> of the turning points
        </li>
        <li>
          Stories by <SiteLink href="/topics">topic</SiteLink>, <SiteLink href="/people">person</SiteLink> and{' '}
          <SiteLink href="/places">place</SiteLink>
        </li>
      </ul>

      <h2 id="how-we-work">How we work</h2>
      <p>
        Our <SiteLink href={EDITORIAL_PAGES.standards.path}>editorial standards</SiteLink> set out how we
        source and attribute, how we handle claims the two sides dispute, and when we correct. Numbers
        of dead, wounded and displaced follow a separate{' '}
        <SiteLink href={EDITORIAL_PAGES.figures.path}>note on figures</SiteLink>. Every correction we
        have made is listed on the <SiteLink href={EDITORIAL_PAGES.corrections.path}>corrections page</SiteLink>.
      </p>

      <h2 id="contact">How to reach us</h2>
      <p className="editorial__note">
        These addresses are placeholders at the site&rsquo;s own domain while the desk&rsquo;s mail is
        set up. Until then, messages sent to them may not arrive.
      </p>
      <dl className="editorial__contacts">
        <div>
          <dt>Corrections</dt>
          <dd>
            <Mail to={contactEmail('corrections')} />. Tell us the story, what is wrong and, if you can,
            a source that shows it. We read every message.
          </dd>
        </div>
        <div>
          <dt>Tips and documents</dt>
          <dd>
            <Mail to={contactEmail('tips')} />. Email is not anonymous; do not send anything that could
            put you or others at risk.
          </dd>
        </div>
        <div>
          <dt>The editor</dt>
          <dd>
            <Mail to={contactEmail('editor')} />, for everything else.
          </dd>
        </div>
      </dl>

      <h2 id="follow">Follow our coverage</h2>
      <p>
        New stories: <a href="/feed.xml">RSS</a>, <a href="/atom.xml">Atom</a> or{' '}
        <a href="/feed.json">JSON Feed</a>. Corrections have their own{' '}
        <a href={CORRECTIONS_FEED_PATH}>RSS feed</a>. The site sets no tracking cookies and loads
        nothing from other sites.
      </p>
    </>
  );
}
