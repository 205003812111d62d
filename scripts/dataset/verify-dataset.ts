import type { Citation, Dataset, PartialDate } from '../../src/data/schema.ts';
import { validateDataset } from '../../src/data/validate-dataset.ts';
import { authoredNumberProblems, creditProblems, namedProblems, reporterProblems } from './authored-text.ts';
import { sourceMetadataProblems } from './source-metadata.ts';
import { fragmentProblems } from './text-fragments.ts';
import { quoteStatesValue } from './number-forms.ts';
import { SourceText, type SourceFile } from './source-text.ts';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const PARTS_BY_PRECISION = { year: 1, month: 2, day: 3 } as const;

/** What is wrong with a date given the quotes that support it; empty when nothing is. */
export function dateProblems(date: PartialDate, quotes: string[]): string[] {
  const parts = date.iso.split('-').map(Number);
  if (parts.length !== PARTS_BY_PRECISION[date.precision]) {
    return [`date ${date.iso} does not have ${date.precision} precision`];
  }
  const [year, month = 1, day = 1] = parts;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return [`date ${date.iso} is not a calendar date`];

  const problems: string[] = [];
  const supports = (pattern: RegExp) => quotes.some((quote) => pattern.test(quote));
  if (!date.derivation && !supports(new RegExp(`\\b${year}\\b`))) {
    problems.push(`date ${date.iso}: no quote states the year ${year} and no derivation explains it`);
  }
  const monthName = MONTHS[month - 1];
  if (date.precision === 'month' && !supports(new RegExp(`\\b${monthName}\\b`))) {
    problems.push(`date ${date.iso} claims month precision but no quote names ${monthName}`);
  }
  if (date.precision === 'day' && !supports(new RegExp(`\\b${monthName}\\s+0?${day}(?:st|nd|rd|th)?\\b`))) {
    problems.push(`date ${date.iso} claims day precision but no quote states ${monthName} ${day}`);
  }
  return problems;
}

/** "stats.3.value: …" -> "stats/hotline-calls value: …": a validator problem, naming the entry by its id. */
function nameEntry(problem: string, input: unknown): string {
  return problem.replace(/^([a-z]+)\.(\d+)\.?/, (path, collection: string, index: string) => {
    const id = (input as Record<string, Array<{ id?: unknown }> | undefined>)[collection]?.[Number(index)]?.id;
    return typeof id === 'string' ? `${collection}/${id} ` : `${path} `;
  });
}

/**
 * The bundled dataset is in English, the language of its sources, and says so; it ships no translations:
 * their words would be the project's, which no quote can verify. It has what a citation of it names.
 */
function bundledProblems(data: Dataset): string[] {
  const problems = data.language === 'en' ? [] : ['the dataset\'s language must be "en", its sources\' language'];
  // What a citation of the bundled dataset names: a page's own dataset may leave them out.
  for (const field of ['title', 'version', 'license', 'changelog'] as const) if (!data[field]) problems.push(`the bundled dataset needs a ${field}`);
  for (const collection of ['stats', 'events', 'accomplishments', 'recommendations'] as const) {
    for (const entry of data[collection]) if (entry.translations) problems.push(`${collection}/${entry.id}: the bundled dataset ships no translations`);
  }
  for (const source of data.sources) if (source.language && source.language !== 'en') problems.push(`sources/${source.id}: language "${source.language}" is not its text's`);
  return problems;
}

/**
 * Every problem with a dataset, each naming the entry: what the run-time validator finds (the schema,
 * duplicate ids, dangling references), then quotes that are not verbatim in the article part of their
 * source, figures their quotes do not state, dates claiming more than the quotes support, and authored
 * text that goes beyond its quotes where a rule can tell (./authored-text.ts).
 */
