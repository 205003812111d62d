import type { TimelineEvent } from '../../data/schema.ts';
import { formatCount, plural } from '../plural.ts';

/**
 * The widgets' own words in English: the source every other language matches key for key (the type of
 * each is a Translation, so a missing or extra key fails the type check, and test/node/translations.test.ts
 * fails on a key no widget uses). A function takes what the sentence needs and returns it whole, so a
 * language can order it, and pluralise and agree, as it must.
 */
export const en = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',

  loading: 'Loading…',
  cannotShow: (element: string, problem: string) => `Can’t show this ${element}: ${problem}.`,

  sourcesLabel: (count: number) => plural('en', count, { one: 'Source:', other: 'Sources:' }),
  wordedDifferently: 'Worded differently in another source:',
  republication: '(a republication)',
  republishedAt: (url: string) => `republished at ${url}`,
  by: 'by',
  editorial: (publisher: string) => `${publisher} editorial`,
  orLater: (date: string) => `${date} or later`,
  // After a source's publisher ("… editorial" too) that its page does not print: its web address names it. Square
  // brackets, as a catalogue marks what it supplies from outside the item, and no parentheses inside parentheses.
  fromAddress: (text: string) => `${text} [per its web address]`,
  archivedCopy: 'archived copy (may differ)',

  agencies: 'Agencies',
  // Before a text from the dataset, which stays in the dataset's language.
  reportedBy: 'Reported by',
  // Before the agency that did what another reported (an accomplishment's owner), a text from the dataset.
  carriedOutBy: 'Carried out by',

  // Every kind the schema knows: a Record, so a new kind cannot be forgotten.
  eventKinds: {
    law: 'Law',
    meeting: 'Meeting',
    statement: 'Statement',
    report: 'Report',
    plan: 'Plan',
    commitment: 'Commitment',
  } satisfies Record<TimelineEvent['kind'], string>,
  peopleInvolved: (count: number) => plural('en', count, { one: 'Person involved', other: 'People involved' }),
  chair: '(chair)',
  dateDerivation: 'How this date was derived:',
  /** Titles of the buttons that move a wide timeline's track (a mouse's; the arrow keys do it too). */
  earlierEvents: 'Earlier events',
  laterEvents: 'Later events',
  moreEvents: (count: number, last: boolean) =>
    last
      ? plural('en', count, { one: 'Show the last event', other: `Show the last ${formatCount('en', count)} events` })
      : plural('en', count, { one: 'Show 1 more event', other: `Show ${formatCount('en', count)} more events` }),

  topic: 'Topic:',
  furtherCall: 'A further call, after the report’s list of recommendations',
  copy: 'Copy',
  copied: 'Copied',
  copyFallback: 'Press Ctrl+C (⌘C on Mac) to copy',
  copyText: (text: string, issuer: string, citations: string) => `${text} — ${issuer}, recommendation reported in ${citations}`,
  moreRecommendations: (count: number, last: boolean) =>
    last
      ? plural('en', count, { one: 'Show the last recommendation', other: `Show the last ${formatCount('en', count)} recommendations` })
      : plural('en', count, { one: 'Show 1 more recommendation', other: `Show ${formatCount('en', count)} more recommendations` }),

  // What a widget was asked for and cannot show, after "Can't show this <tag>: ". Ids and attribute values are
  // quoted as written: they are the page's, in no language.
  notOneOf: (attribute: string, value: string, allowed: string, count: number) => `${attribute} "${value}" is not ${count > 2 ? 'one of ' : ''}${allowed}`,
  badHeadingLevel: (level: string | undefined) => `heading-level${level === undefined ? '' : ` "${level}"`} is not a whole number from 2 to 6`,
  badLocale: (locale: string) => `locale "${locale}" is not a language tag such as "en-US"`,
  noProvider: 'the <tip-dataset> around it is not defined: import tip-widgets/tip-dataset.js too',
  displayFailed: 'the data could not be displayed',
  noStatAttribute: 'no stat attribute names a figure to show',
  noStat: (id: string) => `no stat has the id "${id}"`,
  fromAfterTo: (from: number, to: number) => `from ${from} is after to ${to}`,
  notAYear: (attribute: string, value: string) => `${attribute} "${value}" is not a year such as 2012`,
  unknownKind: (kind: string, kinds: string) => `kind "${kind}" is not one of ${kinds}`,
  noEvents: (kinds: string | undefined, from: number | undefined, to: number | undefined) =>
    `no ${kinds ? `${kinds} ` : ''}events${
      from !== undefined && to !== undefined
        ? from === to
          ? ` in ${from}`
          : ` between ${from} and ${to}`
        : from !== undefined
          ? ` in or after ${from}`
          : to !== undefined
            ? ` in or before ${to}`
            : ''
    }`,
  noSource: (id: string) => `no source has the id "${id}"`,
  noTopic: (topic: string, known: string | undefined) => `no recommendation has the topic "${topic}" (known topics: ${known ?? 'none'})`,
  noRecommendations: (source: string | undefined, topic: string | undefined) =>
    source && topic
      ? `no recommendation cites the source "${source}" and has the topic "${topic}"`
      : source
        ? `no recommendation cites the source "${source}"`
        : topic
          ? `no recommendation has the topic "${topic}"`
          : 'the dataset has no recommendations',
  noAgency: (wanted: string) => `no agency has the id or acronym "${wanted}"`,
  noMeeting: (wanted: string) => `no meeting has the id "${wanted}"`,
  notAMeeting: (id: string, kind: string) => `event "${id}" is a ${kind}, not a meeting`,
  nothingReported: (agency: string | undefined, meeting: string | undefined) =>
    agency && meeting
      ? `agency "${agency}" reported nothing at meeting "${meeting}"`
      : agency
        ? `agency "${agency}" has no accomplishments in the dataset`
        : meeting
          ? `no agency reported anything at meeting "${meeting}"`
          : 'the dataset has no accomplishments',
  unknownAgency: (accomplishment: string, agency: string) => `accomplishment "${accomplishment}" names an unknown agency "${agency}"`,

  // Why a <tip-dataset> provides no dataset. A dataset's own problems (paths in the file and the schema's
  // words) stay in English, the language of its schema.
  datasetAt: (src: string) => `the dataset at "${src}"`,
  datasetGiven: 'the dataset given as data',
  notADataset: (dataset: string, problems: string, more: number) =>
    `${dataset} is not a tip-widgets dataset: ${problems}${more > 0 ? `; and ${more} more (see the console)` : ''}`,
  notAUrl: (src: string) => `src "${src}" is not a URL`,
  badTimeout: (value: string) => `the timeout "${value}" is not a number of milliseconds`,
  timedOut: (dataset: string, timeout: number) => `${dataset} did not load within ${timeout} ms (its timeout)`,
  unreachable: (dataset: string) => `${dataset} could not be fetched: the network failed, or its server does not allow this page to read it (CORS)`,
  refused: (dataset: string, status: string) => `${dataset} could not be loaded: the server answered ${status}`,
  notJson: (src: string, type: string | undefined) => `the file at "${src}" is not JSON${type ? ` (the server sent ${type})` : ''}`,
  noChecker: (dataset: string) => `${dataset} cannot be checked: add its checker, dataset-checker.js, to the page`,
  notGiven: (dataset: string) => `${dataset} was not given to the server render`,
  unreadable: (dataset: string, reason: string) => `${dataset} could not be read: ${reason}`,

  // Quotation marks around a title from the dataset, in this language's typography.
  quoted: (text: string) => `“${text}”`,
  /** Between the parts of a line (a publisher and its date), and between the items of a list of sources. */
  separator: ', ',
  listSeparator: '; ',
  // The data and citation control (src/shared/data-and-citation/).
  dataAndCitation: 'Data and citation',
  downloadCsv: 'Download CSV',
  downloadJson: 'Download JSON',
  citeSources: (count: number) => plural('en', count, { one: 'To cite its source:', other: 'To cite its sources:' }),
  copyCitation: 'Copy citation',
  downloadBibtex: 'Download BibTeX',
  downloadCsl: 'Download CSL-JSON',
  undated: 'n.d.',
  datasetRelease: (version: string, date: string) => `Dataset ${version}, ${date}:`,
  version: (version: string) => `version ${version}`,
  notPrinted: (count: number) =>
    plural('en', count, { one: '1 more item not printed', other: `${formatCount('en', count)} more items not printed` }) + ': see the page online',
} as const satisfies { $code: string; $name: string; $dir: 'ltr' | 'rtl'; [key: string]: unknown };
