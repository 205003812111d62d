import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { bundledRecommendations } from '../src/data/dataset.ts';
import { arabicRightToLeft, customBrand, customDataset, dark, errorState, reducedMotion, renderWidget, sidebar, spanish, wide, type Story } from './widget-stories.ts';

export default {
  title: 'Widgets/recommendation-list',
  component: 'recommendation-list',
  render: renderWidget,
  argTypes: {
    topic: { control: { type: 'select' }, options: ['', ...new Set(bundledRecommendations.map((r) => r.topic))] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
} satisfies Meta;

export const Default: Story = {};

export const OneTopic: Story = { args: { topic: 'supply-chains' } };

/** A call the report makes in its text, after the recommendations it lists, is marked as such. */
export const FurtherCall: Story = { args: { topic: 'global-leadership' } };

/** `source` keeps the recommendations that cite one document (every one cites this one). */
export const OneSource: Story = { args: { source: 'tcr-2021-cfr-report' } };

/** `heading-level` fits each recommendation's title into the page's outline; the look stays the same. */
export const HeadingLevel2: Story = { args: { 'heading-level': 2, topic: 'migration' } };

export const GermanLocale: Story = { args: { locale: 'de-DE', topic: 'cybercrime' } };

export const Dark: Story = dark();

export const CustomBrand: Story = customBrand();

export const Sidebar: Story = sidebar();

export const Wide: Story = wide();

export const ErrorUnknownSource: Story = errorState({ source: 'no-such-source' }, 'An unknown source id');

export const ReducedMotion: Story = reducedMotion(
  html`Here the Copy button’s hover fade and the “Copied” confirmation’s fade-in are dropped, and the arrow that opens each
    source turns without animation.`,
);

export const CustomDataset: Story = customDataset();

export const Spanish: Story = spanish();

export const ArabicRightToLeft: Story = arabicRightToLeft();
