import { css } from 'lit';

/** The message a widget shows in place of its content when its input is bad. */
export const errorStyles = css`
  .error {
    margin: 0;
    padding: var(--_space-2) var(--_space-3);
    border: var(--_border-width) solid var(--_color-error);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    color: var(--_color-error);
    font-size: var(--_font-size-small);
  }
`;
