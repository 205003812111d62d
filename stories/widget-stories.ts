/**
 * What the four widgets' stories share: rendering a widget from its args as a page's HTML would write
 * it, and the variations every widget is shown in (dark, a custom brand, a sidebar and a wide
 * container, an error, reduced motion).
 */
import type { Args, Decorator, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { brandThemes } from '../.storybook/themes.ts';
import smallDataset from '../test/fixtures/small-dataset.json';
import '../src/i18n/translations/ar.ts';
import '../src/i18n/translations/es.ts';

export type { WidgetTag } from '../src/shared/widget-tags.ts';
import type { WidgetTag } from '../src/shared/widget-tags.ts';
export type Story = StoryObj;

/** `onTipError` -> `tip-error`: the event an action arg listens for. */
const eventName = (arg: string) => arg.slice(2).replace(/[A-Z]/g, (letter, index) => `${index ? '-' : ''}${letter.toLowerCase()}`);

/**
 * Renders the story's widget (its meta's `component`) with each arg as an attribute
 * (`heading-level="2"`, `count-up`), as a page writes it; action args (`onTipError`) listen for their
 * event, so `tip-error` shows in the Actions panel.
 */
export function renderWidget(args: Args, { component }: StoryContext): HTMLElement {
  const widget = document.createElement(component as WidgetTag);
  for (const [name, value] of Object.entries(args)) {
    if (typeof value === 'function' && name.startsWith('on')) widget.addEventListener(eventName(name), value);
    else if (value === true) widget.setAttribute(name, '');
    else if (value !== undefined && value !== null && value !== false && value !== '') widget.setAttribute(name, String(value));
  }
  return widget;
}

const describe = (story: string) => ({ docs: { description: { story } } });

/** `theme="dark"`: the widget's dark defaults, whatever the reader's setting. */
export const dark = (): Story => ({
  args: { theme: 'dark' },
  parameters: describe('`theme="dark"` fixes the dark scheme whatever the reader’s setting; every colour default switches with it.'),
});

/**
 * A brand theme set on the widget itself, only through `--tip-*` custom properties (the Brand
 * toolbar switch sets the same properties on the page around every story).
 */
export const customBrand = (): Story => ({
  args: {
    style: Object.entries(brandThemes.ember.properties)
      .map(([property, value]) => `${property}: ${value}`)
      .join('; '),
  },
  parameters: describe(
    'A site’s own brand, set only through `--tip-*` custom properties, here in the widget’s `style` attribute; a stylesheet rule on the widget or any ancestor works the same. Colours use `light-dark()`, so the brand also works in the dark scheme.',
  ),
});

const inContainer =
  (width: number): Decorator =>
  (story) =>
    html`<div class="tip-story-container" style=${styleMap({ inlineSize: `${width}px` })}>${story()}</div>`;

/** In a 280px sidebar: each widget switches to its narrow layout by the width of its container. */
export const sidebar = (args?: Args): Story => ({
  args,
  decorators: [inContainer(280)],
  parameters: describe('In a 280px container, such as a sidebar: the widget lays itself out for its container’s width (a container query), not the window’s.'),
});

/** In a 1200px column: the wide layout. */
export const wide = (args?: Args): Story => ({
  args,
  decorators: [inContainer(1200)],
  parameters: describe('In a 1200px container: the widget’s wide layout.'),
});

/** Bad input: the message in place of the content, one `console.warn` and a `tip-error` event. */
export const errorState = (args: Args, what: string): Story => ({
  args,
  parameters: describe(
    `${what}: the widget shows a short message in place of its content (\`role="status"\`), logs one \`console.warn\` and fires \`tip-error\`, which the Actions panel lists.`,
  ),
});

const OS_SETTING = html`<p>
  <strong>Reduced motion</strong> follows the reader’s operating system: macOS, System Settings › Accessibility › Display ›
  Reduce motion; Windows, Settings › Accessibility › Visual effects › Animation effects (off); iOS, Settings › Accessibility ›
  Motion › Reduce Motion; Android, Settings › Accessibility › Remove animations. To try it here without changing the system, use
  Chrome’s DevTools › Rendering › “Emulate CSS media feature prefers-reduced-motion”, then Remount the story (the ↻ button).
</p>`;

const withMotionNote =
  (whatStaysStill: TemplateResult): Decorator =>
  (story) => {
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    return html`<div class="tip-story-note">
        ${OS_SETTING}
        <p>${whatStaysStill}</p>
        <p>This browser asks for reduced motion now: <strong>${reduced ? 'yes' : 'no'}</strong>.</p>
      </div>
      ${story()}`;
  };

/** The widget under `prefers-reduced-motion: reduce`, with what that setting is and what it stills. */
export const reducedMotion = (whatStaysStill: TemplateResult, args?: Args): Story => ({
  args,
  decorators: [withMotionNote(whatStaysStill)],
  parameters: describe(
    'Under `prefers-reduced-motion: reduce` nothing in the widget moves. Turn the setting on in your operating system (or emulate it in the browser’s developer tools) and remount the story; the story check opens this story with the setting emulated.',
  ),
});

/**
 * The widget inside a `<tip-dataset>` that supplies an organisation's own dataset
 * (test/fixtures/small-dataset.json, the manual's example), given through its `data` property.
 */
export const customDataset = (args?: Args): Story => ({
  args,
  decorators: [(story) => html`<tip-dataset .data=${smallDataset}>${story()}</tip-dataset>`],
  parameters: describe(
    'Inside `<tip-dataset>`, the widget shows the dataset the provider supplies (here an example organisation’s, through its `data` property; `src="/our-data.json"` loads one from a URL) instead of the bundled one.',
  ),
});

const inPage =
  (lang: string, dir: 'ltr' | 'rtl'): Decorator =>
  (story) =>
    html`<div lang=${lang} dir=${dir}>${story()}</div>`;

/** On a Spanish page: the widget's own words in Spanish, the dataset's text in English, marked `lang="en"`. */
export const spanish = (args?: Args): Story => ({
  args,
  decorators: [inPage('es', 'ltr')],
  parameters: describe(
    'On a page in Spanish (`lang="es"` on it or any ancestor, or `locale="es"` on the widget), with the Spanish table loaded (`dist/cdn/lang/es.js`, or `tip-widgets/translations/es.js`): the widget’s own words, numbers and dates are Spanish; the dataset’s text stays English, marked `lang="en"` so screen readers pronounce it as English and browsers offer to translate it.',
  ),
});

/** On an Arabic page, right to left: the layout mirrors, the arrows follow the reading direction. */
export const arabicRightToLeft = (args?: Args): Story => ({
  args,
  decorators: [inPage('ar', 'rtl')],
  parameters: describe(
    'On a page in Arabic, right to left (`dir="rtl"` on the page or the widget): the layout mirrors, the arrow keys follow the reading direction, and the English text of the dataset and the figures and dates keep their own order inside the Arabic.',
  ),
});

