import { html } from 'lit';
import type { Stat } from '../data/schema.ts';
import { authored, renderText } from './data-language.ts';
import { formatStatValue, type StatNotation } from './format.ts';
import type { ResolveContext } from './tip-element.ts';

/**
 * A stat's figure with the document's qualifier, "nearly 120", "an estimated $150 billion": the number in
 * the reader's locale, the qualifier in the dataset's words (or its translation).
 */
export function renderStatValue(stat: Stat, context: ResolveContext, notation: StatNotation = 'standard', value = stat.value) {
  const number = formatStatValue({ unit: stat.unit, value }, context.locale, notation);
  const qualifier = authored(stat, 'qualifier', context);
  return qualifier ? html`${renderText(qualifier, context)} ${number}` : number;
}
