/**
 * The build's rules for the text an author writes around the quotes (titles, summaries, labels,
 * roles), which verbatim quotes alone cannot keep honest: its numbers are stated by the entry's own
 * quotes, an accomplishment's reporter is named in them, and every agency or person an entry credits
 * is named in them. Each problem names the entry. What only a reader can judge (a sentence that says
 * more than its quotes in other words) the manual's data page asks reviewers to read for.
 */
import type { Agency, Citation, Dataset, Person, Stat } from '../../src/data/schema.ts';
import { numbersIn, quotesStateNumber } from './number-forms.ts';

/** Text compared as a reader would: accents, curly apostrophes and runs of spaces aside. */
export const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as whole words of folded text: "editorial" not inside "editorials". */
export const wholeWord = (phrase: string, flags = '') => new RegExp(`(?<![\\p{L}\\d])${escape(fold(phrase))}(?![\\p{L}\\d])`, `u${flags}`);

/** A person is named by their surname: the last word of `name` ("Otero" for María Otero), accents aside, capitalised. */
export function personPattern(person: Person): RegExp {
  const surname = person.name.trim().split(/\s+/).at(-1)!;
  return wholeWord(surname);
}

/**
 * The ways a quote may name an agency, made from its own fields and nothing else:
 * - its name, with or without a leading "U.S." or "The", in any case ("the national security staff");
 * - its acronym, as written ("ILO", not "ilo");
 * - for a department or office, the words after "Department of" or "Office of (the)", capitalised
 *   ("State" in "Secretary of State", "State Department"; "Homeland Security"; "Director of National
 *   Intelligence"), or in any case after "secretary of" or "department(s) of" ("deputy secretary of
 *   transportation").
 */
export function agencyPatterns(agency: Agency): RegExp[] {
  const name = agency.name.trim();
  const bare = name.replace(/^(?:U\.S\.|The)\s+/, '');
  const patterns = [wholeWord(name, 'i'), wholeWord(bare, 'i')];
  if (agency.acronym) patterns.push(wholeWord(agency.acronym));
  const core = bare.replace(/^(?:Department of|Office of(?: the)?)\s+/, '');
  if (core !== bare) {
    patterns.push(wholeWord(core));
    patterns.push(new RegExp(`(?<![\\p{L}])(?:secretary|departments?) of (?:the )?${escape(fold(core))}(?![\\p{L}])`, 'iu'));
  }
  return patterns;
}

/** Looks names up in a dataset's quotes. */
export class Names {
  private readonly people: Map<string, Person>;
  private readonly agencies: Map<string, Agency>;

  constructor(data: Dataset) {
    this.people = new Map(data.people.map((p) => [p.id, p]));
    this.agencies = new Map(data.agencies.map((a) => [a.id, a]));
  }

  personNamed(id: string, quotes: string[]): boolean {
    const person = this.people.get(id);
    return !!person && quotes.some((quote) => personPattern(person).test(fold(quote)));
  }

  /**
   * An agency is named when a quote names it (agencyPatterns), or names a person who belongs to it or to
   * one of its offices: "Clinton said" names the Department of State through Hillary Clinton's `organization`.
   */
  agencyNamed(id: string, quotes: string[], { viaPeople = true } = {}): boolean {
    const agency = this.agencies.get(id);
    if (!agency) return false;
    const folded = quotes.map(fold);
    if (agencyPatterns(agency).some((pattern) => folded.some((quote) => pattern.test(quote)))) return true;
    return viaPeople && [...this.people.values()].some((person) => {
      const org = person.organization ? this.agencies.get(person.organization) : undefined;
      return (org?.id === id || org?.parent === id) && this.personNamed(person.id, quotes);
    });
  }
}

const quotesOf = (citations: Citation[]) => citations.map((c) => c.quote);
const statQuotes = (stat: Stat | undefined) => (stat ? [...quotesOf(stat.citations), ...(stat.wordings ?? []).map((w) => w.quote)] : []);

/** An entry's own quotes, and for an accomplishment its stats' quotes too. */
function evidence(data: Dataset) {
  const stats = new Map(data.stats.map((s) => [s.id, s]));
  return {
    accomplishment: (a: Dataset['accomplishments'][number]) => [
      ...quotesOf(a.citations),
      ...(a.stats ?? []).flatMap((id) => statQuotes(stats.get(id))),
    ],
  };
}

/** The authored text of each entry, by field: what a reader sees that is not a quote. */
function authoredFields(data: Dataset): Array<{ where: string; field: string; text: string; quotes: string[] }> {
  const { accomplishment } = evidence(data);
  const fields: Array<{ where: string; field: string; text: string; quotes: string[] }> = [];
  const add = (where: string, quotes: string[], entry: Record<string, unknown>, names: string[]) => {
    for (const field of names) {
      const text = entry[field];
      if (typeof text === 'string') fields.push({ where, field, text, quotes });
    }
  };
  for (const p of data.people) add(`people/${p.id}`, quotesOf(p.citations), p, ['role']);
  for (const s of data.stats) {
    add(`stats/${s.id}`, quotesOf(s.citations), s, ['qualifier', 'label', 'period']);
  }
  for (const e of data.events) add(`events/${e.id}`, quotesOf(e.citations), e, ['title', 'summary']);
  for (const a of data.accomplishments) add(`accomplishments/${a.id}`, accomplishment(a), a, ['summary']);
  for (const r of data.recommendations) add(`recommendations/${r.id}`, quotesOf(r.citations), r, ['title', 'text']);
  return fields;
}

