import { css } from 'lit';

export const recommendationListStyles = css`
  .base {
    padding: var(--_space-3);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
  }
  /*
   * Block flow, not a grid: adding recommendations to a long list then lays out only the new ones. The
   * numbers are text, not list markers: a marker's number is a CSS counter, and each item added made
   * the browser lay out every marker of the list again (half of each frame's layout at 400 items).
   * role="list" keeps the list a list to WebKit, which drops it with list-style: none.
   */
  .list {
    margin: 0;
    padding-inline-start: 1.75em;
    list-style: none;
  }
  .recommendation + .recommendation {
    margin-block-start: var(--_space-3);
    padding-block-start: var(--_space-3);
    border-block-start: var(--_border-width) solid var(--_color-border);
  }
  /* In the list's inline-start padding, where a marker would be, on the heading's first line. */
  .number {
    position: absolute;
    inset-inline-end: 100%;
    inset-block-start: 0;
    padding-inline-end: 0.35em;
    color: var(--tip-recommendation-list-number-color, var(--tip-recommendation-number-color, var(--_color-accent)));
    font-size: var(--_font-size-large);
    font-weight: 700;
    line-height: 1.25;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-2);
  }
  .body {
    position: relative;
    display: grid;
    gap: var(--_space-2);
    min-inline-size: 0;
  }
  .heading {
    margin: 0;
    font-size: var(--_font-size-large);
    line-height: 1.25;
    overflow-wrap: break-word;
  }
  .text {
    margin: 0;
    overflow-wrap: break-word;
  }
  .placement {
    margin: var(--_space-1) 0 0;
    font-size: var(--_font-size-small);
    color: var(--_color-muted);
  }
  .meta {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-1) var(--_space-2);
    font-size: var(--_font-size-small);
    color: var(--_color-muted);
  }
  .topic {
    padding: 0 var(--_space-2);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--tip-recommendation-list-topic-background, var(--tip-recommendation-topic-background, var(--_color-surface-alt)));
    color: var(--tip-recommendation-list-topic-color, var(--tip-recommendation-topic-color, var(--_color-text)));
  }
  .topic-label {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
  }
  .copy {
    min-inline-size: max(24px, 4em);
  }
  @container (max-width: 20rem) {
    .base {
      padding: var(--_space-2);
    }
    .list {
      padding-inline-start: 1.5em;
    }
    .heading {
      font-size: var(--_font-size-base);
    }
  }
  /* Wide: the copy button sits beside the recommendation it copies. */
  @container (min-width: 40rem) {
    .base {
      padding: var(--_space-4);
    }
    .item {
      grid-template-columns: minmax(0, 1fr) auto;
      column-gap: var(--_space-4);
    }
    .actions {
      align-self: start;
      flex-direction: column;
      align-items: flex-end;
      min-inline-size: 6.5em;
    }
    .copy-fallback {
      grid-column: 1 / -1;
    }
  }
  @media (forced-colors: active) {
    .topic,
    .copy {
      border-color: CanvasText;
    }
    .number {
      color: CanvasText;
    }
  }
`;
