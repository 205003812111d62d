import type { DatasetIndex } from '../data/dataset-index.ts';
import type { Citation, Source } from '../data/schema.ts';
import { formatList, formatPartialDate } from './format.ts';

/** Only web links leave a widget: a `javascript:` or `data:` URL from a dataset is dropped. */
export const safeHttpUrl = (url: string | undefined): string | undefined =>
  url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;

/** A source's publisher and date as one line: "The Crime Report, 2021 or later". */
export const sourceLine = (source: Source, locale: string): string =>
  source.date ? `${source.publisher}, ${formatPartialDate(source.date, locale)}` : source.publisher;

/**
 * Citations as plain text for the clipboard, where no disclosure can hold them:
 * `“Title” (Publisher, date)`, with the link when the source has one, joined as a list.
 */
export function citationText(citations: Citation[], data: DatasetIndex, locale: string): string {
  const cited = [...new Set(citations.map((citation) => citation.source))].map((id) => {
    const source = data.sources.get(id);
    if (!source) return id;
    const url = safeHttpUrl(source.url);
    return `“${source.title}” (${sourceLine(source, locale)}${url ? `, ${url}` : ''})`;
  });
  return formatList(cited, locale);
}
