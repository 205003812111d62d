import type { Source } from '../../data/schema.ts';
import { safeHttpsUrl } from '../citation-text.ts';

/** What LaTeX reads as a command, written as the character itself, for a BibTeX field. */
const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
const bibtexText = (text: string) => text.replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_ESCAPES[c]);

/**
 * The sources as BibTeX (biblatex's `@online`, with `year` and `month` for classic BibTeX too): a publisher with
 * no author is the `organization`; the title braced so that styles keep its capitals.
 */
export function bibtexFile(sources: Source[]): string {
  return sources
    .map((source) => {
      const [year, month] = source.date?.iso.split('-') ?? [];
      const fields: [string, string | undefined][] = [
        ['author', source.author && bibtexText(source.author)],
        ['title', `{${bibtexText(source.title)}}`],
        ['organization', bibtexText(source.publisher)],
        ['date', source.date?.iso],
        ['year', year],
        ['month', month && String(Number(month))],
        // A brace or backslash would end the field: percent-encoded, the same address.
        ['url', safeHttpsUrl(source.url)?.replace(/[{}\\]/g, encodeURIComponent)],
      ];
      const body = fields.flatMap(([name, value]) => (value ? [`  ${name} = {${value}},`] : [])).join('\n');
      return `@online{${source.id},\n${body}\n}\n`;
    })
    .join('\n');
}

/** CSL's item type for a source's kind: a news report or an editorial is a newspaper article; the rest web pages. */
const cslType = (kind: Source['kind']) => (kind === 'news-report' || kind === 'editorial' ? 'article-newspaper' : 'webpage');

/** The sources as CSL-JSON (what Zotero, Mendeley and pandoc read): date parts at the precision the documents give. */
export const cslJsonFile = (sources: Source[]): string =>
  `${JSON.stringify(
    sources.map((source) => ({
      id: source.id,
      type: cslType(source.kind),
      title: source.title,
      ...(source.author ? { author: [{ literal: source.author }] } : {}),
      publisher: source.publisher,
      'container-title': source.publisher,
      ...(source.kind === 'editorial' ? { genre: 'editorial' } : {}),
      ...(source.date ? { issued: { 'date-parts': [source.date.iso.split('-').map(Number)] } } : {}),
      ...(safeHttpsUrl(source.url) ? { URL: safeHttpsUrl(source.url) } : {}),
      ...(source.language ? { language: source.language } : {}),
    })),
    null,
    2,
  )}\n`;
