import type { Stat } from '../data/schema.ts';
import { formatStatValue, type StatNotation } from './format.ts';

/** A stat's figure with the document's qualifier: "nearly 120", "an estimated $150 billion". */
export const statValueText = (stat: Stat, locale: string, notation: StatNotation = 'standard', value = stat.value): string =>
  [stat.qualifier, formatStatValue({ unit: stat.unit, value }, locale, notation)].filter(Boolean).join(' ');
