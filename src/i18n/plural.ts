/**
 * What a translation needs to agree with a count: the language's own plural categories (`Intl.PluralRules`:
 * Arabic has six, French counts 0 and 1 as one, English 1 alone) and its own digits (`Intl.NumberFormat`, so a
 * count matches the dates beside it). Formatters are made once per language.
 */
export type PluralForms<T = string> = Partial<Record<Intl.LDMLPluralRule, T>> & { other: T };

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** The form for `count` in `lang`: its plural category's, else `other`. */
export function plural<T>(lang: string, count: number, forms: PluralForms<T>): T {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return forms[rule.select(count)] ?? forms.other;
}

/** A count written as `lang` writes numbers: "1,000", "1 000", "١٬٠٠٠". */
export function formatCount(lang: string, count: number): string {
  let format = numbers.get(lang);
  if (!format) numbers.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(count);
}

/** Latin text (a tag name, an attribute value, an address) isolated inside right-to-left words: U+2068 … U+2069. */
export const isolate = (text: string | number): string => `\u2068${text}\u2069`;
