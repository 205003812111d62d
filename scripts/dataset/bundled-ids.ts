import type { Dataset } from '../../src/data/schema.ts';

const union = (values: Iterable<string>) => [...new Set(values)].map((value) => `'${value}'`).join(' | ') || 'never';

/**
 * src/data/bundled-ids.ts: the bundled dataset's ids as string-literal unions, so an editor completes
 * `stat="…"` and the framework types list the ids. Each attribute still takes any string (a page's own
 * `<tip-dataset>` has its own ids): the elements type it `BundledStatId | OwnId`.
 */
export function bundledIdsModule(dataset: Dataset): string {
  const types: [string, string, Iterable<string>][] = [
    ['BundledStatId', 'A stat id of the bundled dataset.', dataset.stats.map((s) => s.id)],
    [
      'BundledAgencyId',
      'An agency id or acronym of the bundled dataset.',
      dataset.agencies.flatMap((a) => (a.acronym ? [a.id, a.acronym] : [a.id])),
    ],
    ['BundledMeetingId', 'A meeting (an event of kind `meeting`) of the bundled dataset.', dataset.events.filter((e) => e.kind === 'meeting').map((e) => e.id)],
    ['BundledSourceId', 'A source id of the bundled dataset.', dataset.sources.map((s) => s.id)],
    ['BundledTopic', 'A recommendation topic of the bundled dataset.', dataset.recommendations.map((r) => r.topic)],
  ];
  return [
    '// Written by `npm run data` from data/dataset.json; `npm run data -- --check` fails when it is stale.',
    '',
    '/** Any other id: keeps a union of known ids open without losing its completions (`string & {}`). */',
    'export type OwnId = string & {};',
    ...types.flatMap(([name, doc, ids]) => ['', `/** ${doc} */`, `export type ${name} = ${union(ids)};`]),
    '',
  ].join('\n');
}
