import { lazy, Suspense, useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../../config/paths';

export type LiveKeys = (event: KeyboardEvent<HTMLInputElement>) => boolean;

/** Results as you type, and the engine, load on the first focus: a page nobody searches from never fetches them. */
const LiveSearch = lazy(() => import('./live-search'));

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** The header's search box, on every page; `/` focuses it from anywhere but a text field. */
export function SearchBox() {
  const [term, setTerm] = useState('');
  const [engaged, setEngaged] = useState(false);
  const [open, setOpen] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const keys = useRef<LiveKeys>(null);
  const id = useId();
  const navigate = useNavigate();

  const focusBox = () => {
    flushSync(() => setExpanded(true));
    input.current?.focus();
  };
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      event.preventDefault();
      focusBox();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const done = () => {
    setTerm('');
    setOpen(false);
    setExpanded(false);
    input.current?.blur();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(paths.search.getHref({ q: term }));
    done();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (open && term) setOpen(false);
      else done();
    } else if (keys.current?.(event)) {
      event.preventDefault();
    } else if (event.key === 'ArrowDown') {
      setOpen(true);
    }
  };

  return (
    <div
      className={expanded ? 'header-search header-search--open' : 'header-search'}
      onBlur={(event) => {
        if (event.currentTarget.contains(event.relatedTarget)) return;
        setOpen(false);
        if (!term) setExpanded(false);
      }}
    >
      <button type="button" className="header-search__toggle" aria-label="Search" aria-expanded={expanded} onClick={focusBox}>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <circle cx="10.5" cy="10.5" r="6.5" />
          <path d="m15.5 15.5 5 5" />
        </svg>
      </button>
      <form role="search" className="header-search__form" onSubmit={submit}>
        <input
          ref={input}
          type="search"
          className="header-search__input"
          aria-label="Search"
          placeholder="Search"
          autoComplete="off"
          enterKeyHint="search"
          aria-autocomplete="list"
          aria-controls={`${id}-live`}
          aria-activedescendant={open ? active : undefined}
          value={term}
          onChange={(event) => {
            setTerm(event.target.value);
            setOpen(true);
          }}
          onFocus={() => {
            setEngaged(true);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
        />
        <kbd className="header-search__key" aria-hidden="true">
          /
        </kbd>
        <div id={`${id}-live`} className="live-search">
          {engaged && (
            <Suspense>
              <LiveSearch id={`${id}-live`} term={term} open={open} keys={keys} onActive={setActive} onDone={done} />
            </Suspense>
          )}
        </div>
      </form>
    </div>
  );
}
