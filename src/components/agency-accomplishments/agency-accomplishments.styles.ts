import { css } from 'lit';

export const agencyAccomplishmentsStyles = css`
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--tip-agency-accomplishments-card-min-width, var(--tip-accomplishments-card-min-width, 18rem))), 1fr));
    gap: var(--_space-3);
    align-items: start;
  }
  /* The data control spans the whole grid, under the cards. */
  .grid > .data-and-citation {
    grid-column: 1 / -1;
    margin: 0;
  }
  .card {
    padding: var(--_space-3);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .agency-heading {
    margin: 0;
  }
  .heading {
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .parent {
    margin: var(--_space-1) 0 0;
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }
  .list {
    list-style: none;
    margin: var(--_space-3) 0 0;
    padding: 0;
    display: grid;
    gap: var(--_space-3);
  }
  .accomplishment {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    min-inline-size: 0;
  }
  .card .accomplishment + .accomplishment {
    padding-block-start: var(--_space-3);
    border-block-start: var(--_border-width) solid var(--_color-border);
  }
  .summary,
  .owner {
    margin: 0;
    overflow-wrap: break-word;
  }
  .stats {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-1);
  }
  .stat {
    padding-inline-start: var(--_space-2);
    border-inline-start: 3px solid var(--_color-accent);
  }
  /* In the data's direction when it is all data (English in an Arabic widget), on the widget's side all the same. */
  .stat-line {
    display: block;
  }
  .root:dir(rtl) .stat-line:dir(ltr),
  .root:dir(ltr) .stat-line:dir(rtl) {
    text-align: end;
  }
  .stat-value {
    color: var(--_color-accent);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .attribution {
    margin: 0;
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }
  .reporter,
  .meeting {
    display: block;
  }

  .tabs {
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .tabs > .data-and-citation {
    margin: 0;
    padding: 0 var(--_space-3) var(--_space-2);
  }
  .tablist {
    display: flex;
    padding: var(--_space-1) var(--_space-2) 0;
    flex-wrap: wrap;
    gap: 0 var(--_space-1);
    border-block-end: var(--_border-width) solid var(--_color-border);
  }
  .tab {
    min-block-size: 44px;
    min-inline-size: 44px;
    margin: 0;
    padding: var(--_space-2) var(--_space-3);
    border: 0;
    border-block-end: 3px solid transparent;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: transparent;
    color: var(--_color-muted);
    font: inherit;
    font-weight: 400;
    cursor: pointer;
  }
  .tab:hover {
    color: var(--_color-text);
    background: var(--_color-surface-alt);
  }
  /* Selected: an underline and bold text, never colour alone. */
  .tab[aria-selected='true'] {
    color: var(--_color-text);
    font-weight: 700;
    border-block-end-color: var(--tip-agency-accomplishments-tab-indicator-color, var(--tip-accomplishments-tab-indicator-color, var(--_color-accent)));
  }
  .panel {
    padding: var(--_space-3);
    border-radius: 0 0 var(--_radius) var(--_radius);
  }
  .panel .list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--tip-agency-accomplishments-card-min-width, var(--tip-accomplishments-card-min-width, 18rem))), 1fr));
    column-gap: var(--_space-4);
  }
  .panel .accomplishment {
    padding-block-start: var(--_space-3);
    border-block-start: var(--_border-width) solid var(--_color-border);
  }

  @container (max-width: 22rem) {
    .card,
    .panel {
      padding: var(--_space-2);
    }
    .tablist {
      padding-inline: var(--_space-1);
    }
    .grid {
      gap: var(--_space-2);
    }
    .tab {
      padding-inline: var(--_space-2);
    }
  }
  @container (min-width: 48rem) {
    .grid {
      gap: var(--_space-4);
    }
  }

  /* On paper, one column: a grid's columns split across a page break would interleave their quotes. */
  @media print {
    .grid,
    .panel {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media (forced-colors: active) {
    .card,
    .tabs,
    .tablist,
    .card .accomplishment + .accomplishment,
    .panel .accomplishment {
      border-color: CanvasText;
    }
    .stat {
      border-inline-start-color: CanvasText;
    }
    .tab[aria-selected='true'] {
      border-block-end-color: Highlight;
    }
  }
`;
