import type { PartialDate, Person, Stat } from '../../data/schema.ts';
import { wordsFor } from '../../i18n/words.ts';
import { enDate, enList, enStatValue, isEnUS } from './format-en-us.ts';
import { isolate } from '../../i18n/plural.ts';
import { directionOf } from '../../i18n/language-tags.ts';

export type StatNotation = 'standard' | 'compact';

const LARGE = 1e6;

/** Intl formatters are slow to make (a long list would make thousands) and free to reuse: each is made once. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
function reused<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => F): F {
  let made = formatters.get(key) as F | undefined;
  if (!made) formatters.set(key, (made = make()));
  return made;
}
const numberFormat = (locale: string, options: Intl.NumberFormatOptions) =>
  reused(`number ${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

/** Replaces the short compact suffix of a currency ("$150B") with the long one ("$150 billion"). */
function longCompactCurrency(value: number, locale: string, currency: string): string {
  // Both in the same digits, so that the word belongs to the rounded number ("$999.9 million", not "billion").
  const longParts = numberFormat(locale, {
    notation: 'compact', compactDisplay: 'long', minimumFractionDigits: 0, maximumFractionDigits: 1,
  }).formatToParts(value);
  const at = longParts.findIndex((p) => p.type === 'compact');
  const longWord = longParts[at]?.value ?? '';
  const spaceBefore = longParts[at - 1]?.type === 'literal' ? longParts[at - 1].value : '';
  const shortParts = numberFormat(locale, {
    style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1,
  }).formatToParts(value);
  return shortParts
    .map((part, i) => {
      if (part.type !== 'compact') return part.value;
      return (shortParts[i - 1]?.type === 'literal' ? '' : spaceBefore) + longWord;
    })
    .join('');
}

/**
 * A stat's number as the documents write it: "27 million", "16,000", "$150 billion", "40%".
 * `compact` gives the short form: "27M", "$150B".
 */
export function formatStatValue(stat: Pick<Stat, 'value' | 'unit'>, locale: string, notation: StatNotation = 'standard'): string {
  const { value, unit } = stat;
  const large = notation === 'compact' || Math.abs(value) >= LARGE;
  const en = isEnUS(locale) ? enStatValue(stat, large ? (notation === 'compact' ? 'short' : 'long') : undefined) : undefined;
  if (en !== undefined) return en;
  if (unit === 'percent') return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
  if (unit === 'usd') {
    if (!large) return numberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(value);
    return notation === 'compact'
      ? numberFormat(locale, {
          style: 'currency', currency: 'USD', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1,
        }).format(value)
      : longCompactCurrency(value, locale, 'USD');
  }
  return numberFormat(locale, {
    notation: large ? 'compact' : 'standard',
    compactDisplay: notation === 'compact' ? 'short' : 'long',
    maximumFractionDigits: 1,
  }).format(value);
}

const DATE_OPTIONS: Record<PartialDate['precision'], Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

function intlDate(year: number, month: number, day: number, precision: PartialDate['precision'], locale: string): string {
  const format = reused(`date ${locale} ${precision}`, () => new Intl.DateTimeFormat(locale, DATE_OPTIONS[precision]));
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

/** A date at its real precision: "2000", "October 2020", "March 15, 2012"; "2021 or later" for a lower bound. */
export function formatPartialDate(date: PartialDate, locale: string): string {
  const [year, month = 1, day = 1] = date.iso.split('-').map(Number);
  const { precision } = date;
  const text = (isEnUS(locale) && enDate(year, month, day, precision)) || intlDate(year, month, day, precision, locale);
  return date.bound === 'on-or-after' ? wordsFor(locale).orLater(text) : text;
}

/** "A, B and C" in the reader's language. */
/** A list's items as a right-to-left language lists them: each isolated, so Latin items keep their order around its "and" or "or". */
export const listItems = (items: readonly string[], locale: string): readonly string[] => (directionOf(locale) === 'rtl' ? items.map(isolate) : items);

export const formatList = (items: string[], locale: string): string =>
  isEnUS(locale)
    ? enList(items)
    : reused(`list ${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(listItems(items, locale));

/** "Eric Holder, Attorney General". */
export const formatPerson = (person: Pick<Person, 'name' | 'role'>): string => `${person.name}, ${person.role}`;
