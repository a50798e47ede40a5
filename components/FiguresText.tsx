import { EDITORIAL_PAGES } from '@/lib/editorial-pages';
import { SiteLink } from './SiteLink';

/** The text of /standards/figures: how we count and attribute casualty figures. */
export function FiguresText({ example }: { example?: { path: string; title: string } }) {
  return (
    <>
      <h2 id="every-figure">Every figure says who, when and what</h2>
      <p>A number in our stories always comes with three things, in the text and in the box of figures under the story:</p>
      <ul>
        <li>
          <strong>Who reported it</strong>: the ministry, UN agency, hospital, armed group or news
          agency, not &ldquo;officials&rdquo; or &ldquo;reports&rdquo;.
        </li>
        <li>
          <strong>As of when</strong>: tolls rise as bodies are found and the wounded die. A number
          without a date is not a fact.
        </li>
        <li>
          <strong>What exactly it counts</strong>: killed or wounded, civilians or fighters or both,
          in which place and over which days.
        </li>
      </ul>

      <h2 id="words">The words we use</h2>
      <ul>
        <li>
          <strong>Killed</strong> means dead. <strong>Casualties</strong> means killed and wounded
          together; we use it only when the source does, and never as a synonym for deaths.
        </li>
        <li>
          <strong>Civilians</strong> and <strong>fighters</strong>: we use the source&rsquo;s
          classification and say whose it is. Where the source does not say, we write
          &ldquo;people&rdquo;.
        </li>
        <li>
          <strong>At least</strong>, <strong>more than</strong>, <strong>about</strong> and{' '}
          <strong>up to</strong> are kept exactly as the source gave them. We do not round a number up,
          or turn &ldquo;about 40&rdquo; into &ldquo;40&rdquo;.
        </li>
      </ul>

      <h2 id="disagreeing-reports">When reports disagree</h2>
      <p>
        We report each figure with its source and say that they differ. If we know why (an earlier
        count, a wider area, a different definition), we say that too. If a later count from the same
        source replaces an earlier one, we give the later one and, where the change matters to the
        story, the earlier one with its date.
      </p>
      {example ? (
        <p>
          For example, in <SiteLink href={example.path}>{example.title}</SiteLink>, the first official
          count of the dead was 40, a news agency later reported 44, and UN agencies then gave 53. We
          reported all three, in order, with who gave them. Two agencies also disagreed on how many
          children were among the dead; we reported both numbers and said they had not been reconciled.
        </p>
      ) : null}

      <h2 id="no-averages">Why we never average disagreeing reports</h2>
      <p>
        Averaging two tolls produces a number that nobody reported and nobody can check. It looks more
        precise than either source while resting on neither. Reports usually differ for a reason: one
        was counted earlier, covers a different area, counts only civilians, or comes from a party with
        an interest in a higher or lower number. An average hides that reason; showing both numbers
        with their sources lets the reader weigh them.
      </p>
      <p>
        For the same reasons we do not add up figures from different sources or periods into a total
        of our own, and we do not produce our own estimate of a toll. A cumulative figure appears only
        when an organization has published it, and it is attributed to them.
      </p>

      <h2 id="claims-by-parties">Figures from the parties to the war</h2>
      <p>
        Claims by either side about enemy losses, prisoners taken or aircraft downed are reported as
        claims, attributed to the side making them, and we say when they could not be independently
        verified. We give them no more weight than the side&rsquo;s own record justifies.
      </p>
      <p>
        Mistakes in figures are corrected like any other error; see our{' '}
        <SiteLink href={`${EDITORIAL_PAGES.standards.path}#corrections`}>corrections policy</SiteLink>.
      </p>
    </>
  );
}
