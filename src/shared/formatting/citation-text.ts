import type { DatasetIndex } from '../../data/dataset-index.ts';
import type { Citation, Source } from '../../data/schema.ts';
import { wordsFor } from '../../i18n/words.ts';
import type { Words } from '../../i18n/translation.ts';
import { formatList, formatPartialDate } from './format.ts';
import { quoteUrl, safeHttpsUrl } from './source-links.ts';

/**
 * A source's publisher as a sentence around it: what kind of page it is where a reader should know (an
 * editorial presents its publisher's views), and that its web address named them where the page does not:
 * "Voice of America editorial [per its web address]".
 */
export function publisherWords(source: Source, words: Words): (publisher: string) => string {
  const kind = source.kind === 'editorial' ? words.editorial : (publisher: string) => publisher;
  return source.fromAddress?.length ? (publisher) => words.fromAddress(kind(publisher)) : kind;
}

/** A source's publisher and its date, as one line: "Voice of America editorial [per its web address], 2012 or later". */
export function sourceLine(source: Source, locale: string): string {
  const words = wordsFor(locale);
  const publisher = publisherWords(source, words)(source.publisher);
  return source.date ? `${publisher}${words.separator}${formatPartialDate(source.date, locale)}` : publisher;
}

/**
 * Citations as plain text for the clipboard, where no disclosure can hold them:
 * `“Title” (Publisher, date)` (the quotation marks the language's), with the link when the source has one, opened
 * at its first quote's words, joined as a list.
 */
export function citationText(citations: Citation[], data: DatasetIndex, locale: string): string {
  const firstQuotes = new Map<string, string>();
  for (const { source, quote } of citations) if (!firstQuotes.has(source)) firstQuotes.set(source, quote);
  const cited = [...firstQuotes].map(([id, quote]) => {
    const source = data.sources.get(id);
    if (!source) return id;
    const url = safeHttpsUrl(source.url) && quoteUrl(source.url!, quote);
    const words = wordsFor(locale);
    const link = url && (source.urlKind === 'republication' ? words.republishedAt(url) : url);
    return `${words.quoted(source.title)} (${sourceLine(source, locale)}${link ? `${words.separator}${link}` : ''})`;
  });
  return formatList(cited, locale);
}
