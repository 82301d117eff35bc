import { useEffect, useId, useMemo, useRef } from 'react';
import { Link } from 'react-router-dom';
import { useReaderState } from '../../../lib/reader-state/hooks';
import { choiceItems, type ChoiceItem } from '../list-choices';

/** The last change made on the settings page, which its Undo reverses. */
export type Undoable = { collection: 'mutes' | 'follows'; item: ChoiceItem };

type ChoiceSectionProps = {
  collection: Undoable['collection'];
  title: string;
  intro: string;
  empty: string;
  /** The button on each row ("Unmute") and what the status line says once it is pressed ("Unmuted"). */
  verb: string;
  done: string;
  last: Undoable | null;
  onChange: (last: Undoable | null) => void;
  /** Turns the choice on (Undo) or off (the row's button). */
  apply: (item: ChoiceItem, on: boolean) => void;
};

const UNDO = Symbol('undo');
const kindWord = (item: ChoiceItem) => (item.kind === 'list' ? '' : `${item.kind} `);

/**
 * The muted or the followed lists, each with a button that undoes the choice
 * at once. Undo stays until the next change rather than timing out, so no
 * one is too slow for it; focus goes to it, since the row that had focus is
 * gone, and back to the row when it is pressed.
 */
export function ChoiceSection({ collection, title, intro, empty, verb, done, last, onChange, apply }: ChoiceSectionProps) {
  const ready = useReaderState((state) => state.ready);
  const choices = useReaderState((state) => state[collection]);
  const items = useMemo(() => choiceItems(choices), [choices]);
  const headingId = useId();
  const undoButton = useRef<HTMLButtonElement>(null);
  const rowButtons = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef<string | typeof UNDO | null>(null);
  const mine = last?.collection === collection ? last : null;

  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    (target === UNDO ? undoButton.current : rowButtons.current.get(target))?.focus();
  });

  const remove = (item: ChoiceItem) => {
    apply(item, false);
    pendingFocus.current = UNDO;
    onChange({ collection, item });
  };
  const undo = () => {
    if (!mine) return;
    apply(mine.item, true);
    pendingFocus.current = mine.item.key;
    onChange(null);
  };

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {!ready ? (
        <p className="muted">Loading…</p>
      ) : items.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <>
          <p className="settings-section__intro">{intro}</p>
          <ul className="choice-list">
            {items.map((item) => (
              <li key={item.key} className="choice-list__item">
                <span className="choice-list__name">
                  {item.href ? <Link to={item.href}>{item.name}</Link> : item.name}
                  {item.kind !== 'list' && <span className="choice-list__kind">{item.kind === 'topic' ? 'Topic' : 'Source'}</span>}
                </span>
                <button
                  ref={(element) => {
                    if (element) rowButtons.current.set(item.key, element);
                    else rowButtons.current.delete(item.key);
                  }}
                  type="button"
                  className="button button--small"
                  aria-label={`${verb} ${kindWord(item)}${item.name}`}
                  onClick={() => remove(item)}
                >
                  {verb}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="undo-line">
        <p role="status" className="undo-line__text">
          {mine ? `${done} ${kindWord(mine.item)}${mine.item.name}.` : ''}
        </p>
        {mine && (
          <button ref={undoButton} type="button" className="button button--small" onClick={undo}>
            Undo
          </button>
        )}
      </div>
    </section>
  );
}
