import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { prefersReducedMotion } from '../interaction/reduced-motion.ts';

/**
 * Where a sideways-scrolling track is: whether it has more before or after what shows. Its host draws that as a
 * visible edge and buttons, since overlay scrollbars (macOS, iOS, Android) show nothing until touched; a mouse
 * reader then sees that the track goes on and can move it. Right to left, the track starts at its right end.
 */
export class ScrollEdges implements ReactiveController {
  /** More of the track before (towards its start) and after (towards its end) what shows. */
  before = false;
  after = false;

  private track?: HTMLElement;
  private settle?: ReturnType<typeof setTimeout>;
  private readonly resizes = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => this.measure());

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly trackOf: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const track = this.trackOf() ?? undefined;
    if (track !== this.track) {
      this.track?.removeEventListener('scroll', this.onScroll);
      this.track?.removeEventListener('scrollend', this.measure);
      if (this.track) this.resizes?.unobserve(this.track);
      this.track = track;
      track?.addEventListener('scroll', this.onScroll, { passive: true });
      track?.addEventListener('scrollend', this.measure);
      if (track) this.resizes?.observe(track);
    }
    // After layout, and outside the update: what was added may have made the track longer.
    if (track) requestAnimationFrame(this.measure);
  }

  hostDisconnected(): void {
    clearTimeout(this.settle);
    this.track?.removeEventListener('scroll', this.onScroll);
    this.track?.removeEventListener('scrollend', this.measure);
    this.resizes?.disconnect();
    this.track = undefined;
  }

  /** Moves the track by most of its width, towards its end (`1`) or its start (`-1`), in its reading direction. */
  page(towards: 1 | -1): void {
    const track = this.track;
    if (!track) return;
    const rtl = getComputedStyle(track).direction === 'rtl';
    track.scrollBy({ left: towards * (rtl ? -1 : 1) * track.clientWidth * 0.8, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }

  /**
   * Measured once the track comes to rest (`scrollend`, or 150 ms without a scroll where that event is missing), never
   * while it moves: a redraw during a smooth scroll makes Firefox snap the track back to where it started.
   */
  private onScroll = (): void => {
    clearTimeout(this.settle);
    this.settle = setTimeout(this.measure, 150);
  };

  private measure = (): void => {
    clearTimeout(this.settle);
    const track = this.track;
    // Right to left, scrollLeft runs from 0 at the start to negative values: its size is the distance either way.
    const scrolled = track ? Math.abs(track.scrollLeft) : 0;
    const before = scrolled > 1;
    const after = track ? scrolled + track.clientWidth < track.scrollWidth - 1 : false;
    if (before === this.before && after === this.after) return;
    this.before = before;
    this.after = after;
    this.host.requestUpdate();
  };
}
