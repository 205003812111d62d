export type Orientation = 'horizontal' | 'vertical';

const KEYS: Record<Orientation, { previous: string; next: string }> = {
  horizontal: { previous: 'ArrowLeft', next: 'ArrowRight' },
  vertical: { previous: 'ArrowUp', next: 'ArrowDown' },
};

/**
 * The roving-tabindex step shared by tab lists and the timeline track: the index a key moves to
 * (arrows wrap, Home and End jump), or `undefined` for keys it leaves alone. In right-to-left
 * text the horizontal arrows swap, as the WAI-ARIA practices ask.
 */
export function rovingIndex(key: string, current: number, count: number, orientation: Orientation, rtl = false): number | undefined {
  if (count === 0) return undefined;
  let { previous, next } = KEYS[orientation];
  if (rtl && orientation === 'horizontal') [previous, next] = [next, previous];
  switch (key) {
    case previous:
      return (current - 1 + count) % count;
    case next:
      return (current + 1) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
