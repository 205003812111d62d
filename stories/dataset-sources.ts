/** The Data and sources page's table: the bundled dataset's five documents and what cites each. */
import { bundledDataset } from '../src/data/dataset.ts';
import type { Citation, Source } from '../src/data/schema.ts';
import { formatPartialDate } from '../src/shared/formatting/format.ts';

export interface SourceRow {
  source: Source;
  /** As the document prints it, else as derived ("2021 or later"), else "no date". */
  date: string;
  /** How many figures, events, accomplishments and recommendations quote it. */
  citedBy: number;
}

const claims: Array<{ citations: Citation[] }> = [
  ...bundledDataset.stats,
  ...bundledDataset.events,
  ...bundledDataset.accomplishments,
  ...bundledDataset.recommendations,
];

export const sourceRows: SourceRow[] = bundledDataset.sources.map((source) => ({
  source,
  date: source.dateAsGiven ?? (source.date ? formatPartialDate(source.date, 'en-US') : 'no date'),
  citedBy: claims.filter(({ citations }) => citations.some((citation) => citation.source === source.id)).length,
}));

/** One figure as the dataset holds it, with its citation. */
export const exampleStat = JSON.stringify(
  bundledDataset.stats.find((stat) => stat.id === 'defendants-charged'),
  null,
  2,
);

/** Claims of each kind, for "every one of N figures ...". */
export const claimCounts = {
  stats: bundledDataset.stats.length,
  events: bundledDataset.events.length,
  accomplishments: bundledDataset.accomplishments.length,
  recommendations: bundledDataset.recommendations.length,
};
