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

// What an author's text says in numbers, to hold it to its quotes (./authored-text.ts).

const TENS_WORDS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_WORDS = [
  '', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];
const SCALE_WORDS: Record<string, number> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Words for an amount with no one value ("dozens of countries"): a quote must use the same word. */
const VAGUE_WORDS = new Set(['dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'trillions', 'scores']);
/** "one" where it is no number: "no one", "one another". */
const NOT_A_NUMBER = /\bno one\b|\bone another\b/gi;

const WORD_VALUES = new Map<string, number>([
  ...SMALL_NUMBER_WORDS.map((word, n) => [word, n] as [string, number]),
  ...TENS_WORDS.flatMap((word, n) => (word ? [[word, n * 10] as [string, number]] : [])),
  ...ORDINAL_WORDS.flatMap((word, n) => (word ? [[word, n] as [string, number]] : [])),
]);

/** One number a text states: its words as written, and its value (undefined for a vague word like "dozens"). */
export interface NumberMention {
  text: string;
  value?: number;
  /** For "27 million": 27 as well, so a quote's "27 million" also backs an authored "27". */
  base?: number;
}

const TOKEN = /\d+(?:,\d{3})*(?:\.\d+)?(?:st|nd|rd|th)?|[A-Za-z]+/g;

/**
 * Every number in a text, digits or words: "16,000", "40 percent" (40), "nearly 150", "27 million",
 * "Three million", "twenty-seven", "21st", "2012", and the vague "dozens". A scale word after a number
 * multiplies it ("$150 billion": 150e9); alone ("a million") it is 1e6.
 */
export function numbersIn(text: string): NumberMention[] {
  const tokens = [...text.replace(NOT_A_NUMBER, ' ').matchAll(TOKEN)].map((m) => m[0]);
  const mentions: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const lower = token.toLowerCase();
    if (VAGUE_WORDS.has(lower)) {
      mentions.push({ text: token });
      continue;
    }
    let value: number | undefined;
    const words = [token];
    if (/^\d/.test(token)) value = Number(token.replace(/,|st$|nd$|rd$|th$/g, ''));
    else if (WORD_VALUES.has(lower)) {
      value = WORD_VALUES.get(lower)!;
      // "twenty-seven", "twenty seven": a tens word and a unit word.
      const next = tokens[i + 1]?.toLowerCase();
      if (value >= 20 && value % 10 === 0 && next && WORD_VALUES.has(next) && WORD_VALUES.get(next)! < 10) {
        value += WORD_VALUES.get(next)!;
        words.push(tokens[++i]);
      }
    } else if (lower in SCALE_WORDS) {
      mentions.push({ text: token, value: SCALE_WORDS[lower] });
      continue;
    } else continue;
    const base = value;
    while (tokens[i + 1] && tokens[i + 1].toLowerCase() in SCALE_WORDS) {
      value *= SCALE_WORDS[tokens[i + 1].toLowerCase()];
      words.push(tokens[++i]);
    }
    mentions.push({ text: words.join(' '), value, ...(value !== base ? { base } : {}) });
  }
  return mentions;
}

/** Whether the quotes state a number: the same value in any written form, or for a vague word the same word. */
export function quotesStateNumber(mention: NumberMention, quoted: NumberMention[]): boolean {
  if (mention.value === undefined) {
    const stem = mention.text.toLowerCase().replace(/s$/, '');
    return quoted.some((q) => q.value === undefined && q.text.toLowerCase().replace(/s$/, '') === stem);
  }
  return quoted.some((q) => q.value === mention.value || q.base === mention.value);
}
