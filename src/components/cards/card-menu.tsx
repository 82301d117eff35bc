import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { Card } from '../../shared/index-schema';
import { listKey } from '../../shared/constants';
import { isRead } from '../../lib/reader-state/rules';
import { useReaderState, useReaderStore } from '../../lib/reader-state/hooks';
import { stickyHeaderBottom } from '../layout/sticky-header';

type Choice = { key: string; name: string; kind: 'source' | 'topic' };

/**
 * The rest of what can be done with a card, behind one button so the card
 * stays a card: read or unread, and follow or mute its source and topics.
 * A disclosure, not an ARIA menu: plain buttons in tab order, Escape and a
 * click elsewhere close it.
 */
export function CardMenu({ card }: { card: Card }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [below, setBelow] = useState(false);
  const store = useReaderStore();
  const read = useReaderState((state) => isRead(state, card));
  const follows = useReaderState((state) => state.follows);
  const mutes = useReaderState((state) => state.mutes);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  // The panel opens above its button, off the cards below; a card near the
  // top of the window has no room there (the sticky header would cover the
  // panel's first choices), so it opens below, where there is more room.
  // Measured before the open panel is painted, so it never shows on the wrong side.
  useLayoutEffect(() => {
    const toggle = toggleRef.current;
    const panel = panelRef.current;
    if (!open || !toggle || !panel) return;
    const button = toggle.getBoundingClientRect();
    const above = button.top - stickyHeaderBottom();
    const underneath = window.innerHeight - button.bottom;
    setBelow(panel.offsetHeight + 8 > above && underneath > above);
  }, [open]);

  const choices: Choice[] = [
    { key: listKey.source(card.provider.domain), name: card.provider.name, kind: 'source' },
    ...card.topics.map((t) => ({ key: listKey.topic(t.slug), name: t.name, kind: 'topic' as const })),
  ];
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const act = (action: () => void) => () => {
    action();
    close();
  };

  return (
    <div
      className="card-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        className="card-action"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={`More for “${card.title}”`}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {/* Drawn only when open: a list draws many cards at once, and a closed panel's buttons were a third of each card's markup. */}
      {open && (
        <div ref={panelRef} id={panelId} className={below ? 'card-menu__panel card-menu__panel--below' : 'card-menu__panel'}>
          <ul>
            <li>
              <button type="button" onClick={act(() => store.setRead(card.id, !read))}>
                {read ? 'Mark as unread' : 'Mark as read'}
              </button>
            </li>
            {choices.map((choice) => (
              <li key={choice.key} className="card-menu__pair">
                <button type="button" onClick={act(() => store.setFollowed(choice.key, choice.name, !follows[choice.key]))}>
                  {follows[choice.key] ? 'Unfollow' : 'Follow'} {choice.kind} {choice.name}
                </button>
                <button type="button" onClick={act(() => store.setMuted(choice.key, choice.name, !mutes[choice.key]))}>
                  {mutes[choice.key] ? 'Unmute' : 'Mute'} {choice.kind} {choice.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
