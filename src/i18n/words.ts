import { translations, type Translation } from './translation-registry.ts';
import { en } from './translations/en.ts';

/** Every key of the English table, each typed as any language may fill it: a string, or a function to a string. */
export type Words = {
  [K in Exclude<keyof typeof en, `$${string}`>]: (typeof en)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : (typeof en)[K] extends string
      ? string
      : { [Key in keyof (typeof en)[K]]: string };
};

translations.set('en', en);

/** The words for a canonical locale: its own language (`pt-BR`), else its language alone (`pt`), else English. */
export function wordsFor(locale: string): Translation {
  const tag = locale.toLowerCase();
  return translations.get(tag) ?? translations.get(tag.split('-')[0]) ?? en;
}
