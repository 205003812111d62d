import type { Stat } from '../../src/data/schema.ts';

const SMALL_NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
const SCALES: Array<[number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** The ways a document may write a stat's value: 16000 -> "16000", "16,000"; 27e6 -> "27 million". */
export function numberForms(value: number, unit: Stat['unit']): string[] {
  const numerals = new Set([String(value), value.toLocaleString('en-US')]);
  for (const [scale, word] of SCALES) {
    const count = value / scale;
    if (value >= scale && Number.isInteger(count * 10)) {
      numerals.add(`${count} ${word}`);
      if (Number.isInteger(count) && count < SMALL_NUMBER_WORDS.length) {
        numerals.add(`${SMALL_NUMBER_WORDS[count]} ${word}`);
      }
      break;
    }
  }
  if (Number.isInteger(value) && value < SMALL_NUMBER_WORDS.length) numerals.add(SMALL_NUMBER_WORDS[value]);
  if (unit !== 'percent') return [...numerals];
  return [...numerals].flatMap((n) => [`${n} percent`, `${n} per cent`, `${n}%`]);
}

/** Whether `quote` contains one of the value's written forms as a whole number, not inside another ("40" in "140"). */
export function quoteStatesValue(quote: string, value: number, unit: Stat['unit']): boolean {
  return numberForms(value, unit).some((form) => {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\w.,])${escaped}(?![\\w]|[.,]\\d)`, 'i').test(quote);
  });
}
