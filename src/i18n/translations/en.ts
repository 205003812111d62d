import type { TimelineEvent } from '../../data/schema.ts';

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

  sourcesLabel: (count: number) => (count === 1 ? 'Source:' : 'Sources:'),
  wordedDifferently: 'Worded differently in another source:',
  republication: '(a republication)',
  republishedAt: (url: string) => `republished at ${url}`,
  by: 'by',
  editorial: (publisher: string) => `${publisher} editorial`,
  orLater: (date: string) => `${date} or later`,

  agencies: 'Agencies',
  // Before a text from the dataset, which stays in the dataset's language.
  reportedBy: 'Reported by',

  // Every kind the schema knows: a Record, so a new kind cannot be forgotten.
  eventKinds: {
    law: 'Law',
    meeting: 'Meeting',
    statement: 'Statement',
    report: 'Report',
    plan: 'Plan',
    commitment: 'Commitment',
  } satisfies Record<TimelineEvent['kind'], string>,
  peopleInvolved: (count: number) => (count === 1 ? 'Person involved' : 'People involved'),
  chair: '(chair)',
  dateDerivation: 'How this date was derived:',
  moreEvents: (count: number, last: boolean) => (!last ? `Show ${count} more events` : count === 1 ? 'Show the last event' : `Show the last ${count} events`),

  topic: 'Topic:',
  furtherCall: 'A further call, after the report’s list of recommendations',
  copy: 'Copy',
  copied: 'Copied',
  copyFallback: 'Press Ctrl+C (⌘C on Mac) to copy',
  copyText: (text: string, issuer: string, citations: string) => `${text} — ${issuer}, recommendation reported in ${citations}`,
  moreRecommendations: (count: number, last: boolean) =>
    !last ? `Show ${count} more recommendations` : count === 1 ? 'Show the last recommendation' : `Show the last ${count} recommendations`,
} as const satisfies { $code: string; $name: string; $dir: 'ltr' | 'rtl'; [key: string]: unknown };
