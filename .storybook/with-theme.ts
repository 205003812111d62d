import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { brandThemes, type BrandThemeId } from './themes.ts';

type Scheme = 'auto' | 'light' | 'dark';

/** The toolbar's two switches: the colour scheme, and an example brand theme. */
export const themeGlobalTypes: Preview['globalTypes'] = {
  scheme: {
    description: 'Colour scheme: the theme attribute of every widget',
    toolbar: {
      title: 'Scheme',
      icon: 'mirror',
      dynamicTitle: true,
      items: [
        { value: 'auto', title: 'Auto (the reader’s setting)' },
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
      ],
    },
  },
  brand: {
    description: 'Example brand theme: --tip-* custom properties on the page around the widgets',
    toolbar: {
      title: 'Brand',
      icon: 'paintbrush',
      dynamicTitle: true,
      items: [
        { value: 'none', title: 'Built-in look' },
        ...Object.entries(brandThemes).map(([value, theme]) => ({ value, title: theme.title })),
      ],
    },
  },
};

export const themeInitialGlobals = { scheme: 'auto', brand: 'none' };

/**
 * Puts each story on a page of the chosen scheme and brand: the toolbar's scheme becomes every
 * widget's `theme` (unless the story sets its own), and the brand's `--tip-*` properties are set on
 * the wrapper, from which the widgets inherit them as they would from any ancestor.
 */
export const withTheme: Decorator = (story, { args, globals, viewMode }) => {
  const scheme: Scheme = args.theme ?? globals.scheme ?? 'auto';
  const brand = brandThemes[globals.brand as BrandThemeId]?.properties ?? {};
  return html`<div class="tip-story" data-scheme=${scheme} data-view=${viewMode} style=${styleMap(brand)}>
    ${story({ args: { ...args, theme: scheme } })}
  </div>`;
};
