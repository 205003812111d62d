import type { Dataset, Stat } from '../data/schema.ts';
import { formatPartialDate, formatStatValue } from '../shared/formatting/format.ts';

/** A stat's figure as an editor reads it in English, with the document's qualifier: "nearly 120". */
const statValueText = (stat: Stat): string => [stat.qualifier, formatStatValue(stat, 'en-US')].filter(Boolean).join(' ');

/** A value an editor can pick, and the words they find it by. */
export interface PickerOption {
  value: string;
  label: string;
}

/**
 * The attributes whose value is an id in the dataset, and the options an editor searches them by: a figure by its
 * words ("27 million victims"), an agency by name or acronym, a meeting by its title and date, a source by its
 * title and publisher, a topic, a year.
 */
export function pickerOptions(attribute: string, data: Dataset): PickerOption[] | undefined {
  switch (attribute) {
    case 'stat':
      return data.stats.map((stat) => ({ value: stat.id, label: `${statValueText(stat)} ${stat.label}${stat.period ? ` (${stat.period})` : ''}` }));
    case 'agency':
      return data.agencies
        .filter((agency) => data.accomplishments.some((a) => a.agency === agency.id))
        .map((agency) => ({ value: agency.id, label: agency.acronym ? `${agency.name} (${agency.acronym})` : agency.name }));
    case 'meeting':
      return data.events
        .filter((event) => event.kind === 'meeting')
        .map((event) => ({ value: event.id, label: `${event.title}, ${formatPartialDate(event.date, 'en-US')}` }));
    case 'source':
      return data.sources.map((source) => ({ value: source.id, label: `${source.title} (${source.publisher})` }));
    case 'topic':
      return [...new Set(data.recommendations.map((r) => r.topic))].map((topic) => ({ value: topic, label: topic.replace(/-/g, ' ') }));
    case 'from':
    case 'to':
      return [...new Set(data.events.map((event) => event.date.iso.slice(0, 4)))].sort().map((year) => ({ value: year, label: year }));
    default:
      return undefined;
  }
}

/** The options whose words hold every word of the query, in any case: "27 million", "doj", "2012 meeting". */
export function searchOptions(options: PickerOption[], query: string): PickerOption[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return options.filter((option) => words.every((word) => `${option.label} ${option.value}`.toLowerCase().includes(word)));
}
