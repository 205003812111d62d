import { html, nothing } from 'lit';
import { directionOf, languageOf } from '../../i18n/language-tags.ts';
import type { ResolveContext } from '../resolve-context.ts';

/** The `dir` attribute that goes with a `lang` attribute (from `langAttr`): none where there is no `lang`. */
export const dirAttr = (lang: string | typeof nothing) => (lang === nothing ? nothing : directionOf(lang));

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

/**
 * The `lang` attribute for text in `lang` inside an element in `within` (the widget's language, or a data block's):
 * none where the two match.
 */
export const langAttr = (lang: string, { lang: own }: ResolveContext, within = own) => (languageOf(lang) === languageOf(within) ? nothing : lang);

/**
 * A text from the dataset, marked with its language where that is not the language around it (the widget's, or a
 * data block's), for screen readers and browser translation; and isolated in that language's direction (`dir` says
 * it, not `auto`, which guesses from a fragment's first letter), so English in an Arabic widget keeps its order.
 */
export function renderText(text: DataText | undefined, context: ResolveContext, within = context.lang) {
  if (!text) return nothing;
  const lang = langAttr(text.lang, context, within);
  return lang === nothing ? text.text : html`<span lang=${lang} dir=${dirAttr(lang)}>${text.text}</span>`;
}

/**
 * The one language of several texts from the dataset shown together as one line (a figure, its label and period),
 * where it is not the widget's: that line is then one block in that language and its direction, brackets included,
 * whatever the widget's. `undefined` where the texts are in the widget's language, or in several.
 */
export function dataBlockLang(texts: (DataText | undefined)[], context: ResolveContext): string | undefined {
  const langs = new Set(texts.flatMap((text) => (text ? [text.lang] : [])).map(languageOf));
  const [lang] = langs;
  return langs.size === 1 && lang !== languageOf(context.lang) ? lang : undefined;
}

/** A sentence of the widget's words around a text from the dataset (`editorial(publisher)`), each in its language. */
export function renderAround(sentence: (slot: string) => string, content: unknown) {
  const [before, after = ''] = sentence('\u0000').split('\u0000');
  return html`${before}${content}${after}`;
}

/** A text the dataset has in its own language only (names and roles, an agency's name), marked as `renderText` marks it. */
export const renderData = (text: string | undefined, context: ResolveContext) =>
  renderText(text === undefined ? undefined : { text, lang: context.dataLang }, context);
