import { css } from 'lit';

/**
 * The placeholder a widget shows while its `<tip-dataset>` loads: a quiet surface that holds the
 * widget's place, so the page does not jump when the data arrives. It pulses, except under reduced
 * motion (the token styles stop every animation there).
 */
export const loadingStyles = css`
  .placeholder {
    min-block-size: var(--tip-placeholder-min-height, 12rem);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
    animation: tip-placeholder-pulse 1.6s ease-in-out infinite alternate;
  }
  @keyframes tip-placeholder-pulse {
    to {
      opacity: 0.55;
    }
  }
`;
