import * as v from 'valibot';

/** Span kinds that belong to the article; everything else (comments, navigation...) is not a source. */
export const ARTICLE_SPAN_KINDS = ['headline', 'dateline', 'byline', 'body', 'caption'] as const;
const OTHER_SPAN_KINDS = ['comments', 'navigation', 'chrome', 'related'] as const;

export const SourceFileSchema = v.object({
  id: v.string(),
  file: v.string(),
  spans: v.array(
    v.object({
      kind: v.picklist([...ARTICLE_SPAN_KINDS, ...OTHER_SPAN_KINDS]),
      start: v.pipe(v.string(), v.minLength(1)),
      end: v.pipe(v.string(), v.minLength(1)),
    }),
  ),
});
export type SourceFile = v.InferOutput<typeof SourceFileSchema>;

export const normalizeWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A source document with whitespace normalised and its article spans located, for quote checks. */
export class SourceText {
  readonly text: string;
  readonly articleRanges: Array<[number, number]> = [];
  readonly problems: string[] = [];

  constructor(record: SourceFile, raw: string) {
    this.text = normalizeWhitespace(raw);
    for (const span of record.spans) {
      const start = this.text.indexOf(normalizeWhitespace(span.start));
      const endMarker = normalizeWhitespace(span.end);
      const end = start < 0 ? -1 : this.text.indexOf(endMarker, start);
      if (start < 0 || end < 0) {
        this.problems.push(`span ${span.kind} "${span.start}" .. "${span.end}" is not found in ${record.file}`);
        continue;
      }
      if ((ARTICLE_SPAN_KINDS as readonly string[]).includes(span.kind)) {
        this.articleRanges.push([start, end + endMarker.length]);
      }
    }
  }

  /** Whether a test holds for the text of some article span. */
  inArticle(test: (article: string) => boolean): boolean {
    return this.articleRanges.some(([from, to]) => test(this.text.slice(from, to)));
  }

  /** `found`: the quote is in the file; `inArticle`: one occurrence lies wholly inside an article span. */
  locate(quote: string): { found: boolean; inArticle: boolean } {
    const needle = normalizeWhitespace(quote);
    let found = false;
    for (let at = this.text.indexOf(needle); at >= 0; at = this.text.indexOf(needle, at + 1)) {
      found = true;
      if (this.articleRanges.some(([from, to]) => at >= from && at + needle.length <= to)) {
        return { found, inArticle: true };
      }
    }
    return { found, inArticle: false };
  }
}
