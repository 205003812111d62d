// Svelte 5: each element's own attributes and its `ontip-error` handler, from the JSX types, on top of
// Svelte's HTML attributes (class, style, onclick...). Copied to dist/types/svelte.d.ts by the build.
import type { HTMLAttributes } from 'svelte/elements';
import type { CustomElements } from './jsx.js';

type Own<K extends keyof CustomElements> = Omit<
  CustomElements[K],
  keyof HTMLAttributes<HTMLElement> | 'ref' | 'key' | 'className' | 'classList' | 'htmlFor' | `on${Capitalize<string>}`
>;
type SvelteCustomElements = { [K in keyof CustomElements]: HTMLAttributes<HTMLElementTagNameMap[K]> & Own<K> };

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends SvelteCustomElements {}
}
