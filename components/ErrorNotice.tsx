/**
 * What a reader sees when a page fails: plain words and links that work
 * without JavaScript. Never the error's message, stack or file paths
 * (they help attackers, not readers); the digest lets an operator find
 * the logged error.
 */
export function ErrorNotice({ digest }: { digest?: string }) {
  return (
    <section className="not-found" aria-labelledby="error-heading">
      <h1 id="error-heading">Something went wrong on our side</h1>
      <p>
        This page could not be shown just now. Please try again in a moment; if it keeps happening,
        everything we have published is also listed in our coverage index.
      </p>
      <ul>
        <li>
          <a href="/libya">Browse all Libya coverage, newest first</a>
        </li>
        <li>
          <a href="/">Go to the front page</a>
        </li>
      </ul>
      {digest && /^[\w-]{1,64}$/.test(digest) ? <p className="error-reference">Error reference: {digest}</p> : null}
    </section>
  );
}
