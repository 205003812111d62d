import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { arabicRightToLeft, customBrand, customDataset, dark, errorState, reducedMotion, renderWidget, sidebar, spanish, wide, type Story } from './widget-stories.ts';

export default {
  title: 'Widgets/agency-accomplishments',
  component: 'agency-accomplishments',
  render: renderWidget,
  argTypes: {
    layout: { control: { type: 'inline-radio' }, options: ['grid', 'tabs'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
} satisfies Meta;

export const Default: Story = {};

export const Tabs: Story = { args: { layout: 'tabs' } };

/** `agency` takes an id (`justice`) or an acronym (`DOJ`), in any case. */
export const OneAgency: Story = { args: { agency: 'DOJ' } };

export const OneMeeting: Story = { args: { meeting: 'annual-meeting-2016' } };

/** `heading-level` fits the agency headings into the page's outline; the look stays the same. */
export const HeadingLevel2: Story = { args: { 'heading-level': 2, agency: 'hhs' } };

export const FrenchLocale: Story = { args: { locale: 'fr-FR', meeting: 'annual-meeting-2016' } };

export const Dark: Story = dark();

export const CustomBrand: Story = customBrand();

export const Sidebar: Story = sidebar({ layout: 'tabs' });

export const Wide: Story = wide();

export const ErrorUnknownAgency: Story = errorState({ agency: 'nasa' }, 'An unknown agency id');

export const ReducedMotion: Story = reducedMotion(
  html`Nothing in this widget moves but the arrow that opens each source, which turns without animation under reduced
    motion.`,
  { layout: 'tabs' },
);

export const CustomDataset: Story = customDataset();

export const Spanish: Story = spanish();

export const ArabicRightToLeft: Story = arabicRightToLeft();
