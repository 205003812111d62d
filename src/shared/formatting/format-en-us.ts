import type { PartialDate, Stat } from '../../data/schema.ts';

// en-US by hand. A page's first Intl formatter costs some 20 ms while the engine loads its locale
// data: most of what the widgets added to a page's first render. en-US is the default locale and the
// bundled data's language, so it skips Intl. Each function covers the plain cases and returns
// `undefined` for the rest, which Intl then formats; test/format.test.ts holds both to the same output.

/** Whether a canonical locale is formatted here rather than by Intl. */
export const isEnUS = (locale: string): boolean => locale === 'en-US' || locale === 'en';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Compact units from thousands to trillions: the long word, the short suffix. */
const UNITS = [['thousand', 'K'], ['million', 'M'], ['billion', 'B'], ['trillion', 'T']];

const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/** A non-negative integer: "16,000"; compact, at most one decimal: "27 million" (long) or "27M" (short). */
function enInteger(value: number, compact?: 'long' | 'short'): string | undefined {
  if (!Number.isSafeInteger(value) || value < 0) return undefined;
  if (!compact || value < 1000) return grouped(value);
  const power = Math.floor(Math.log10(value) / 3);
  const tenths = Math.round(value / 10 ** (3 * power - 1));
  if (power > UNITS.length || tenths >= 10_000) return undefined; // Rounds up into the next unit: Intl knows how.
  const [long, short] = UNITS[power - 1];
  const digits = tenths % 10 ? (tenths / 10).toFixed(1) : String(tenths / 10);
  return compact === 'long' ? `${digits} ${long}` : `${digits}${short}`;
}

/** What `formatStatValue` writes in en-US, or `undefined` when Intl must. */
export function enStatValue({ value, unit }: Pick<Stat, 'value' | 'unit'>, compact?: 'long' | 'short'): string | undefined {
  // Intl formats a percentage from value / 100, which is inexact for huge values: those stay with Intl.
  if (unit === 'percent') return Number.isInteger(value) && value >= 0 && value < 1e9 ? `${grouped(value)}%` : undefined;
  const number = enInteger(value, compact);
  return number !== undefined && unit === 'usd' ? `$${number}` : number;
}

/** "2000", "October 2020", "March 15, 2012", or `undefined` when Intl must. */
export function enDate(year: number, month: number, day: number, precision: PartialDate['precision']): string | undefined {
  if (!(year >= 1000 && year <= 9999)) return undefined;
  if (precision === 'year') return String(year);
  return precision === 'month' ? `${MONTHS[month - 1]} ${year}` : `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** "A", "A and B", "A, B, and C". */
export const enList = (items: string[]): string =>
  items.length > 2 ? `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}` : items.join(' and ');
