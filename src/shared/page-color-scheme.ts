/**
 * What a page's own colour scheme says for a widget on `theme="auto"`: `dark` or `light` where the page
 * chose one around it (a site's dark-mode switch setting `color-scheme: dark` on its root), nothing where
 * it leaves the choice to the reader (`normal`, `light dark`), whose `prefers-color-scheme` then decides.
 */
export function pageScheme(host: Element): 'light' | 'dark' | undefined {
  const around = host.parentElement ?? (host.getRootNode() as ShadowRoot).host ?? document.documentElement;
  const schemes = getComputedStyle(around).colorScheme.split(/\s+/).filter((s) => s === 'light' || s === 'dark');
  return schemes.length === 1 ? (schemes[0] as 'light' | 'dark') : undefined;
}

const watchers = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Calls `changed` whenever the page may have switched its scheme: an attribute of its root or body changes
 * (a class, a `data-theme`, a style), or the reader's preference does (a page's own media query may follow
 * it). One observer for all widgets; returns the function that stops watching.
 */
export function watchPageScheme(changed: () => void): () => void {
  if (!observer) {
    const notify = () => watchers.forEach((watcher) => watcher());
    observer = new MutationObserver(notify);
    for (const element of [document.documentElement, document.body]) if (element) observer.observe(element, { attributes: true });
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', notify);
  }
  watchers.add(changed);
  return () => watchers.delete(changed);
}
