import type { Dataset, Source } from '../../data/schema.ts';
import { archivedUrl, safeHttpsUrl } from '../formatting/source-links.ts';

/**
 * What a citation of the dataset names, from its changelog entry for its version: its title, version, licence,
 * date and what changed; none without a title and version.
 */
export function datasetRelease({ title, version, license, changelog }: Dataset) {
  const change = changelog?.find((entry) => entry.version === version);
  return title && version ? { title, version, license, date: change?.date, changes: change?.changes } : undefined;
}
export type DatasetRelease = NonNullable<ReturnType<typeof datasetRelease>>;
/** A reference's id for the dataset itself, beside its sources' ids. */
const DATASET_ID = 'dataset';

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

// A brace or backslash would end a field: percent-encoded, the same address.
const bibtexUrl = (url: string | undefined) => url?.replace(/[{}\\]/g, encodeURIComponent);

/** One BibTeX entry: the fields with a value, the title braced so that styles keep its capitals. */
function bibtexEntry(type: string, id: string, fields: [string, string | undefined][]): string {
  const body = fields.flatMap(([name, value]) => (value ? [`  ${name} = {${value}},`] : [])).join('\n');
  return `@${type}{${id},\n${body}\n}\n`;
}

/** `year` and `month` for classic BibTeX, from an ISO date of any precision. */
function yearMonth(iso: string | undefined): [string, string | undefined][] {
  const [year, month] = iso?.split('-') ?? [];
  return [['year', year], ['month', month && String(Number(month))]];
}

/**
 * The sources as BibTeX (biblatex's `@online`, with `year` and `month` for classic BibTeX too), a publisher with
 * no author the `organization`, an archived copy's address in `note`; then the dataset itself as a `@dataset`
 * with its `version`.
 */
export function bibtexFile(sources: Source[], release: DatasetRelease | undefined): string {
  const entries = sources.map((source) =>
    bibtexEntry('online', source.id, [
      ['author', source.author && bibtexText(source.author)],
      ['title', `{${bibtexText(source.title)}}`],
      ['organization', bibtexText(source.publisher)],
      ['date', source.date?.iso],
      ...yearMonth(source.date?.iso),
      ['url', bibtexUrl(safeHttpsUrl(source.url))],
      // In \url{}, so that LaTeX prints the address as it is (a `--` in it is no dash).
      ['note', archivedUrl(source) && `Archived copy: \\url{${bibtexUrl(archivedUrl(source))}}`],
    ]),
  );
  if (release) {
    entries.push(
      bibtexEntry('dataset', DATASET_ID, [
        ['title', `{${bibtexText(release.title)}}`],
        ['version', bibtexText(release.version)],
        ['date', release.date],
        ...yearMonth(release.date),
        ['note', release.license && `Licence: ${bibtexText(release.license)}`],
      ]),
    );
  }
  return entries.join('\n');
}

/** CSL's item type for a source's kind: a news report or an editorial is a newspaper article; the rest web pages. */
const cslType = (kind: Source['kind']) => (kind === 'news-report' || kind === 'editorial' ? 'article-newspaper' : 'webpage');

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/**
 * The sources as CSL-JSON (what Zotero, Mendeley and pandoc read), date parts at the precision the documents give,
 * an archived copy's address in `note` (the CSL-JSON schema allows no other field for it); then the dataset
 * itself, a `dataset` with its `version` and its licence in `note`.
 */
export const cslJsonFile = (sources: Source[], release: DatasetRelease | undefined): string =>
  `${JSON.stringify(
    [
      ...sources.map((source) => ({
        id: source.id,
        type: cslType(source.kind),
        title: source.title,
        ...(source.author ? { author: [{ literal: source.author }] } : {}),
        publisher: source.publisher,
        'container-title': source.publisher,
        ...(source.kind === 'editorial' ? { genre: 'editorial' } : {}),
        ...(source.date ? { issued: dateParts(source.date.iso) } : {}),
        ...(safeHttpsUrl(source.url) ? { URL: safeHttpsUrl(source.url) } : {}),
        ...(archivedUrl(source) ? { note: `Archived copy: ${archivedUrl(source)}` } : {}),
        ...(source.language ? { language: source.language } : {}),
      })),
      ...(release
        ? [
            {
              id: DATASET_ID,
              type: 'dataset',
              title: release.title,
              version: release.version,
              ...(release.date ? { issued: dateParts(release.date) } : {}),
              ...(release.license ? { note: `Licence: ${release.license}` } : {}),
            },
          ]
        : []),
    ],
    null,
    2,
  )}\n`;
