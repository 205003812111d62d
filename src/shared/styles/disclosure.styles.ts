import { css } from 'lit';

/**
 * A `<details class="disclosure">`: one small line that opens, its arrow turned down when open and pointing
 * the way the text reads when closed. The sources under each item, and the data and citation control.
 */
export const disclosureStyles = css`
  .disclosure {
    font-size: var(--_font-size-small);
    color: var(--_color-muted);
  }
  .disclosure > summary {
    display: block;
    min-block-size: 24px;
    padding-block: 2px;
    cursor: pointer;
    border-radius: calc(var(--_radius) / 2);
  }
  .disclosure > summary::marker,
  .disclosure > summary::-webkit-details-marker {
    display: none;
  }
  /* Decorative: the empty alternative keeps "▸" out of the summary's accessible name (a browser without the
     syntax drops the second declaration and shows the arrow all the same). */
  .disclosure > summary::before {
    content: '▸';
    content: '▸' / '';
    display: inline-block;
    inline-size: 1em;
    transition: transform 150ms ease-out;
  }
  .disclosure[open] > summary::before {
    transform: rotate(90deg);
  }
  .disclosure > summary:dir(rtl)::before {
    scale: -1 1;
  }
`;
