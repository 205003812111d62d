import { translations } from './translation-registry.ts';
import type { Translation } from './translation.ts';
import { en } from './translations/en.ts';

translations.set('en', en);

/** The words for a canonical locale: its own language (`pt-BR`), else its language alone (`pt`), else English. */
export function wordsFor(locale: string): Translation {
  const tag = locale.toLowerCase();
  return translations.get(tag) ?? translations.get(tag.split('-')[0]) ?? en;
}
