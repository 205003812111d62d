import { DatasetIndex } from '../data/dataset-index.ts';
import type { Dataset } from '../data/schema.ts';
import type { Direction, Translation } from '../i18n/translation.ts';

/** The language a widget speaks: worked out once per update by its LocaleController. */
export interface WidgetLanguage {
  /** The canonical locale for numbers and dates: the widget's `locale`, else the nearest `lang`, else `en-US`. */
  locale: string;
  words: Translation;
  /** The language the widget's words are in: the locale's, or the table's it fell back to (English). */
  lang: string;
  /** The widget's direction: its own `dir` attribute, else its words' (an Arabic widget is right to left on any page). */
  dir: Direction;
}

/** What a widget needs to resolve and draw its view: the dataset, and the language it speaks. */
export interface ResolveContext extends WidgetLanguage {
  data: DatasetIndex;
  /** The language of the dataset's text (its `language`, else English). */
  dataLang: string;
}

/** The context for a dataset in a widget's language. */
export const resolveContext = (dataset: Dataset, language: WidgetLanguage): ResolveContext => ({
  ...language,
  data: DatasetIndex.for(dataset),
  dataLang: dataset.language ?? 'en',
});
