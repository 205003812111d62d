import { VERSION } from './version.ts';

/**
 * Registers a tag once. Loading the library twice, or two versions of it, keeps the first
 * definition: same version, silently; another version, with a warning instead of an exception.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element && existing.version !== VERSION) {
    console.warn(`<${tag}> is already defined by tip-widgets ${existing.version ?? '(unknown version)'}; this copy (${VERSION}) leaves it in place.`);
  }
}
