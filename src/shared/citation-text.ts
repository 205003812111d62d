import type { DatasetIndex } from '../data/dataset-index.ts';
import type { Citation, Source } from '../data/schema.ts';
import { wordsFor } from '../i18n/words.ts';
import { formatList, formatPartialDate } from './format.ts';

/** Only secure web links leave a widget: a `javascript:`, `data:` or `http:` URL from a dataset is dropped. */
export const safeHttpsUrl = (url: string | undefined): string | undefined =>
  url !== undefined && /^https:\/\//i.test(url) ? url : undefined;

/**
 * A source's publisher, what kind of page it is where a reader should know (an editorial presents its
 * publisher's views), and its date, as one line: "Voice of America editorial, 2012 or later".
 */
export function sourceLine(source: Source, locale: string): string {
  const words = wordsFor(locale);
  const publisher = source.kind === 'editorial' ? words.editorial(source.publisher) : source.publisher;
  return source.date ? `${publisher}${words.separator}${formatPartialDate(source.date, locale)}` : publisher;
}

/**
 * Citations as plain text for the clipboard, where no disclosure can hold them:
 * `“Title” (Publisher, date)` (the quotation marks the language's), with the link when the source has one, joined as a list.
 */
export function citationText(citations: Citation[], data: DatasetIndex, locale: string): string {
  const cited = [...new Set(citations.map((citation) => citation.source))].map((id) => {
    const source = data.sources.get(id);
    if (!source) return id;
    const url = safeHttpsUrl(source.url);
    const words = wordsFor(locale);
    const link = url && (source.urlKind === 'republication' ? words.republishedAt(url) : url);
    return `${words.quoted(source.title)} (${sourceLine(source, locale)}${link ? `${words.separator}${link}` : ''})`;
  });
  return formatList(cited, locale);
}
