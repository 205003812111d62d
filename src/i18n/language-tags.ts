import type { Direction, Translation } from './translation.ts';

/** "pt" of "pt-BR": two tags whose languages match need no `lang` between them. */
export const languageOf = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * Languages written right to left (Arabic, Hebrew, Persian, Urdu and their neighbours, in their usual script), and
 * any tag that names a right-to-left script (`ku-Arab`, `az-Arab`).
 */
const RIGHT_TO_LEFT = /^(?:ar|arc|ckb|dv|fa|he|ks|ku|ps|sd|syr|ug|ur|yi)(?:-(?!latn|cyrl)|$)|-(?:arab|hebr|thaa|syrc|nkoo|adlm|rohg)(?:-|$)/i;

/** The direction a language is written in. */
export const directionOf = (tag: string): Direction => (RIGHT_TO_LEFT.test(tag) ? 'rtl' : 'ltr');

/** The language a widget's words are in: its locale's, or that of the table it fell back to (English). */
export const wordsLang = (locale: string, words: Translation): string => (languageOf(words.$code) === languageOf(locale) ? locale : words.$code);
