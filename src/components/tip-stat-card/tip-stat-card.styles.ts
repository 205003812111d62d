import { css } from 'lit';

export const statCardStyles = css`
  .card {
    block-size: 100%;
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .figure {
    margin: 0;
  }
  /* In the data's direction when it is all data (English in an Arabic card), on the card's side all the same. */
  .root:dir(rtl) .figure:dir(ltr),
  .root:dir(ltr) .figure:dir(rtl) {
    text-align: end;
  }
  .value {
    display: block;
    color: var(--tip-stat-card-value-color, var(--_color-accent));
    /* Smaller in a narrow card, so that a figure written with no-break spaces ("150 مليار US$") still fits;
       broken only as a last resort. */
    font-size: min(var(--tip-stat-card-value-size, var(--_font-size-display)), 11cqi);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  /* count-up: the figure rises into place whole (reduced motion turns every animation off: tokens.styles.ts). */
  .reveal {
    animation: tip-stat-card-reveal 700ms cubic-bezier(0.2, 0.7, 0.3, 1) both;
  }
  @keyframes tip-stat-card-reveal {
    from {
      opacity: 0;
      translate: 0 0.3em;
    }
  }
  .direction {
    font-size: 0.6em;
    vertical-align: 0.25em;
    margin-inline-end: var(--_space-1);
  }
  .label {
    display: block;
    margin-block-start: var(--_space-1);
    font-size: var(--_font-size-large);
    font-weight: 600;
  }
  .period {
    font-weight: 400;
    color: var(--_color-muted);
  }
  .attribution {
    margin: 0;
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }
  .sources {
    margin-block-start: auto;
  }
  @container (max-width: 20rem) {
    .card {
      padding: var(--_space-2);
    }
    .label {
      font-size: var(--_font-size-base);
    }
  }
`;
