import type { DatasetIndex } from '../../data/dataset-index.ts';
import type { Citation, Source } from '../../data/schema.ts';
import { archivedUrl, quoteUrl, safeHttpsUrl } from '../formatting/source-links.ts';
import { toCsv, type Cell } from './csv.ts';

/** One thing a widget shows (a figure, an event, an accomplishment, a recommendation): its fields and its citations. */
export interface ExportedRecord {
  fields: Record<string, Cell>;
  citations: Citation[];
}

/** What a widget shows, as it offers it: a file name that says what it holds, and its records. */
export interface ExportedData {
  /** Without extension, e.g. `task-force-timeline-2000-2016`. */
  name: string;
  records: ExportedRecord[];
}

/**
 * Each citation with its source's title, publisher, date and URL, the verbatim quote, the URL opened at the
 * quote's words and an archived copy's.
 */
const citedSources = (citations: Citation[], data: DatasetIndex) =>
  citations.map(({ source: id, quote }) => {
    const source = data.sources.get(id);
    const url = safeHttpsUrl(source?.url);
    return {
      source: id,
      title: source?.title,
      publisher: source?.publisher,
      date: source?.date?.iso,
      url,
      quote,
      quote_url: url && quoteUrl(url, quote),
      archived_url: source && archivedUrl(source),
    };
  });

/** A record's fields with the version of the dataset they come from, where it has one. */
const versioned = (fields: ExportedRecord['fields'], data: DatasetIndex) =>
  data.dataset.version ? { ...fields, dataset_version: data.dataset.version } : fields;

/** The records as JSON: one object per record, its citations in full. */
export const jsonFile = ({ records }: ExportedData, data: DatasetIndex): string =>
  `${JSON.stringify(
    records.map(({ fields, citations }) => ({ ...versioned(fields, data), citations: citedSources(citations, data) })),
    null,
    2,
  )}\n`;

/** The records as CSV: one row per record; a record's citations one per line in each citation column. */
export function csvFile({ records }: ExportedData, data: DatasetIndex): string {
  return toCsv(
    records.map(({ fields, citations }) => {
      const cited = citedSources(citations, data);
      const column = (key: keyof (typeof cited)[number]) => cited.map((c) => c[key] ?? '').join('\n');
      return {
        ...versioned(fields, data),
        source: column('source'),
        source_title: column('title'),
        publisher: column('publisher'),
        source_date: column('date'),
        url: column('url'),
        quote: column('quote'),
        quote_url: column('quote_url'),
        archived_url: column('archived_url'),
      };
    }),
  );
}

const sourcesCited = new WeakMap<ExportedData, Source[]>();

/** The sources the records cite, each once, in the order first cited; found once per export. */
export function citedSourcesOf(exported: ExportedData, data: DatasetIndex): Source[] {
  let sources = sourcesCited.get(exported);
  if (!sources) {
    const ids = new Set(exported.records.flatMap(({ citations }) => citations.map((citation) => citation.source)));
    sourcesCited.set(exported, (sources = [...ids].flatMap((id) => data.sources.get(id) ?? [])));
  }
  return sources;
}
