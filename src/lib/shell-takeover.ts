import { markImageFailed } from './use-remote-image';

/**
 * A page opened at its own address starts as a static entry point (`#shell`,
 * written by the site step, src/cli/site) drawn over the app, which renders
 * hidden beneath it (styles: `#shell ~ #root`) in the same layout. The shell
 * goes when the app has drawn a page heading of its own, so the reader sees
 * one page become the other, not a blank or a skeleton in between; or after
 * `timeoutMs`, so a slow or failing load still shows the app's own loading
 * and error states.
 */
export function takeOverShell(root: HTMLElement, timeoutMs = 4000): void {
  const shell = document.getElementById('shell');
  if (!shell) return;
  settleShellImages(shell);
  const done = () => {
    observer.disconnect();
    clearTimeout(timer);
    shell.remove();
  };
  const observer = new MutationObserver(() => {
    if (root.querySelector('main h1:not([data-loading])')) done();
  });
  observer.observe(root, { childList: true, subtree: true });
  const timer = setTimeout(done, timeoutMs);
}

/**
 * The shell asks for the page's pictures before the app has loaded. One that
 * fails there goes as the app's would (use-remote-image.ts: a failed picture
 * leaves no box), and the app, told so, never draws it: the page the app
 * takes over has the same layout as the one the reader has been looking at.
 */
function settleShellImages(shell: HTMLElement): void {
  for (const img of shell.querySelectorAll('img')) {
    const failed = () => {
      markImageFailed(img.getAttribute('src') ?? undefined);
      (img.closest('.hero') ?? img).remove();
    };
    // Settled already: decoding fails only for a picture that did not load (an SVG without a size has no width yet loaded fine).
    if (img.complete) img.decode().catch(failed);
    else img.addEventListener('error', failed, { once: true });
  }
}
