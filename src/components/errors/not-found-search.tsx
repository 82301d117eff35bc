import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../config/paths';

/** A search from the Not found page itself: what the reader came for may be in the index under another address. */
export function NotFoundSearch() {
  const [term, setTerm] = useState('');
  const navigate = useNavigate();
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(paths.search.getHref({ q: term }));
  };
  return (
    <form role="search" aria-label="Search the index" className="search-form status-page__search" onSubmit={submit}>
      <label htmlFor={id}>Search the index</label>
      <div className="status-page__search-row">
        <input
          id={id}
          type="search"
          name="q"
          className="search-form__input"
          autoComplete="off"
          enterKeyHint="search"
          value={term}
          onChange={(event) => setTerm(event.target.value)}
        />
        <button type="submit" className="button">
          Search
        </button>
      </div>
    </form>
  );
}
