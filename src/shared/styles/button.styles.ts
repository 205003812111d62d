import { css } from 'lit';

/** The one look of a widget's own buttons (Copy, Show more): a 24px target at least, outlined in forced colours. */
export const buttonStyles = css`
  .button {
    min-block-size: max(24px, 2.25em);
    min-inline-size: 24px;
    padding: 0 var(--_space-3);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
    font: inherit;
    font-size: var(--_font-size-small);
    font-weight: 600;
    cursor: pointer;
    transition: background-color 150ms ease-out;
  }
  .button:hover:enabled {
    background: var(--_color-surface-alt);
  }
  /* Unavailable (a track already at its end): faded, not hidden, so the pair keeps its place. */
  .button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