export function verifyDataset(input: unknown, sourceFiles: SourceFile[], readSource: (file: string) => string): string[] {
  const check = validateDataset(input);
  if (!check.ok) return check.problems.map((problem) => nameEntry(problem, input));
  const data = check.dataset;
  const problems: string[] = [];

  const texts = new Map<string, SourceText>();
  for (const record of sourceFiles) {
    const text = new SourceText(record, readSource(record.file));
    problems.push(...text.problems.map((p) => `data/sources/sources.json ${record.id}: ${p}`));
    texts.set(record.id, text);
  }

  const checkCitations = (where: string, citations: Citation[], what = 'citation') => {
    citations.forEach(({ source, quote }, i) => {
      const text = texts.get(source);
      if (!text) {
        problems.push(`${where}: ${what} ${i + 1} names a source with no document in data/sources/sources.json: "${source}"`);
        return;
      }
      const { found, inArticle } = text.locate(quote);
      if (!found) problems.push(`${where}: ${what} ${i + 1} quote is not verbatim in ${source}: "${quote}"`);
      else if (!inArticle) problems.push(`${where}: ${what} ${i + 1} quote lies outside the article in ${source}: "${quote}"`);
    });
  };
  const checkDate = (where: string, date: PartialDate, quotes: string[]) =>
    problems.push(...dateProblems(date, quotes).map((p) => `${where}: ${p}`));
  const quotesOf = (citations: Citation[]) => citations.map((c) => c.quote);

  for (const source of data.sources) {
    const where = `sources/${source.id}`;
    if (!texts.has(source.id)) problems.push(`${where}: no document in data/sources/sources.json`);
    if (source.date && source.dateAsGiven) {
      checkDate(where, source.date, [source.dateAsGiven]);
      if (!texts.get(source.id)?.locate(source.dateAsGiven).inArticle) {
        problems.push(`${where}: dateAsGiven "${source.dateAsGiven}" is not in the article`);
      }
    } else if (source.date && !source.date.derivation) {
      problems.push(`${where}: a date with no dateAsGiven needs a derivation`);
    }
    if (source.url && !source.urlNote) problems.push(`${where}: url needs a urlNote saying how it was matched to the document`);
    const text = texts.get(source.id);
    if (text) problems.push(...sourceMetadataProblems(source, text).map((p) => `${where}: ${p}`));
  }
  for (const person of data.people) checkCitations(`people/${person.id}`, person.citations);
  for (const stat of data.stats) {
    const where = `stats/${stat.id}`;
    for (const [what, citations] of [['citation', stat.citations], ['wording', stat.wordings ?? []]] as const) {
      checkCitations(where, citations, what);
      citations.forEach(({ quote }, i) => {
        if (!quoteStatesValue(quote, stat.value, stat.unit)) {
          problems.push(`${where}: ${what} ${i + 1} quote does not state the value ${stat.value}: "${quote}"`);
        }
      });
    }
  }
  for (const event of data.events) {
    const where = `events/${event.id}`;
    checkCitations(where, event.citations);
    checkDate(where, event.date, quotesOf(event.citations));
  }
  const meetings = new Set(data.events.filter((e) => e.kind === 'meeting').map((e) => e.id));
  const stats = new Map(data.stats.map((stat) => [stat.id, stat]));
  for (const [collection, items] of [['stats', data.stats], ['accomplishments', data.accomplishments]] as const) {
    for (const { id, meeting } of items) {
      if (meeting !== undefined && !meetings.has(meeting)) problems.push(`${collection}/${id}: meeting "${meeting}" is not a meeting in events`);
    }
  }
  for (const item of data.accomplishments) {
    const where = `accomplishments/${item.id}`;
    // A stat card dates a figure by its own meeting: it must be the one its accomplishment was reported at.
    for (const stat of (item.stats ?? []).map((id) => stats.get(id))) {
      if (item.meeting !== undefined && stat && stat.meeting !== item.meeting) {
        problems.push(`${where}: reports stat "${stat.id}" at meeting "${item.meeting}", but the stat names ${stat.meeting ? `meeting "${stat.meeting}"` : 'no meeting'}`);
      }
    }
    checkCitations(where, item.citations);
  }
  for (const item of data.recommendations) {
    const where = `recommendations/${item.id}`;
    checkCitations(where, item.citations);
    checkDate(where, item.date, quotesOf(item.citations));
  }
  problems.push(...authoredNumberProblems(data), ...reporterProblems(data), ...namedProblems(data), ...creditProblems(data), ...bundledProblems(data));
  problems.push(...fragmentProblems(data, (source) => texts.get(source)?.text));
  return problems;
}
