/**
 * The one definition of a tip-widgets dataset. The TypeScript types, the
 * run-time validation and `data/dataset.schema.json` are all derived from it.
 */
import * as v from 'valibot';

const KebabId = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id such as "annual-meeting-2012"'),
);
const Text = v.pipe(v.string(), v.regex(/\S/, 'a non-empty string'));
const LanguageTag = v.pipe(v.string(), v.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'a language tag such as "en" or "pt-BR"'));

/**
 * An entry's authored fields in other languages, by language tag: written by the dataset's owner, never
 * a quote's (a quote stays in its source's words). A widget in one of these languages shows them.
 */
function translationsOf<const Field extends string>(...fields: Field[]) {
  const texts = Object.fromEntries(fields.map((field) => [field, v.optional(Text)])) as Record<Field, v.OptionalSchema<typeof Text, undefined>>;
  return v.optional(
    v.pipe(
      v.record(LanguageTag, v.object(texts)),
      v.description(`Translations of ${fields.join(' and ')}, by language tag (e.g. "es"); never of quotes.`),
    ),
  );
}

/** A verbatim quote from one source document: the evidence behind an entry. */
export const CitationSchema = v.object({
  source: v.pipe(KebabId, v.description('Id of an entry in `sources`.')),
  quote: v.pipe(Text, v.description('Words copied verbatim from the source document.')),
});

const Citations = v.pipe(
  v.array(CitationSchema),
  v.minLength(1, 'at least one citation'),
  v.description('Where this entry comes from; at least one.'),
);

/**
 * A calendar date at the precision the documents support: `2000`, `2020-10` or `2012-03-15`.
 * `derivation` explains a date that no document states outright.
 */
export const PartialDateSchema = v.object({
  iso: v.pipe(
    v.string(),
    v.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'),
  ),
  precision: v.picklist(['year', 'month', 'day']),
  /** `on-or-after`: the documents only bound the date from below ("2021 or later"). */
  bound: v.optional(v.picklist(['exact', 'on-or-after'])),
  derivation: v.optional(v.pipe(Text, v.description('How the date was derived where no document states it.'))),
});

export const SourceSchema = v.object({
  id: KebabId,
  title: Text,
  publisher: Text,
  author: v.optional(Text),
  /** `editorial`: a page that presents its publisher's views (VOA's present the U.S. government's). */
  kind: v.picklist(['news-report', 'editorial', 'government-release', 'report-summary']),
  /** The publication date exactly as the document prints it, when it prints one. */
  dateAsGiven: v.optional(Text),
  date: v.optional(PartialDateSchema),
  url: v.optional(
    v.pipe(
      v.string(),
      v.url(),
      v.regex(/^https:\/\//, 'an https: URL'),
      v.description(
        'Where a reader can open the same text: metadata, never a source of claims. Widgets link it in a new tab, with rel="noopener noreferrer" and no referrer, so the visit is not announced.',
      ),
    ),
  ),
  urlNote: v.optional(v.pipe(Text, v.description('How `url` was matched to the document (its title, its text), since the document does not carry it; required beside `url` in the bundled dataset.'))),
  urlKind: v.optional(v.pipe(v.picklist(['original', 'republication']), v.description('`republication`: `url` is another publisher’s copy of the same text; absent means the original.'))),
  language: v.optional(v.pipe(LanguageTag, v.description('The language of the document, its title and its quotes; the dataset’s `language` when absent.'))),
  fromAddress: v.optional(v.pipe(v.array(v.picklist(['publisher', 'kind'])), v.description('Fields read from `url`, not printed in the document: widgets say so.'))),
});

export const AgencySchema = v.object({
  id: KebabId,
  name: Text,
  acronym: v.optional(Text),
  kind: v.picklist(['department', 'office', 'program', 'council', 'intergovernmental', 'nongovernmental']),
  /** The department an office belongs to. */
  parent: v.optional(KebabId),
});

export const PersonSchema = v.object({
  id: KebabId,
  name: Text,
  role: v.pipe(Text, v.description('Role or title as of the citing document.')),
  organization: v.optional(v.pipe(KebabId, v.description('Id of an entry in `agencies`.'))),
  citations: Citations,
});

export const StatSchema = v.object({
  id: KebabId,
  value: v.pipe(v.number(), v.finite()),
  unit: v.picklist(['people', 'percent', 'countries', 'usd', 'calls', 'cases', 'defendants', 'prosecutions']),
  /** The qualifier the document uses: "nearly", "more than", "some", "an estimated". */
  qualifier: v.optional(Text),
  /** For a change: which way it went. */
  direction: v.optional(v.picklist(['increase', 'decrease'])),
  label: v.pipe(Text, v.description('What the figure counts, readable after the number.')),
  period: v.optional(Text),
  translations: translationsOf('qualifier', 'label', 'period'),
  statedBy: v.optional(KebabId),
  agency: v.optional(KebabId),
  meeting: v.optional(v.pipe(KebabId, v.description('Id of the meeting event it was reported at.'))),
  citations: Citations,
  wordings: v.optional(
    v.pipe(
      v.array(CitationSchema),
      v.description('The same figure as other sources word it, verbatim, where their words differ from the stat’s: kept apart, never merged into its label.'),
    ),
  ),
});

export const EventSchema = v.object({
  id: KebabId,
  kind: v.picklist(['law', 'meeting', 'statement', 'report', 'plan', 'commitment']),
  date: PartialDateSchema,
  title: Text,
  summary: Text,
  translations: translationsOf('title', 'summary'),
  people: v.optional(
    v.pipe(v.array(KebabId), v.description('The people its quotes name in their account of it: in attendance, chairing, speaking or reporting.')),
  ),
  chair: v.optional(KebabId),
  citations: Citations,
});

export const AccomplishmentSchema = v.object({
  id: KebabId,
  agency: v.pipe(KebabId, v.description('The department or office that reported it, what `<agency-accomplishments>` groups by.')),
  owner: v.optional(v.pipe(KebabId, v.description('Who did it, where a quote names it and it is not `agency`.'))),
  summary: Text,
  translations: translationsOf('summary'),
  reportedBy: v.optional(KebabId),
  meeting: v.optional(v.pipe(KebabId, v.description('Id of the meeting event it was reported at.'))),
  stats: v.optional(v.array(KebabId)),
  citations: Citations,
});

export const RecommendationSchema = v.object({
  id: KebabId,
  title: Text,
  text: Text,
  translations: translationsOf('title', 'text'),
  topic: v.pipe(KebabId, v.description('e.g. forced-labor, migration, supply-chains, cybercrime')),
  placement: v.optional(
    v.pipe(
      v.picklist(['list', 'text']),
      v.description('Where it stands in its report: `list`, among the recommendations the report lists; `text`, a call made in its text, apart from that list.'),
    ),
  ),
  issuer: KebabId,
  authors: v.optional(v.array(KebabId)),
  date: PartialDateSchema,
  citations: Citations,
});

const SemanticVersion = v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'a semantic version such as "1.0.0"'));

