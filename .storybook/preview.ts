import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../dist/custom-elements.json';
import '../src/index.ts';
import { authorFacing, controlsFromManifestTypes } from './manifest.ts';
import './story-frame.css';
import { themeGlobalTypes, themeInitialGlobals, withTheme } from './with-theme.ts';

// Built by `npm run manifest` from the elements' JSDoc: the Controls panel and the docs tables read it.
setCustomElementsManifest(authorFacing(manifest));

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: themeGlobalTypes,
  initialGlobals: themeInitialGlobals,
  decorators: [withTheme],
  argTypesEnhancers: [controlsFromManifestTypes],
  argTypes: {
    theme: { control: { type: 'inline-radio' }, options: ['light', 'dark', 'auto'] },
  },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // The source shown is the widget as a page writes it, without the story's frame.
    docs: { source: { excludeDecorators: true } },
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Manual',
          [
            'Embedding',
            'Frameworks',
            'Element reference',
            'Your own dataset',
            'Languages',
            'Theming',
            'Pre-rendered',
            'Data, citation and print',
            'Data and sources',
            'Accessibility',
            'Performance',
            'Contributing',
            'Releasing',
          ],
          'Widgets',
        ],
      },
    },
  },
};

export default preview;
