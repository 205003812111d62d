import { html } from 'lit';
import type { Meta } from '@storybook/web-components-vite';
import { arabicRightToLeft, customBrand, customDataset, dark, errorState, reducedMotion, renderWidget, sidebar, spanish, wide, type Story } from './widget-stories.ts';

export default {
  title: 'Widgets/tip-stat-card',
  component: 'tip-stat-card',
  render: renderWidget,
  args: { stat: 'defendants-charged' },
  argTypes: { notation: { control: { type: 'inline-radio' }, options: ['standard', 'compact'] } },
} satisfies Meta;

export const Default: Story = {};

/** The `stat` attribute picks the figure; one with a direction shows its arrow. */
export const RisingFigure: Story = { args: { stat: 'hotline-calls-increase' } };

/**
 * Two sources word this figure differently: the card keeps CNN's words, and its sources list IIP's apart,
 * said to be worded differently, never merged into one label.
 */
export const WordedDifferently: Story = { args: { stat: 'prosecutions-rise' } };

export const CompactNotation: Story = { args: { stat: 'trafficking-profits', notation: 'compact' } };

export const Animated: Story = { args: { 'count-up': true } };

export const FrenchLocale: Story = { args: { stat: 'victims-worldwide-2012', locale: 'fr-FR' } };

export const Dark: Story = dark();

export const CustomBrand: Story = customBrand();

export const Sidebar: Story = sidebar();

export const Wide: Story = wide();

export const ErrorUnknownStat: Story = errorState({ stat: 'no-such-stat' }, 'An unknown stat id');

export const ReducedMotion: Story = reducedMotion(
  html`This card has <code>count-up</code> set: its figure rises into place, whole (never a number on the way to it), except
    under reduced motion, where it is there at once and stays still.`,
  { 'count-up': true },
);

export const CustomDataset: Story = customDataset({ stat: 'survivors-housed' });

export const Spanish: Story = spanish();

export const ArabicRightToLeft: Story = arabicRightToLeft();