/**
 * One release of a dataset's content. Semantic: a figure or claim changed is a major version, entries added a
 * minor one, wording a patch.
 */
export const ChangeSchema = v.object({
  version: SemanticVersion,
  date: v.pipe(v.string(), v.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'a date such as "2026-12-07"')),
  changes: v.pipe(Text, v.description('What changed, for a reader of the widgets’ data control.')),
  ids: v.optional(v.pipe(v.array(KebabId), v.description('The ids of the entries it changed, added or removed.'))),
});

export const DatasetSchema = v.object({
  $schema: v.optional(v.string()),
  title: v.optional(v.pipe(Text, v.description('What the dataset is, as a citation names it.'))),
  version: v.optional(v.pipe(SemanticVersion, v.description('The version of its content: the first entry of `changelog`.'))),
  license: v.optional(
    v.pipe(Text, v.description('The licence of the authored data (an SPDX id such as "CC-BY-4.0"); quotes remain their publishers’ words, cited.')),
  ),
  changelog: v.optional(v.pipe(v.array(ChangeSchema), v.description('Its releases, newest first.'))),
  language: v.optional(
    v.pipe(LanguageTag, v.description('The language of the authored text (titles, summaries, labels) and, unless a source says otherwise, of the quotes; `en` when absent.')),
  ),
  sources: v.array(SourceSchema),
  agencies: v.array(AgencySchema),
  people: v.array(PersonSchema),
  stats: v.array(StatSchema),
  events: v.array(EventSchema),
  accomplishments: v.array(AccomplishmentSchema),
  recommendations: v.array(RecommendationSchema),
});

export type Citation = v.InferOutput<typeof CitationSchema>;
export type Change = v.InferOutput<typeof ChangeSchema>;
export type PartialDate = v.InferOutput<typeof PartialDateSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Agency = v.InferOutput<typeof AgencySchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type Stat = v.InferOutput<typeof StatSchema>;
export type TimelineEvent = v.InferOutput<typeof EventSchema>;
export type Accomplishment = v.InferOutput<typeof AccomplishmentSchema>;
export type Recommendation = v.InferOutput<typeof RecommendationSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
