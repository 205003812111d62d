import { css } from 'lit';

/**
 * The one token set all widgets share. Every public `--tip-*` property falls back to a default
 * that meets 4.5:1 contrast in both schemes; `light-dark()` follows the element's `theme`.
 */
export const tokenStyles = css`
  /* The host's box, container and colour scheme (theme) are host-guard.styles.ts's, which no page rule overrides. */
  :host {
    --_color-text: var(--tip-color-text, light-dark(#1b1f24, #eef1f4));
    --_color-muted: var(--tip-color-muted, light-dark(#4b5563, #b8c0cc));
    --_color-surface: var(--tip-color-surface, light-dark(#ffffff, #15191e));
    --_color-surface-alt: var(--tip-color-surface-alt, light-dark(#f4f5f7, #1f252c));
    --_color-border: var(--tip-color-border, light-dark(#8b95a1, #66707c));
    --_color-accent: var(--tip-color-accent, light-dark(#9b1c3f, #ff9eb5));
    --_color-focus: var(--tip-color-focus, light-dark(#0b57d0, #8ab4f8));
    --_color-error: var(--tip-color-error, light-dark(#a1120b, #ffb4a9));
    --_space-1: var(--tip-space-1, 0.25rem);
    --_space-2: var(--tip-space-2, 0.5rem);
    --_space-3: var(--tip-space-3, 1rem);
    --_space-4: var(--tip-space-4, 1.5rem);
    --_radius: var(--tip-radius, 0.5rem);
    --_border-width: var(--tip-border-width, 1px);
    --_font-family: var(--tip-font-family, inherit);
    --_font-size-small: var(--tip-font-size-small, 0.875em);
    --_font-size-base: var(--tip-font-size-base, 1em);
    --_font-size-large: var(--tip-font-size-large, 1.25em);
    --_font-size-display: var(--tip-font-size-display, 2.5em);
    --_line-height: var(--tip-line-height, 1.5);
  }
  /* Above any class's display, yet not !important: a pre-rendered page's noscript rules show hidden
     panels and details through ::part() with JavaScript off (src/ssr/without-script.ts). */
  :host [hidden] {
    display: none;
  }
  /* The widget's own root: its colours and type never depend on what the host page sets on us. */
  .root {
    box-sizing: border-box;
    color: var(--_color-text);
    background: var(--_color-surface);
    font-family: var(--_font-family);
    font-size: var(--_font-size-base);
    line-height: var(--_line-height);
    text-align: start;
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: inherit;
  }
  /* Figures and dates keep their own order inside text of the other direction, as <bdi> would; a date never wraps. */
  .root time,
  .root data,
  .root .value {
    unicode-bidi: isolate;
  }
  .root time {
    white-space: nowrap;
  }
  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .root {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
