import { css } from 'lit';

export const taskForceTimelineStyles = css`
  .timeline {
    --_marker-size: 0.875rem;
    --_marker-color: var(--tip-task-force-timeline-marker-color, var(--tip-timeline-marker-color, var(--_color-accent)));
    --_track-gap: var(--_space-3);
  }
  .track {
    position: relative;
  }
  /* Earlier and later, for a mouse: only over a wide track that scrolls (its edges say so too). */
  .track-buttons {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space-2);
    margin-block-end: var(--_space-1);
  }
  /* ‹ and › are mirrored characters: right to left, each already points the other way. */
  .track-buttons.idle {
    visibility: hidden;
  }
  .track-button {
    min-inline-size: 2.5rem;
    padding-block: 0;
    font-size: var(--_font-size-large);
    line-height: 1.4;
  }
  /* Block flow, not a grid: adding events to a long list then lays out only the new ones. */
  .list {
    list-style: none;
    margin: 0;
    padding: var(--_space-1);
  }
  .event {
    position: relative;
    min-inline-size: 0;
    padding-inline-start: calc(var(--_marker-size) + var(--_space-3));
    overflow-wrap: anywhere;
  }
  .event + .event {
    margin-block-start: var(--_track-gap);
  }
  /* The line joining each marker to the next one. */
  .event::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_marker-size) / 2 - 1px);
    inset-block: calc(var(--_space-1) + var(--_marker-size)) calc(-1 * var(--_track-gap));
    border-inline-start: 2px solid var(--_color-border);
  }
  .event:last-child::before {
    display: none;
  }
  /* A disc drawn with a border, so forced-colors mode keeps it visible. */
  .marker {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: calc(var(--_space-1) + 0.3em);
    inline-size: var(--_marker-size);
    block-size: var(--_marker-size);
    border: calc(var(--_marker-size) / 2) solid var(--_marker-color);
    border-radius: 50%;
  }
  .heading {
    margin: 0;
    font-size: var(--_font-size-base);
    font-weight: inherit;
    line-height: 1.3;
  }
  .toggle {
    display: flex;
    align-items: start;
    gap: var(--_space-2);
    inline-size: 100%;
    min-block-size: 24px;
    margin: 0;
    padding: var(--_space-1);
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .toggle-text {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }
  /* The toggle's text as plain text, shown only with JavaScript off (src/ssr/without-script.ts). */
  .heading-text {
    display: none;
  }
  .date {
    color: var(--_color-accent);
    font-size: var(--_font-size-small);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .title {
    font-size: var(--_font-size-large);
    font-weight: 700;
  }
  .chevron {
    flex: none;
    display: inline-block;
    inline-size: 1em;
    margin-block-start: 0.1em;
    color: var(--_color-muted);
    transition: transform 150ms ease-out;
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  /* Points the way the text reads; turned down when open all the same. */
  .chevron:dir(rtl) {
    scale: -1 1;
  }
  .kind {
    display: inline-block;
    margin-block: var(--_space-1) 0;
    margin-inline: var(--_space-1) 0;
    padding: 0 var(--_space-2);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: var(--_radius);
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }
  .summary {
    margin-block: var(--_space-2) 0;
    margin-inline: var(--_space-1) 0;
  }
  .details {
    display: grid;
    gap: var(--_space-2);
    margin-block: var(--_space-2) 0;
    margin-inline: var(--_space-1) 0;
    padding-block-start: var(--_space-2);
    border-block-start: var(--_border-width) solid var(--_color-border);
  }
  .details-label {
    margin: 0;
    font-weight: 600;
  }
  .people {
    margin: 0;
    list-style: disc;
    padding-inline-start: var(--_space-4);
  }
  .chair {
    font-weight: 700;
  }
  .derivation {
    margin: 0;
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }

  /* Wide: a horizontal track of fixed-width columns, in the same DOM order as it reads. On screen only: on paper
     a track would be cut at the page's edge, so the events print one under another. */
  @media screen {
    @container (min-width: 48rem) {
      .timeline {
        --_track-gap: var(--_space-4);
      }
      .list {
        display: grid;
        grid-auto-flow: column;
        grid-auto-columns: var(--tip-task-force-timeline-item-width, var(--tip-timeline-item-width, 16rem));
        gap: var(--_track-gap);
        align-items: start;
        overflow-x: auto;
        overscroll-behavior-x: contain;
        scroll-snap-type: x mandatory;
        scroll-padding-inline: var(--_space-2);
        padding: var(--_space-2) var(--_space-2) var(--_space-3);
      }
      .event {
        padding-inline-start: 0;
        padding-block-start: calc(var(--_marker-size) + var(--_space-2));
        scroll-snap-align: start;
      }
      .event + .event {
        margin-block-start: 0;
      }
      .event::before {
        inset-inline: calc(var(--_space-1) + var(--_marker-size)) calc(-1 * var(--_track-gap) - var(--_space-1));
        inset-block: calc(var(--_marker-size) / 2 - 1px) auto;
        border-inline-start: 0;
        border-block-start: 2px solid var(--_color-border);
      }
      .marker {
        inset-block-start: 0;
        inset-inline-start: var(--_space-1);
      }
      /* A visible edge where the track goes on: the events there fade into the surface, whatever the scrollbars. */
      .track.more-before::before,
      .track.more-after::after {
        content: '';
        position: absolute;
        inset-block: 0;
        inline-size: 3rem;
        pointer-events: none;
        background: linear-gradient(90deg, transparent, var(--_color-surface));
      }
      .track.more-before::before {
        inset-inline-start: 0;
        scale: -1 1;
      }
      .track.more-after::after {
        inset-inline-end: 0;
      }
      .track.more-before:dir(rtl)::before {
        scale: none;
      }
      .track.more-after:dir(rtl)::after {
        scale: -1 1;
      }
    }
  }
  @container (max-width: 47.999rem) {
    .track-buttons {
      display: none;
    }
  }
  @media print {
    .track-buttons,
    .track::before,
    .track::after {
      display: none !important;
    }
    .toggle {
      display: flex !important;
      padding-inline: 0;
    }
    /* The toggle prints as the title; its plain twin (JavaScript off) would print it twice. */
    .chevron,
    .heading-text {
      display: none !important;
    }
    .event {
      break-inside: avoid;
    }
  }

  @media (forced-colors: active) {
    .marker {
      border-color: CanvasText;
    }
    .event::before {
      border-color: GrayText;
    }
  }
`;
