import type { en } from './translations/en.ts';

/** The direction a language is written in. */
export type Direction = 'ltr' | 'rtl';

/** Every key of the English table, each typed as any language may fill it: a string, or a function to a string. */
export type Words = {
  [K in Exclude<keyof typeof en, `$${string}`>]: (typeof en)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : (typeof en)[K] extends string
      ? string
      : { [Key in keyof (typeof en)[K]]: string };
};

/** One language's words for every widget, as a translator writes them (src/i18n/translations/<code>.ts). */
export interface Translation extends Words {
  /** The language tag it is for, `es` or `pt-BR`: a reader's `pt-BR` falls back to `pt`, then to English. */
  $code: string;
  /** The language's name in itself, for a language picker. */
  $name: string;
  $dir: Direction;
}
