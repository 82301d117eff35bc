/**
 * A page opened at its own address starts as a static entry point (`#shell`,
 * written by the site step, src/cli/site) drawn over the app, which renders
 * hidden beneath it (styles: `.shell ~ #root`). The shell goes when the app
 * has drawn a page heading of its own, so the reader sees one page become
 * the other, not a blank or a skeleton in between; or after `timeoutMs`, so
 * a slow or failing load still shows the app's own loading and error states.
 */
export function takeOverShell(root: HTMLElement, timeoutMs = 4000): void {
  const shell = document.getElementById('shell');
  if (!shell) return;
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
