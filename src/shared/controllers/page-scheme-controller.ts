import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { pageWatch } from './page-watch.ts';

type Scheme = 'light' | 'dark';

/**
 * What a page's own colour scheme says for a widget on `theme="auto"`: `dark` or `light` where the page
 * chose one around it (a site's dark-mode switch setting `color-scheme: dark` on its root), nothing where
 * it leaves the choice to the reader (`normal`, `light dark`), whose `prefers-color-scheme` then decides.
 */
function pageScheme(host: Element): Scheme | undefined {
  const around = host.parentElement ?? (host.getRootNode() as ShadowRoot).host ?? document.documentElement;
  const schemes = getComputedStyle(around).colorScheme.split(/\s+/).filter((s) => s === 'light' || s === 'dark');
  return schemes.length === 1 ? (schemes[0] as Scheme) : undefined;
}

/**
 * Calls a widget back whenever the page may have switched its scheme: an attribute of its root or body changes
 * (a class, a `data-theme`, a style), or the reader's preference does (a page's own media query may follow it).
 */
const watchPageScheme = pageWatch((notify) => {
  const observer = new MutationObserver(notify);
  for (const element of [document.documentElement, document.body]) if (element) observer.observe(element, { attributes: true });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', notify);
});

/**
 * Shows where the page's own scheme applies as the host's custom states `page-light` and `page-dark`
 * (styles/host-guard.styles.ts), kept in step as the page switches. None in a browser without `:state()`.
 */
export class PageSchemeController implements ReactiveController {
  private readonly states?: CustomStateSet;
  private stopWatching?: () => void;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
    // Chromium 90 to 124 have `states` but throw on a name without `--`: support is asked of CSS.
    if (!isServer && CSS.supports?.('selector(:state(page-dark))')) this.states = host.attachInternals().states;
  }

  hostConnected(): void {
    if (!this.states) return;
    this.follow();
    this.stopWatching = watchPageScheme(this.follow);
  }

  hostDisconnected(): void {
    this.stopWatching?.();
  }

  private follow = (): void => {
    const scheme = pageScheme(this.host);
    for (const name of ['page-light', 'page-dark']) {
      if (name === `page-${scheme}`) this.states!.add(name);
      else this.states!.delete(name);
    }
  };
}
