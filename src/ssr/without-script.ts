import { WIDGET_TAGS } from '../shared/widget-tags.ts';

/**
 * What a pre-rendered page shows differently with JavaScript off, as `::part()` rules that tip-widgets/ssr
 * puts in a `<noscript>` on the page: the controls that need the script are hidden, and what they would
 * disclose is shown. With JavaScript on, the page before the script looks as it does after, so nothing
 * moves when the script takes it over. test/node/ssr.test.ts checks that each part exists.
 */
export const WITHOUT_SCRIPT: readonly [tag: string, part: string, display: 'none' | 'block' | 'flex'][] = [
  ['agency-accomplishments', 'tablist', 'none'],
  ['agency-accomplishments', 'tabpanel', 'block'],
  ['task-force-timeline', 'toggle', 'none'],
  ['task-force-timeline', 'heading-text', 'flex'],
  ['task-force-timeline', 'details', 'block'],
  // No scrolling track with nothing in it to focus: the events one under another.
  ['task-force-timeline', 'list', 'block'],
  ['task-force-timeline', 'track-buttons', 'none'],
  ['task-force-timeline', 'more', 'none'],
  ['recommendation-list', 'copy-button', 'none'],
  ['recommendation-list', 'more', 'none'],
  // The data and citation control's buttons: its references stay to read.
  ...WIDGET_TAGS.map((tag): [string, string, 'none'] => [tag, 'data-actions', 'none']),
];

/** The stylesheet of those rules (dist/cdn/styles/without-script.css for the linked form). */
export const withoutScriptCss = (): string => WITHOUT_SCRIPT.map(([tag, part, display]) => `${tag}::part(${part}){display:${display}}`).join('');
