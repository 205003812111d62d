import type { ReactiveController, ReactiveElement } from 'lit';
import { hydratesPrerendered } from '../hydrate-support.ts';
import { FINGERPRINT_PREFIX } from '../view-fingerprint.ts';

/** What a server drew in a render root: anything but the styles, which a fresh root may have too. */
const drawnIn = (root: HTMLElement | DocumentFragment) =>
  [...root.childNodes].filter((node) => !(node instanceof HTMLStyleElement || node instanceof HTMLLinkElement));

/** The fingerprint a server render wrote first in a shadow root (src/ssr/), if there is one. */
function fingerprintOf(root: HTMLElement | DocumentFragment): string | undefined {
  const comment = [...root.childNodes].find((node) => node.nodeType === Node.COMMENT_NODE && node.nodeValue!.startsWith(FINGERPRINT_PREFIX));
  return comment?.nodeValue!.slice(FINGERPRINT_PREFIX.length);
}

/**
 * A host that arrived with its shadow root drawn by a server (tip-widgets/ssr): its first update takes that DOM
 * over (Lit's hydration) where the page has Lit's hydration support and the server drew what the browser would,
 * and draws afresh otherwise. The one place that touches Lit's internals.
 */
export class HydrationController implements ReactiveController {
  /** True while the host takes over (and then keeps) the DOM a server drew; false once that DOM is discarded. */
  prerendered = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.hasUpdated || !drawnIn(this.host.renderRoot).length) return;
    // Without Lit's hydration support on the page, Lit would render beside the server's DOM: it goes first.
    if (hydratesPrerendered) this.prerendered = true;
    else this.discard();
  }

  /** Before the first update: keeps the server's DOM only if it drew what this update draws, by its `fingerprint`. */
  check(fingerprint: () => string): void {
    if (this.prerendered && !this.host.hasUpdated && fingerprintOf(this.host.renderRoot) !== fingerprint()) this.discard();
  }

  /**
   * Drops a pre-rendered DOM drawn from other attributes or data than the page has now (a stale build, another
   * dataset), or one Lit will not take over, keeping its styles: Lit then renders afresh instead.
   */
  private discard(): void {
    for (const node of drawnIn(this.host.renderRoot)) node.remove();
    this.prerendered = false;
    // Lit's hydration support marks an element whose render root it found filled, under this name in its
    // development build and this one in production; a root emptied here is rendered, not hydrated. Lit has no
    // API for it: test/prerendered.test.ts ("end right") fails if a new version renames the flag.
    const flags = this.host as unknown as Record<string, unknown>;
    for (const flag of ['_$needsHydration', '_$AG']) if (flag in flags) flags[flag] = false;
  }
}
