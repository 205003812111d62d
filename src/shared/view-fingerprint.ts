/**
 * A short hash of what a widget draws (its view, locale and problem): the server writes it into a
 * pre-rendered shadow root, and the browser compares it before taking that DOM over (FNV-1a, 32 bits).
 */
export function viewFingerprint(drawn: unknown): string {
  const text = JSON.stringify(drawn) ?? '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The comment that carries it, first in a pre-rendered shadow root. */
export const FINGERPRINT_PREFIX = 'tip-view:';
