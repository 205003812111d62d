import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { arabicRightToLeft, customBrand, customDataset, dark, errorState, reducedMotion, renderWidget, sidebar, spanish, wide, type Story } from './widget-stories.ts';

export default {
  title: 'Widgets/task-force-timeline',
  component: 'task-force-timeline',
  render: renderWidget,
  argTypes: {
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
} satisfies Meta;

export const Default: Story = {};

export const YearRange: Story = { args: { from: '2012', to: '2016' } };

export const SomeKinds: Story = { args: { kinds: 'meeting,law,plan' } };

export const NewestFirst: Story = { args: { order: 'newest' } };

/** `heading-level` fits each event's heading into the page's outline; the look stays the same. */
export const HeadingLevel2: Story = { args: { 'heading-level': 2 } };

export const GermanLocale: Story = { args: { locale: 'de-DE' } };

export const Dark: Story = dark();

export const CustomBrand: Story = customBrand();

export const Sidebar: Story = sidebar();

export const Wide: Story = wide();

export const ErrorUnknownKind: Story = errorState({ kinds: 'hearing' }, 'An unknown kind of event');

export const ReducedMotion: Story = reducedMotion(
  html`Here the arrow keys move through the wide track by jumping to each event instead of scrolling smoothly, and the
    arrows beside each event and source turn without animation.`,
  { order: 'newest' },
);

export const CustomDataset: Story = customDataset();

export const Spanish: Story = spanish();

export const ArabicRightToLeft: Story = arabicRightToLeft();
