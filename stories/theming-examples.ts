/**
 * The Theming page's live examples: every `--tip-*` property the manual documents is set in one of
 * them, each example to values far enough from the defaults to see. Text colours keep 4.5:1.
 */
import { themingProperties } from './manual-sections.ts';
import type { WidgetTag } from './widget-stories.ts';

export interface ThemingExample {
  title: string;
  /** What to look at, where it is not obvious. */
  note?: string;
  widgets: Array<{ tag: WidgetTag; attributes: Record<string, string> }>;
  properties: Record<`--tip-${string}`, string>;
}

export const themingExamples: ThemingExample[] = [
  {
    title: 'Colours',
    note: 'The second card has an unknown id, to show the error colour; tab to its source line to see the focus colour.',
    widgets: [
      { tag: 'tip-stat-card', attributes: { stat: 'hotline-calls-increase', theme: 'light' } },
      { tag: 'tip-stat-card', attributes: { stat: 'no-such-stat', theme: 'light' } },
    ],
    properties: {
      '--tip-color-text': '#1e1b4b',
      '--tip-color-muted': '#4338ca',
      '--tip-color-surface': '#eef2ff',
      '--tip-color-surface-alt': '#e0e7ff',
      '--tip-color-border': '#6366f1',
      '--tip-color-accent': '#86198f',
      '--tip-color-focus': '#b45309',
      '--tip-color-error': '#9f1239',
    },
  },
  {
    title: 'Space, corners and borders',
    widgets: [{ tag: 'agency-accomplishments', attributes: { agency: 'hhs', theme: 'light' } }],
    properties: {
      '--tip-space-1': '0.5rem',
      '--tip-space-2': '0.75rem',
      '--tip-space-3': '1.5rem',
      '--tip-space-4': '2.5rem',
      '--tip-radius': '1.25rem',
      '--tip-border-width': '3px',
    },
  },
  {
    title: 'Type',
    widgets: [{ tag: 'tip-stat-card', attributes: { stat: 'victims-worldwide-2012', theme: 'light' } }],
    properties: {
      '--tip-font-family': "Georgia, 'Times New Roman', serif",
      '--tip-font-size-small': '0.8em',
      '--tip-font-size-base': '1.125em',
      '--tip-font-size-large': '1.5em',
      '--tip-font-size-display': '3.5em',
      '--tip-line-height': '1.7',
    },
  },
  {
    title: '<tip-stat-card>',
    widgets: [{ tag: 'tip-stat-card', attributes: { stat: 'trafficking-profits', theme: 'light' } }],
    properties: {
      '--tip-stat-card-value-color': '#0f5e55',
      '--tip-stat-card-value-size': '4rem',
    },
  },
  {
    title: '<task-force-timeline>',
    note: 'The item width applies to the wide track, in a container at least 48rem wide.',
    widgets: [{ tag: 'task-force-timeline', attributes: { from: '2012', to: '2016', theme: 'light' } }],
    properties: {
      '--tip-task-force-timeline-marker-color': '#0f5e55',
      '--tip-task-force-timeline-item-width': '12rem',
    },
  },
  {
    title: '<agency-accomplishments>',
    widgets: [{ tag: 'agency-accomplishments', attributes: { meeting: 'annual-meeting-2012', layout: 'tabs', theme: 'light' } }],
    properties: {
      '--tip-agency-accomplishments-card-min-width': '14rem',
      '--tip-agency-accomplishments-tab-indicator-color': '#0f5e55',
    },
  },
  {
    title: '<recommendation-list>',
    widgets: [{ tag: 'recommendation-list', attributes: { topic: 'supply-chains', theme: 'light' } }],
    properties: {
      '--tip-recommendation-list-number-color': '#0f5e55',
      '--tip-recommendation-list-topic-background': '#0f5e55',
      '--tip-recommendation-list-topic-color': '#ffffff',
    },
  },
];

/** Properties a static example cannot show, each with the reason the page gives. */
export const notShownLive: Record<string, string> = {
  '--tip-placeholder-min-height': 'it applies only while a <tip-dataset> is loading its file, a moment a static page does not hold',
};

/** The manual's properties that no example sets: the page lists them, and the story check fails on this error. */
export const withoutExample = themingProperties.filter(
  ({ name }) => !(name in notShownLive) && !themingExamples.some((example) => name in example.properties),
);
if (withoutExample.length) {
  console.error(`Theming: no live example sets ${withoutExample.map(({ name }) => name).join(', ')}; add them to stories/theming-examples.ts`);
}

/** The properties as a site's stylesheet would set them. */
export const cssRule = (selector: string, properties: Record<string, string>): string =>
  `${selector} {\n${Object.entries(properties)
    .map(([property, value]) => `  ${property}: ${value};`)
    .join('\n')}\n}`;

/** The widgets as a page's HTML writes them. */
export const widgetsHtml = ({ widgets }: ThemingExample): string =>
  widgets
    .map(({ tag, attributes }) => {
      const written = Object.entries(attributes).map(([name, value]) => ` ${name}="${value}"`);
      return `<${tag}${written.join('')}></${tag}>`;
    })
    .join('\n');
