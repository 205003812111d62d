import type { Translation } from '../i18n/translation.ts';
import { TipInputError } from './tip-error.ts';
import { listItems } from './formatting/format.ts';

/**
 * A number-like attribute's type, as frameworks write it: `from={2010}` in JSX, `:from="2010"` in Vue and `from="2010"`
 * everywhere type-check alike; the element reads either with `Number()`.
 */
export type NumberLike = number | `${number}`;

/**
 * "grid or tabs", "law, meeting, or plan": the allowed values, for a message in the locale's words. Right to left,
 * each value is isolated (U+2068…U+2069), so Latin values keep their order around the language's own "or".
 */
export const orList = (values: readonly string[], locale = 'en'): string => new Intl.ListFormat(locale, { type: 'disjunction' }).format(listItems(values, locale));

/**
 * An enumerated attribute's value. Absent (never set, removed, or its property set to `null` or
 * `undefined`, as frameworks do) means `fallback`, its documented default; anything else must be allowed.
 */
export function oneOf<T extends string>(
  attribute: string,
  value: T | null | undefined,
  allowed: readonly T[],
  fallback: T,
  { words, locale }: { words: Translation; locale: string },
): T {
  if (value == null) return fallback;
  if (!allowed.includes(value)) throw new TipInputError(words.notOneOf(attribute, value, orList(allowed, locale), allowed.length));
  return value;
}

export type Theme = 'light' | 'dark' | 'auto';
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
