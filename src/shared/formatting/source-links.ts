import type { Source } from '../../data/schema.ts';

/** Only secure web links leave a widget: a `javascript:`, `data:` or `http:` URL from a dataset is dropped. */
export const safeHttpsUrl = (url: string | undefined): string | undefined =>
  url !== undefined && /^https:\/\//i.test(url) ? url : undefined;

/** A quote of at most this many words is the whole text directive; a longer one its first and last words. */
const WHOLE_QUOTE_WORDS = 10;
/** Words at each end of a longer quote: enough to be unique in a document, which `npm run data` checks. */
const END_WORDS = 5;

/** A quote from its first letter or digit to its last: what a text directive can match. */
export const quoteWords = (quote: string): string => quote.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * The words a URL text fragment looks for to land on a quote: the whole quote when short, else its first and
 * last words (`start,end`). A mark or ellipsis at an edge is left out: the page may print it otherwise, and a
 * text directive must begin and end on a word.
 */
export function quoteTerms(quote: string): { start: string; end?: string } {
  const words = quoteWords(quote).split(/\s+/);
  if (words.length <= WHOLE_QUOTE_WORDS) return { start: words.join(' ') };
  return { start: words.slice(0, END_WORDS).join(' '), end: words.slice(-END_WORDS).join(' ') };
}

/** A term percent-encoded as a text directive needs: `-`, `&` and `,` mean something there, so they are encoded too. */
const term = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/**
 * The source's address, opened at the quote's words: `#:~:text=start,end`. A browser without text fragments
 * opens the plain address.
 */
export function quoteUrl(url: string, quote: string): string {
  const { start, end } = quoteTerms(quote);
  // After an address's own fragment (`#section`), the directive follows it: `#section:~:text=…`.
  return `${url}${url.includes('#') ? '' : '#'}:~:text=${term(start)}${end === undefined ? '' : `,${term(end)}`}`;
}

/**
 * The Wayback Machine's copy nearest the source's date (`/web/20120315/…`, `/web/2012/…` where only the year is
 * known): a link for when the original moves or goes. The widgets never request it.
 */
export function archivedUrl(source: Source): string | undefined {
  const url = safeHttpsUrl(source.url);
  return url && `https://web.archive.org/web/${source.date ? `${source.date.iso.replace(/-/g, '')}/` : ''}${url}`;
}
