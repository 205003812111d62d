// Lit's hydration support: an element whose shadow root arrived pre-rendered (tip-widgets/ssr) takes
// over its DOM instead of rendering it again. It must run before Lit's LitElement module does, so every
// entry imports this module first (test/node/entries.test.ts checks it).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { WIDGET_TAGS } from './widget-tags.ts';

// It also makes every later update of every element slower (a 60 ms task where there was none, adding 200
// items to a list of 10,000): a page with no pre-rendered widget when the script runs keeps Lit as it is.
// A widget pre-rendered after that (inserted with its shadow root) is then drawn afresh (controllers/hydration-controller.ts).
type HydrateHook = typeof globalThis & { litElementHydrateSupport?: unknown };

/** Whether Lit takes pre-rendered shadow roots over on this page; a server has none to take. */
export const hydratesPrerendered =
  typeof document !== 'undefined' && [...document.querySelectorAll(WIDGET_TAGS.join(','))].some((widget) => widget.shadowRoot);
if (typeof document !== 'undefined' && !hydratesPrerendered) delete (globalThis as HydrateHook).litElementHydrateSupport;
