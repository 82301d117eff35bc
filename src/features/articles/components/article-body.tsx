import { useEffect, useRef } from 'react';

/** An image that failed, or that already failed before we started listening. */
const isBroken = (img: HTMLImageElement) => img.complete && img.naturalWidth === 0 && !!img.getAttribute('src');

/**
 * Body images live on other hosts and may be unreachable: a broken one would
 * show the browser's broken-image icon and its alt text, so it is hidden
 * together with its figure (and caption).
 */
function hideBroken(img: HTMLImageElement) {
  (img.closest('figure') ?? img).setAttribute('hidden', '');
}

/** The only raw HTML in the app: the body, sanitised by the index CLI at build time. */
export function ArticleBody({ html }: { html: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const body = ref.current;
    if (!body) return;
    for (const img of body.querySelectorAll('img')) if (isBroken(img)) hideBroken(img);
    // `error` does not bubble: listen in the capture phase.
    const onError = (event: Event) => {
      if (event.target instanceof HTMLImageElement) hideBroken(event.target);
    };
    body.addEventListener('error', onError, true);
    return () => body.removeEventListener('error', onError, true);
  }, [html]);
  return <div ref={ref} className="article__body" dangerouslySetInnerHTML={{ __html: html }} />;
}
