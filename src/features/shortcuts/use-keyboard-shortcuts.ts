import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../config/paths';
import { trailLinkSelector } from '../../components/cards/list-trail';
import { cardOfElement } from '../../lib/reader-state/card-registry';
import { useReaderStore } from '../../lib/reader-state/hooks';
import { focusedCard, keepCardFocus, moveCard, rememberFocus, titleLink } from './card-focus';
import { createSequencer, ignoresKey, type ShortcutAction } from './keymap';
import { openOriginal } from './open-original';

/**
 * On a page without cards (an article opened from a list), `j`/`k` follow
 * the page's Previous or Next link: the list's previous or next article,
 * with the list carried on.
 */
function followTrail(rel: 'next' | 'prev'): boolean {
  const link = document.querySelector<HTMLAnchorElement>(`main ${trailLinkSelector(rel)}`);
  link?.click();
  return !!link;
}

const hasCards = () => document.querySelector('main article.card') !== null;

/**
 * The reader's keyboard shortcuts (keymap.ts), on every page: one listener
 * on the document, installed once by the app's root. `/` is the search
 * box's own; `?` calls `onHelp`.
 */
export function useKeyboardShortcuts(onHelp: () => void) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const store = useReaderStore();
  const latest = useRef({ navigate, queryClient, store, onHelp });
  useEffect(() => {
    latest.current = { navigate, queryClient, store, onHelp };
  });

  useEffect(() => {
    const sequencer = createSequencer();
    const run = (action: ShortcutAction): boolean => {
      const { navigate: go, queryClient: client, store: reader, onHelp: help } = latest.current;
      const element = focusedCard();
      const card = cardOfElement(element);
      switch (action) {
        case 'next':
        case 'previous':
          if (!hasCards()) return followTrail(action === 'next' ? 'next' : 'prev');
          void moveCard(action === 'next' ? 1 : -1);
          return true;
        case 'open': {
          const link = element && titleLink(element);
          link?.click();
          return !!link;
        }
        case 'openOriginal':
          if (card) openOriginal(client, card);
          return !!card;
        case 'toggleSaved':
          if (card) reader.toggleSaved(card);
          return !!card;
        case 'toggleRead':
          if (card) reader.toggleRead(card);
          return !!card;
        case 'goFeed':
          void go(paths.feed.getHref());
          return true;
        case 'goTopics':
          void go(paths.topics.getHref());
          return true;
        case 'goSaved':
          void go(paths.saved.getHref());
          return true;
        case 'help':
          help();
          return true;
        case 'search':
          // The search box listens for `/` itself.
          return false;
      }
    };
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const ignored = ignoresKey({
        key: event.key,
        ctrlKey: event.ctrlKey,
        altKey: event.altKey,
        metaKey: event.metaKey,
        isComposing: event.isComposing,
        target,
        dialogOpen: document.querySelector('dialog[open]') !== null,
      });
      if (event.defaultPrevented || ignored) {
        sequencer.reset();
        return;
      }
      const step = sequencer.press(event.key, event.timeStamp);
      if (step && 'action' in step && run(step.action)) event.preventDefault();
    };
    const onFocus = (event: FocusEvent) => rememberFocus(event.target);
    document.addEventListener('keydown', onKey);
    document.addEventListener('focusin', onFocus);
    const stopKeeping = keepCardFocus();
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', onFocus);
      stopKeeping();
    };
  }, []);
}
