import * as v from 'valibot';
import { DatasetSchema, type Citation, type Dataset, type PartialDate } from '../../src/data/schema.ts';
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

type Entry = { id: string; citations?: Citation[] };

/**
 * Every problem with a dataset, each naming the entry: schema errors, quotes that are not verbatim in
 * the article part of their source, figures their quotes do not state, dates claiming more than the
 * quotes support, duplicate ids and dangling references.
 */
export function verifyDataset(input: unknown, sourceFiles: SourceFile[], readSource: (file: string) => string): string[] {
  const parsed = v.safeParse(DatasetSchema, input);
  if (!parsed.success) {
    return parsed.issues.map((issue) => `schema: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  }
  const data: Dataset = parsed.output;
  const problems: string[] = [];

  const texts = new Map<string, SourceText>();
  for (const record of sourceFiles) {
    const text = new SourceText(record, readSource(record.file));
    problems.push(...text.problems.map((p) => `data/sources/sources.json ${record.id}: ${p}`));
    texts.set(record.id, text);
  }

  const collections = {
    sources: data.sources, agencies: data.agencies, people: data.people, stats: data.stats,
    events: data.events, accomplishments: data.accomplishments, recommendations: data.recommendations,
  } satisfies Record<string, Entry[]>;
  const ids = Object.fromEntries(
    Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]),
  ) as Record<keyof typeof collections, Set<string>>;

  const seen = new Map<string, string>();
  for (const [name, entries] of Object.entries(collections)) {
    for (const { id } of entries) {
      const where = `${name}/${id}`;
      if (seen.has(id)) problems.push(`${where}: id is duplicated (also ${seen.get(id)})`);
      else seen.set(id, where);
    }
  }
  for (const source of data.sources) {
    if (!texts.has(source.id)) problems.push(`sources/${source.id}: no document in data/sources/sources.json`);
  }

  const refer = (where: string, field: string, id: string | undefined, target: keyof typeof ids) => {
    if (id !== undefined && !ids[target].has(id)) problems.push(`${where}: ${field} "${id}" is not an id in ${target}`);
  };
  const checkCitations = (where: string, citations: Citation[]) => {
    citations.forEach(({ source, quote }, i) => {
      const text = texts.get(source);
      if (!ids.sources.has(source) || !text) {
        problems.push(`${where}: citation ${i + 1} names unknown source "${source}"`);
        return;
      }
      const { found, inArticle } = text.locate(quote);
      if (!found) problems.push(`${where}: citation ${i + 1} quote is not verbatim in ${source}: "${quote}"`);
      else if (!inArticle) problems.push(`${where}: citation ${i + 1} quote lies outside the article in ${source}: "${quote}"`);
    });
  };
  const checkDate = (where: string, date: PartialDate, quotes: string[]) =>
    problems.push(...dateProblems(date, quotes).map((p) => `${where}: ${p}`));
  const quotesOf = (citations: Citation[]) => citations.map((c) => c.quote);

  for (const source of data.sources) {
    const where = `sources/${source.id}`;
    if (source.date && source.dateAsGiven) {
      checkDate(where, source.date, [source.dateAsGiven]);
      if (!texts.get(source.id)?.locate(source.dateAsGiven).inArticle) {
        problems.push(`${where}: dateAsGiven "${source.dateAsGiven}" is not in the article`);
      }
    } else if (source.date && !source.date.derivation) {
      problems.push(`${where}: a date with no dateAsGiven needs a derivation`);
    }
  }
  for (const agency of data.agencies) refer(`agencies/${agency.id}`, 'parent', agency.parent, 'agencies');
  for (const person of data.people) {
    const where = `people/${person.id}`;
    refer(where, 'organization', person.organization, 'agencies');
    checkCitations(where, person.citations);
  }
  for (const stat of data.stats) {
    const where = `stats/${stat.id}`;
    refer(where, 'statedBy', stat.statedBy, 'people');
    refer(where, 'agency', stat.agency, 'agencies');
    checkCitations(where, stat.citations);
    stat.citations.forEach(({ quote }, i) => {
      if (!quoteStatesValue(quote, stat.value, stat.unit)) {
        problems.push(`${where}: citation ${i + 1} quote does not state the value ${stat.value}: "${quote}"`);
      }
    });
  }
  for (const event of data.events) {
    const where = `events/${event.id}`;
    event.people?.forEach((id) => refer(where, 'people', id, 'people'));
    refer(where, 'chair', event.chair, 'people');
    checkCitations(where, event.citations);
    checkDate(where, event.date, quotesOf(event.citations));
  }
  const meetings = new Set(data.events.filter((e) => e.kind === 'meeting').map((e) => e.id));
  for (const item of data.accomplishments) {
    const where = `accomplishments/${item.id}`;
    refer(where, 'agency', item.agency, 'agencies');
    refer(where, 'reportedBy', item.reportedBy, 'people');
    if (item.meeting !== undefined && !meetings.has(item.meeting)) {
      problems.push(`${where}: meeting "${item.meeting}" is not a meeting in events`);
    }
    item.stats?.forEach((id) => refer(where, 'stats', id, 'stats'));
    checkCitations(where, item.citations);
  }
  for (const item of data.recommendations) {
    const where = `recommendations/${item.id}`;
    refer(where, 'issuer', item.issuer, 'agencies');
    item.authors?.forEach((id) => refer(where, 'authors', id, 'people'));
    checkCitations(where, item.citations);
    checkDate(where, item.date, quotesOf(item.citations));
  }
  return problems;
}
