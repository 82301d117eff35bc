import type { FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { hrefParams, type SearchState } from '../search-params';

/** The page's own box, holding the terms of the address; a new search keeps its filters and sort. */
export function SearchForm({ state }: { state: SearchState }) {
  const navigate = useNavigate();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    void navigate(paths.search.getHref({ ...hrefParams(state), q: typeof q === 'string' ? q : '' }));
  };
  return (
    <form className="search-form" onSubmit={submit}>
      <input
        key={state.q}
        type="search"
        name="q"
        className="search-form__input"
        aria-label="Search terms"
        defaultValue={state.q}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit" className="button button--primary">
        Search
      </button>
    </form>
  );
}
