import { css } from 'lit';

/**
 * On paper: black on white whatever the theme or brand (legible in black and white), no control that needs a
 * hand (buttons, the tablist, copy fallbacks, "Show more"), and everything the controls would disclose shown.
 * PrintController opens every disclosure, and each widget draws every panel and event, while `printing`; an element moves its own
 * layout for print (the timeline's track becomes a list) in its own styles.
 */
export const printStyles = css`
  .print-only {
    display: none;
  }
  @media print {
    :host {
      --_color-text: #000 !important;
      --_color-muted: #000 !important;
      --_color-accent: #000 !important;
      --_color-border: #000 !important;
      --_color-error: #000 !important;
      --_color-surface: #fff !important;
      --_color-surface-alt: #fff !important;
      break-inside: auto;
    }
    button,
    [role='tablist'],
    .data-actions,
    .copy-fallback,
    .copy-status {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .disclosure > summary::before {
      content: none;
    }
    blockquote,
    li {
      break-inside: avoid;
    }
    a {
      text-decoration: none;
    }
  }
`;
