import type { ReactiveElement } from 'lit';
import { hydratesPrerendered } from '../hydrate-support.ts';
import { FINGERPRINT_PREFIX } from '../view-fingerprint.ts';

/** The fingerprint a server render wrote first in a shadow root (src/ssr/), if there is one. */
function fingerprintOf(root: ShadowRoot): string | undefined {
  const comment = [...root.childNodes].find((node) => node.nodeType === Node.COMMENT_NODE && node.nodeValue!.startsWith(FINGERPRINT_PREFIX));
  return comment?.nodeValue!.slice(FINGERPRINT_PREFIX.length);
}

/**
 * A host that arrived with its shadow root drawn by a server (tip-widgets/ssr): its first update takes that DOM
 * over (Lit's hydration) where the page has Lit's hydration support and the server drew what the browser would,
 * and draws afresh otherwise. The one place that touches Lit's internals. Its host calls it at the two moments
 * Lit's controller hooks do not reach: before Lit connects the host, and in its first `willUpdate`.
 */
export class HydrationController {
  /** Whether the host arrived with a shadow root a server drew, which the reader saw before any script ran. */
  serverDrawn = false;
  /** Whether the host takes that DOM over, rather than drawing afresh: from its arrival until it is discarded. */
  adopting = false;

  constructor(private readonly host: ReactiveElement) {}

  /**
   * Called by the host before Lit connects it (and makes its render root): without Lit's hydration support on
   * the page, Lit would render beside the server's DOM, which then goes first.
   */
  beforeConnect(): void {
    if (this.host.hasUpdated || !this.host.shadowRoot) return;
    this.serverDrawn = true;
    if (hydratesPrerendered) this.adopting = true;
    else this.discard();
  }

  /** Before the first update: keeps the server's DOM only if it drew what this update draws, by its `fingerprint`. */
  check(fingerprint: () => string): void {
    if (this.adopting && !this.host.hasUpdated && fingerprintOf(this.host.shadowRoot!) !== fingerprint()) this.discard();
  }

  /**
   * Drops a pre-rendered DOM drawn from other attributes or data than the page has now (a stale build, another
   * dataset), or one Lit will not take over, keeping its styles: Lit then renders afresh instead.
   */
  private discard(): void {
    const root = this.host.shadowRoot!;
    for (const node of [...root.childNodes]) if (!(node instanceof HTMLStyleElement || node instanceof HTMLLinkElement)) node.remove();
    this.adopting = false;
    // Lit's hydration support marks an element whose render root it found filled, under this name in its
    // development build and this one in production; a root emptied here is rendered, not hydrated. Lit has no
    // API for it: test/prerendered.test.ts ("end right") fails if a new version renames the flag.
    const flags = this.host as unknown as Record<string, unknown>;
    for (const flag of ['_$needsHydration', '_$AG']) if (flag in flags) flags[flag] = false;
  }
}
