import type { Source } from '../../src/data/schema.ts';
import { fold, wholeWord } from './authored-text.ts';
import type { SourceText } from './source-text.ts';

/**
 * A source's publisher and kind are printed in its document, or marked as read from its address
 * (`fromAddress`), which the widgets then say: a field the text does not print must not pass for the text's.
 * Only an editorial's kind can be looked for (the word); the other kinds describe the page, not a word in it.
 */
export function sourceMetadataProblems(source: Source, text: SourceText): string[] {
  const fromAddress = new Set(source.fromAddress ?? []);
  const printed = (words: string) => text.inArticle((article) => wholeWord(words, 'i').test(fold(article)));
  const problems: string[] = [];
  if (fromAddress.size > 0 && !source.url) problems.push('fromAddress names fields read from an address, but it has no url');
  if (!fromAddress.has('publisher') && !printed(source.publisher)) {
    problems.push(`publisher "${source.publisher}" is not printed in the article: add "publisher" to fromAddress if the address gives it`);
  }
  if (source.kind === 'editorial' && !fromAddress.has('kind') && !printed('editorial')) {
    problems.push('kind "editorial": the article never says so; add "kind" to fromAddress if the address gives it');
  }
  return problems;
}
