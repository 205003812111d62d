import { css, html, isServer, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { buttonStyles } from '../styles/button.styles.ts';
import type { HydrationController } from './hydration-controller.ts';

/** Items in the first render: a screenful, so the first frame already looks complete. */
const FIRST_ITEMS = 8;
/**
 * Items a list shows before the reader asks for more. Every frame lays out all of a list's items
 * again (about 5 µs each in Chromium, far more for a closed `<details>`), so a list that grew to
 * 10,000 items would make each frame a long task; 200 keep frames short on slow devices too.
 */
const PAGE_ITEMS = 200;
/** Items per guarded block: an update renders again only the blocks whose items changed. */
const BLOCK_ITEMS = 24;
/**
 * Time a slice may take: its update's script, and the frame that lays it out (which also costs a
 * part that grows with the items shown, bounded by PAGE_ITEMS). A frame at 60 Hz, so that two lists
 * growing in the same frames on a machine running at half speed still stay under the 50 ms of a long task.
 */
const SCRIPT_BUDGET_MS = 10;
const FRAME_BUDGET_MS = 16;

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/**
 * Renders a long list so that it never blocks the page: the first items with the host's update, the
 * rest of the first page a slice after each painted frame (each slice sized so that its script and
 * its frame fit a small budget), and further pages when the reader asks for them with a "Show more"
 * button. Items only ever join at the end, so DOM, keyboard and screen-reader order is the list's
 * order throughout. The host's `getUpdateComplete()` should await `complete`.
 *
 * Items are rendered in blocks behind `guard`: when the host updates (an item opens, focus moves),
 * only the blocks whose items' dependencies changed are rendered again.
 */
export class IncrementalList implements ReactiveController {
  /** A server render has no frames to grow by: it renders the whole first page, for readers without the script. */
  private shown = isServer ? PAGE_ITEMS : FIRST_ITEMS;
  /** How many items the reader may see: a page, more pages on request, or up to a deep link. */
  private limit = PAGE_ITEMS;
  private total = 0;
  /** Items the next slice adds, sized from how long the last one took. */
  private step = FIRST_ITEMS;
  /** When the slice being rendered started, and how long its update took once it has run. */
  private slice?: { startedAt: number; scriptMs?: number };
  private growing?: Promise<void>;
  private afterUpdate?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & { hasUpdated: boolean },
    private readonly hydration: HydrationController,
  ) {
    host.addController(this);
  }

  /** Resolves once every item the reader may see is rendered. */
  get complete(): Promise<void> {
    return this.growing ?? Promise.resolve();
  }

  /** How many of the list's items the reader may see, rendered or about to be. */
  get revealed(): number {
    return Math.min(this.limit, this.total);
  }

  /**
   * The list's items as guarded blocks, as many as are rendered so far. `item` draws an item at its
   * index in `items`; `dependencies` gives what its template depends on besides `shared` (such as the
   * dataset and locale) and its place: the item and its state.
   */
  render<T>(
    items: readonly T[],
    item: (item: T, index: number) => unknown,
    dependencies: (item: T) => unknown[],
    shared: unknown[],
  ): unknown[] {
    this.total = items.length;
    const end = Math.min(this.shown, this.revealed);
    const blocks = [];
    for (let start = 0; start < end; start += BLOCK_ITEMS) {
      const block = items.slice(start, Math.min(start + BLOCK_ITEMS, end));
      blocks.push(guard([...shared, ...block.flatMap(dependencies)], () => block.map((entry, i) => item(entry, start + i))));
    }
    return blocks;
  }

  /**
   * The button that shows the next page, while items are left: "Show 200 more events", then "Show
   * the last 50 events", in the words `label` gives for a count and whether it is the last page; on paper,
   * `notPrinted`'s count of the items not drawn. `shown` gets the index of the first item it adds, for the
   * host to move focus there.
   */
  renderMore(
    label: (count: number, last: boolean) => string,
    notPrinted: (count: number) => string,
    shown: (first: number) => void,
  ): TemplateResult | typeof nothing {
    const left = this.total - this.revealed;
    if (left <= 0) return nothing;
    // On paper, where no button works: how many items the page holds beyond the printed ones.
    return html`<p class="print-only" part="print-note">${notPrinted(this.total - this.shown)}</p><button class="button more" part="more" type="button" @click=${() => shown(this.showThrough(this.limit + PAGE_ITEMS - 1))}>
      ${left > PAGE_ITEMS ? label(PAGE_ITEMS, false) : label(left, true)}
    </button>`;
  }

  /** Reveals every item up to `index`, rendered a slice at a time; returns the first item it adds. */
  showThrough(index: number): number {
    const first = this.revealed;
    if (index >= this.limit) {
      this.limit = index + 1;
      this.host.requestUpdate();
    }
    return first;
  }

  hostConnected(): void {
    // Pre-rendered (tip-widgets/ssr): the first update takes over the server's first page, so it must draw as many.
    if (!this.host.hasUpdated && this.hydration.adopting) this.shown = PAGE_ITEMS;
  }

  hostUpdated(): void {
    if (this.slice) this.slice.scriptMs ??= performance.now() - this.slice.startedAt;
    this.afterUpdate?.();
    if (this.shown < this.revealed) this.growing ??= this.grow();
  }

  private async grow(): Promise<void> {
    // Each run starts small: what fit before fits no longer once more items are shown.
    this.step = FIRST_ITEMS;
    this.slice = undefined;
    while (this.shown < this.revealed) {
      // After the next frame is painted: a rAF callback runs just before the frame's style, layout and
      // paint, a task it queues after them (and after any other task then queued, so it errs long).
      await nextFrame();
      const frameStart = performance.now();
      await nextTask();
      if (this.slice?.scriptMs !== undefined) {
        // Scaled towards the budgets, by at most half as much again or half as little: the times include
        // fixed costs, so the step settles where the whole slice fits, not only its items.
        const frameMs = performance.now() - frameStart;
        const ratio = Math.min(SCRIPT_BUDGET_MS / Math.max(this.slice.scriptMs, 0.5), FRAME_BUDGET_MS / Math.max(frameMs, 0.5));
        // Never under FIRST_ITEMS: where a frame's fixed cost alone passes the budget (a slow device, a
        // long list already shown), single items would take 200 frames, seconds, to show a page.
        this.step = Math.max(FIRST_ITEMS, Math.round(this.step * Math.min(1.5, Math.max(0.5, ratio))));
      }
      this.slice = { startedAt: performance.now() };
      this.shown = Math.min(this.shown + this.step, this.revealed);
      // Not the host's updateComplete: that waits for this whole loop.
      const updated = new Promise<void>((resolve) => (this.afterUpdate = resolve));
      this.host.requestUpdate();
      await updated;
    }
    this.growing = undefined;
  }
}

/** Where the "Show more" button sits, for the styles of a host that uses IncrementalList (its look is the shared button's). */
export const incrementalListStyles = [
  buttonStyles,
  css`
    .more {
      display: block;
      margin: var(--_space-3) auto 0;
    }
  `,
];
