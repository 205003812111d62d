import { html, nothing } from 'lit';
import type { Stat } from '../../data/schema.ts';
import { authored, dataBlockLang, dirAttr, renderText, type DataText } from './data-language.ts';
import { formatStatValue, type StatNotation } from '../formatting/format.ts';
import type { ResolveContext } from '../resolve-context.ts';

/**
 * A stat's figure with the document's qualifier, "nearly 120", "an estimated $150 billion": the number in
 * the reader's locale, the qualifier in the dataset's words (or its translation), marked with its language where
 * that is not the one around it (`within`: the widget's, or the stat's line's).
 */
export function renderStatValue(stat: Stat, context: ResolveContext, notation: StatNotation = 'standard', within = context.lang) {
  const formatted = formatStatValue(stat, context.locale, notation);
  // The number is in the widget's language ("150 مليار US$"): inside a line of the data's language, its own isolate.
  const number = within === context.lang ? formatted : html`<span lang=${context.lang} dir=${context.dir}>${formatted}</span>`;
  const qualifier = authored(stat, 'qualifier', context);
  return qualifier ? html`${renderText(qualifier, context, within)} ${number}` : number;
}

/** A stat's line: its figure, label and period, and the language and direction the line is drawn in. */
export interface StatLine {
  label: DataText;
  period?: DataText;
  /** The line's `lang` and `dir`: the data's where none of it is translated and that is not the widget's language. */
  lang: string | typeof nothing;
  dir: string | typeof nothing;
  /** The language the line's texts are inside, for `renderText`. */
  within: string;
}

/**
 * A stat's line, one block in the data's language and direction when it is made only of the data's words: in an
 * Arabic widget "nearly 120 defendants charged (the past year)" then reads left to right, brackets included.
 */
export function statLine(stat: Stat, context: ResolveContext): StatLine {
  const label = authored(stat, 'label', context);
  const period = authored(stat, 'period', context);
  const lang = dataBlockLang([authored(stat, 'qualifier', context), label, period], context);
  return { label, period, lang: lang ?? nothing, dir: dirAttr(lang ?? nothing), within: lang ?? context.lang };
}
