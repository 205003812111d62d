// Lit's hydration support: an element whose shadow root arrived pre-rendered (tip-widgets/ssr) takes
// over its DOM instead of rendering it again. It must run before Lit's LitElement module does, so every
// entry imports this module first (test/node/entries.test.ts checks it).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
