import type { Translation } from './translation.ts';

/**
 * The registered languages, one map per page however many copies of the library it loads: a language file
 * (dist/cdn/lang/<code>.js) registers into it without the bundle, before or after it.
 */
const REGISTRY = Symbol.for('tip-widgets.translations');
type Global = typeof globalThis & { [REGISTRY]?: Map<string, Translation> };
export const translations: Map<string, Translation> = ((globalThis as Global)[REGISTRY] ??= new Map());

/** Dispatched on `window` when a language is registered: widgets already on the page redraw in it. */
export const TRANSLATION_EVENT = 'tip-translation';

/** Adds languages (or replaces a language's words, for a site that overrides some). */
export function registerTranslation(...added: Translation[]): void {
  for (const translation of added) translations.set(translation.$code.toLowerCase(), translation);
  if (typeof dispatchEvent === 'function') dispatchEvent(new Event(TRANSLATION_EVENT));
}
