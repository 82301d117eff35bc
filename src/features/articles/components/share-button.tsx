import { useEffect, useRef, useState } from 'react';
import { useHref } from 'react-router-dom';
import type { Article } from '../../../shared/index-schema';
import { paths } from '../../../config/paths';
import { copyText } from '../copy-text';

/** How long "Link copied" stays on screen; the live region has announced it by then. */
const CONFIRMATION_MS = 4000;

const hasWebShare = () => typeof navigator !== 'undefined' && typeof navigator.share === 'function';
/** By name, not class: a DOMException is not an Error in every realm. */
const isAbort = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';

/**
 * Shares this article's address in Heatline (not the outlet's: the reader
 * shared what they read here): the system's share sheet where the browser has
 * one, else "Copy link", confirmed in a polite live region. Closing the share
 * sheet is not an error and says nothing.
 */
export function ShareButton({ article }: { article: Article }) {
  const href = useHref(paths.article.getHref(article.slug));
  const [message, setMessage] = useState('');
  const [manual, setManual] = useState<string | null>(null);
  const canShare = hasWebShare();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const manualField = useRef<HTMLInputElement>(null);
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    manualField.current?.select();
  }, [manual]);

  const say = (text: string) => {
    setMessage(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(''), CONFIRMATION_MS);
  };

  const copy = async (url: string) => {
    if (await copyText(url)) {
      setManual(null);
      say('Link copied');
    } else {
      // Nothing could write to the clipboard: the address, selected, for the reader to copy.
      setManual(url);
      say('Copy the selected link');
    }
  };

  const share = async () => {
    // Emptied first, so a second copy is announced again.
    setMessage('');
    const url = new URL(href, window.location.origin).href;
    if (!canShare) return copy(url);
    try {
      await navigator.share({ title: article.title, url });
    } catch (error) {
      if (isAbort(error)) return;
      await copy(url);
    }
  };

  return (
    <span className="share">
      <button type="button" className="button" onClick={() => void share()}>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" className="share__icon">
          <path d="M12 15V3M7.5 7.5 12 3l4.5 4.5M5 12v7.5h14V12" />
        </svg>
        {canShare ? 'Share' : 'Copy link'}
      </button>
      {manual && (
        <input
          ref={manualField}
          className="share__field"
          readOnly
          value={manual}
          aria-label="Link to this article"
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
      <span role="status" className="share__status">
        {message}
      </span>
    </span>
  );
}
