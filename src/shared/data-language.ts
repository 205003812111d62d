import { html, nothing } from 'lit';
import type { Translation } from '../i18n/translation-registry.ts';
import type { ResolveContext } from './tip-element.ts';

/** "pt" of "pt-BR": two tags whose languages match need no `lang` between them. */
const languageOf = (tag: string) => tag.toLowerCase().split('-')[0];

/** The language a widget's words are in: its locale's, or that of the table it fell back to (English). */
export const wordsLang = (locale: string, words: Translation): string => (languageOf(words.$code) === languageOf(locale) ? locale : words.$code);

/** A text from the dataset and the language it is in. */
export interface DataText {
  text: string;
  lang: string;
}

type Translatable<Field extends string> = Partial<Record<Field, string>> & {
  translations?: Record<string, Partial<Record<Field, string>>>;
};

/** A required field always has a text; an optional one may not. */
type AuthoredText<Entry, Field extends keyof Entry> = undefined extends Entry[Field] ? DataText | undefined : DataText;

/**
 * An authored field in the widget's language where the dataset translates it (its `pt-BR`, else its
 * `pt`), else as written, in the dataset's language; `undefined` for an absent optional field.
 */
export function authored<Entry extends Translatable<Field>, Field extends string & keyof Entry>(
  entry: Entry,
  field: Field,
  { lang, dataLang }: ResolveContext,
): AuthoredText<Entry, Field> {
  const translations = Object.entries(entry.translations ?? {});
  for (const wanted of [lang.toLowerCase(), languageOf(lang)]) {
    const text = translations.find(([tag]) => tag.toLowerCase() === wanted)?.[1][field];
    if (text) return { text, lang: wanted };
  }
  const text = entry[field];
  return (text === undefined ? undefined : { text, lang: dataLang }) as AuthoredText<Entry, Field>;
}

/** The `lang` attribute for text in `lang` inside this widget: none where it is the widget's own language. */
export const langAttr = (lang: string, { lang: own }: ResolveContext) => (languageOf(lang) === languageOf(own) ? nothing : lang);

/**
 * A text from the dataset, marked with its language where that is not the widget's, for screen readers and
 * browser translation; and isolated in its own direction, so English in an Arabic widget keeps its order.
 */
export function renderText(text: DataText | undefined, context: ResolveContext) {
  if (!text) return nothing;
  const lang = langAttr(text.lang, context);
  return lang === nothing ? text.text : html`<span lang=${lang} dir="auto">${text.text}</span>`;
}

/** A sentence of the widget's words around a text from the dataset (`editorial(publisher)`), each in its language. */
export function renderAround(sentence: (slot: string) => string, content: unknown) {
  const [before, after = ''] = sentence('\u0000').split('\u0000');
  return html`${before}${content}${after}`;
}

/** A text the dataset has in its own language only (names and roles, an agency's name), marked as `renderText` marks it. */
export const renderData = (text: string | undefined, context: ResolveContext) =>
  renderText(text === undefined ? undefined : { text, lang: context.dataLang }, context);