/**
 * Rule 1: every number in authored text (title, summary, label, period, qualifier, role, recommendation
 * text), in digits or words, is stated by the entry's own quotes, or for an accomplishment by its stats'
 * quotes. Derivations and source metadata (urlNote) explain where things come from and are not checked.
 */
export function authoredNumberProblems(data: Dataset): string[] {
  const problems: string[] = [];
  for (const { where, field, text, quotes } of authoredFields(data)) {
    const quoted = quotes.flatMap(numbersIn);
    for (const mention of numbersIn(text)) {
      if (!quotesStateNumber(mention, quoted)) {
        problems.push(`${where}: ${field} says "${mention.text}", which none of its quotes states`);
      }
    }
  }
  return problems;
}

/** Rule 2: an accomplishment's reporter is named in its quotes or its stats' quotes. */
export function reporterProblems(data: Dataset): string[] {
  const names = new Names(data);
  const { accomplishment } = evidence(data);
  return data.accomplishments.flatMap((a) =>
    a.reportedBy && !names.personNamed(a.reportedBy, accomplishment(a))
      ? [`accomplishments/${a.id}: reportedBy "${a.reportedBy}" is named in none of its quotes or its stats' quotes`]
      : [],
  );
}

/**
 * Rule 3: every agency or person an entry credits is named in its quotes: a stat's `agency` and
 * `statedBy`, an accomplishment's `agency` (its quotes or its stats'), an event's `people` and `chair`,
 * a recommendation's `issuer` and `authors`, a person's self and `organization`.
 */
export function namedProblems(data: Dataset): string[] {
  const names = new Names(data);
  const { accomplishment } = evidence(data);
  const problems: string[] = [];
  const person = (where: string, field: string, id: string | undefined, quotes: string[]) => {
    if (id !== undefined && !names.personNamed(id, quotes)) problems.push(`${where}: ${field} "${id}" is named in none of its quotes`);
  };
  const agency = (where: string, field: string, id: string | undefined, quotes: string[], viaPeople = true) => {
    if (id !== undefined && !names.agencyNamed(id, quotes, { viaPeople })) problems.push(`${where}: ${field} "${id}" is named in none of its quotes`);
  };
  for (const p of data.people) {
    const quotes = quotesOf(p.citations);
    person(`people/${p.id}`, 'name', p.id, quotes);
    // A person's own name cannot stand for their organization: the quotes must name it.
    agency(`people/${p.id}`, 'organization', p.organization, quotes, false);
  }
  for (const s of data.stats) {
    const quotes = quotesOf(s.citations);
    person(`stats/${s.id}`, 'statedBy', s.statedBy, quotes);
    agency(`stats/${s.id}`, 'agency', s.agency, quotes);
  }
  for (const e of data.events) {
    const quotes = quotesOf(e.citations);
    (e.people ?? []).forEach((id, i) => person(`events/${e.id}`, `people.${i}`, id, quotes));
    person(`events/${e.id}`, 'chair', e.chair, quotes);
  }
  for (const a of data.accomplishments) {
    agency(`accomplishments/${a.id}`, 'agency', a.agency, accomplishment(a));
    // Who did it must be named outright: a reporter's name stands for the one who reported, not the one who did.
    agency(`accomplishments/${a.id}`, 'owner', a.owner, accomplishment(a), false);
  }
  for (const r of data.recommendations) {
    const quotes = quotesOf(r.citations);
    agency(`recommendations/${r.id}`, 'issuer', r.issuer, quotes);
    (r.authors ?? []).forEach((id, i) => person(`recommendations/${r.id}`, `authors.${i}`, id, quotes));
  }
  return problems;
}

/**
 * Rule 4: `agency` is the department or office that reported, one meaning everywhere: an entry with a reporter
 * (`reportedBy`, `statedBy`) has the reporter's organization, or the department it belongs to; an `owner` differs
 * from it; an office's `parent` is named beside the office in one quote.
 */
export function creditProblems(data: Dataset): string[] {
  const names = new Names(data);
  const people = new Map(data.people.map((p) => [p.id, p]));
  const agencies = new Map(data.agencies.map((a) => [a.id, a]));
  const problems: string[] = [];
  const reporter = (where: string, field: string, agency: string | undefined, personId: string | undefined) => {
    const organization = personId === undefined ? undefined : people.get(personId)?.organization;
    if (agency === undefined || personId === undefined) return;
    const reportedFor = organization === undefined ? [] : [organization, agencies.get(organization)?.parent];
    if (!reportedFor.includes(agency)) {
      problems.push(`${where}: agency "${agency}" is not the organization of its ${field} "${personId}" (${organization ?? 'none'}): agency is who reported it; who did it is \`owner\``);
    }
  };
  for (const s of data.stats) reporter(`stats/${s.id}`, 'statedBy', s.agency, s.statedBy);
  for (const a of data.accomplishments) {
    reporter(`accomplishments/${a.id}`, 'reportedBy', a.agency, a.reportedBy);
    if (a.owner !== undefined && a.owner === a.agency) problems.push(`accomplishments/${a.id}: owner "${a.owner}" is its agency: leave owner out`);
  }
  const allQuotes = [
    ...data.people, ...data.stats, ...data.events, ...data.accomplishments, ...data.recommendations,
  ].flatMap((entry) => quotesOf(entry.citations));
  for (const office of data.agencies) {
    if (office.parent === undefined) continue;
    const together = allQuotes.some((quote) => names.agencyNamed(office.id, [quote], { viaPeople: false }) && names.agencyNamed(office.parent!, [quote], { viaPeople: false }));
    if (!together) problems.push(`agencies/${office.id}: parent "${office.parent}" is named beside it in no quote`);
  }
  return problems;
}
