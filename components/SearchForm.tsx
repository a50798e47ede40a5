type Props = {
  query?: string;
  /** Unique per page: the form is a landmark, and each landmark needs its own name. */
  id: string;
  name: string;
};

/** A plain GET form: search works without JavaScript. */
export function SearchForm({ query = '', id, name }: Props) {
  return (
    <form className="search-form" role="search" aria-label={name} action="/search" method="get">
      <label htmlFor={id}>Search coverage</label>
      <input id={id} type="search" name="q" defaultValue={query} maxLength={200} autoComplete="off" />
      <button type="submit">Search</button>
    </form>
  );
}
