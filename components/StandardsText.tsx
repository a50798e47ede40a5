import { contactEmail } from '@/lib/contact';
import { CORRECTIONS_FEED_PATH, EDITORIAL_PAGES } from '@/lib/editorial-pages';
import { SiteLink } from './SiteLink';

/** The text of /standards. Section ids are linked from structured data (lib/editorial-pages.ts). */
export function StandardsText() {
  return (
    <>
      <h2 id="sourcing">Sourcing</h2>
      <p>
        Every story rests on sources a reader can find: news-agency and newspaper reports, UN
        statements and reports, and public statements by governments, armed groups and officials. Each
        article lists them at its foot, with publisher, date and, where there is one, a link.
      </p>
      <p>
        We prefer the primary record (the UN statement itself, the ministry&rsquo;s own announcement)
        to a report about it. A claim carried by only one outlet is reported as that outlet&rsquo;s, or
        not at all. Before publication a second editor checks every name, date, place and number in the
        story against the sources listed.
      </p>

      <h2 id="attribution">Attribution</h2>
      <p>
        We say who said what, in the sentence that says it. Facts established by several independent
        sources, such as the date a town changed hands, are stated plainly. Claims about who fired,
        who is winning, how many were killed or who is to blame are attributed, every time.
      </p>
      <p>
        We write every sentence ourselves. Short quotations of public statements appear in quotation
        marks with their speaker. We do not present one side&rsquo;s media as neutral: when a claim
        comes only from outlets aligned with the Government of National Accord or with Hifter&rsquo;s
        Libyan National Army, we say so.
      </p>

      <h2 id="disputed-claims">Disputed claims</h2>
      <p>
        In this war almost every strike and advance was claimed by one side and denied by the other.
        When accounts conflict, we report each, attributed, and say that they conflict. We do not pick
        a version we cannot verify, and we do not split the difference. A denial is reported as a
        denial, with the words &ldquo;could not be independently verified&rdquo; when that is the case.
        We update the story when better evidence, such as a UN investigation, settles the question, and
        say what changed.
      </p>

      <h2 id="anonymous-sources">Anonymous sources</h2>
      <p>
        We do not use sources we cannot name ourselves. When we rely on a report that quotes an
        unnamed official or witness, we say so (&ldquo;a military source quoted by Reuters&rdquo;), and
        we do not let such a source carry a story&rsquo;s central claim on its own. We never describe
        an anonymous source more grandly than the original report does.
      </p>

      <h2 id="figures">Figures</h2>
      <p>
        Counts of the dead, wounded, displaced and detained are always attributed, dated and scoped,
        and we never average reports that disagree. How we do this is set out in{' '}
        <SiteLink href={EDITORIAL_PAGES.figures.path}>how we report casualty figures</SiteLink>.
      </p>

      <h2 id="corrections">Corrections</h2>
      <p>
        When we get a fact wrong we correct it, openly. The article is fixed and a dated note at its
        foot says what was wrong and what is right; we do not silently rewrite published facts. Every
        correction also appears on the{' '}
        <SiteLink href={EDITORIAL_PAGES.corrections.path}>corrections page</SiteLink> and in its{' '}
        <a href={CORRECTIONS_FEED_PATH}>RSS feed</a>, newest first.
      </p>
      <p>
        Changes that are not corrections (new information, a later toll, a fuller account) are marked
        with an &ldquo;Updated&rdquo; time. Spelling and style fixes that change no fact are not noted.
        We do not remove published stories; a story found to be fundamentally wrong stays online with
        a correction that says so. We withdraw a story only when the law requires it or keeping it
        online would put someone in danger: its address then says when and why, and the withdrawal is
        listed with the corrections. To report an error, write to{' '}
        <a href={`mailto:${contactEmail('corrections')}`}>{contactEmail('corrections')}</a> (a placeholder
        address; see <SiteLink href="/about#contact">how to reach us</SiteLink>).
      </p>

      <h2 id="independence">Independence</h2>
      <p>
        Conflict Desk takes no money, travel or access from any party to the conflict, any government
        involved in it, or anyone selling weapons to them. We run no advertising. Writers and editors
        may not work for, advise or campaign for a party to the conflict, and must tell the editor of
        any personal or financial tie to a story they work on; if the tie is material, someone else
        takes the story.
      </p>
      <p>
        We use the names the parties use for themselves on first reference, and the same neutral terms
        for both sides after that. Headlines are written to the facts in the story, not to draw clicks.
      </p>
    </>
  );
}
