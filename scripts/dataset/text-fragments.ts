import type { Citation, Dataset } from '../../src/data/schema.ts';
import { quoteTerms, quoteWords } from '../../src/shared/formatting/source-links.ts';
import { normalizeWhitespace } from './source-text.ts';

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** Where a term starts in a text, as a text directive matches it: any case, on word boundaries. */
function occurrences(text: string, term: string): number[] {
  const haystack = text.toLowerCase();
  const needle = term.toLowerCase();
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + needle.length])) found.push(at);
  }
  return found;
}

/**
 * What is wrong with a quote's text fragment (`quoteTerms`) in its document's whole text (comments and page
 * chrome included: the browser searches the page): its start must occur exactly once, and its end's first
 * occurrence after that must close the quote, so the link lands on the quote and no other sentence.
 */
export function fragmentProblem(quote: string, documentText: string): string | undefined {
  const text = normalizeWhitespace(documentText);
  const { start, end } = quoteTerms(normalizeWhitespace(quote));
  const starts = occurrences(text, start);
  if (starts.length !== 1) return `its text fragment's start "${start}" occurs ${starts.length} times in the document, not once: begin the quote elsewhere`;
  if (end === undefined) return undefined;
  // The quote, from its start term to its end term, and where the end term first follows the start.
  const words = quoteWords(normalizeWhitespace(quote));
  const from = starts[0] + start.length;
  const first = occurrences(text.slice(from), end)[0];
  if (first === undefined || from + first !== starts[0] + words.length - end.length) {
    return `its text fragment's end "${end}" first occurs elsewhere than the quote's end`;
  }
  return undefined;
}

/** Every shown quote (citations and wordings) whose text fragment would not land on it, naming the entry. */
export function fragmentProblems(data: Dataset, documentText: (source: string) => string | undefined): string[] {
  const problems: string[] = [];
  const check = (where: string, citations: Citation[] = []) =>
    citations.forEach(({ source, quote }, i) => {
      const text = documentText(source);
      const problem = text === undefined ? undefined : fragmentProblem(quote, text);
      if (problem) problems.push(`${where}: quote ${i + 1}: ${problem}`);
    });
  for (const [collection, entries] of [
    ['people', data.people], ['stats', data.stats], ['events', data.events], ['accomplishments', data.accomplishments], ['recommendations', data.recommendations],
  ] as const) {
    for (const entry of entries) {
      check(`${collection}/${entry.id}`, entry.citations);
      if ('wordings' in entry) check(`${collection}/${entry.id} wording`, entry.wordings);
    }
  }
  return problems;
}
