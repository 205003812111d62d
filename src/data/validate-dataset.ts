import * as v from 'valibot';
import { DatasetSchema, type Dataset } from './schema.ts';

export type DatasetCheck = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

/** Words for valibot's schema types, to read "expected a number" rather than "Expected number". */
const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  array: 'an array',
  object: 'an object',
  url: 'a URL',
  finite: 'a finite number',
};

/** A received value as valibot prints it, cut short: a message names the problem, not the whole input. */
const shorten = (received: string) => (received.length > 40 ? `${received.slice(0, 39)}…` : received);

/** "stats.3.value: expected a number, got "abc"": the path in the file (below `at`) and the shape it needs. */
function describeIssue(issue: v.BaseIssue<unknown>, at?: string): string {
  const path = [at, v.getDotPath(issue)].filter(Boolean).join('.') || 'the top level';
  if (issue.type === 'object' && issue.received === 'undefined') return `${path}: missing`;
  const expected =
    issue.kind === 'schema'
      ? issue.type === 'picklist'
        ? `one of ${issue.expected?.slice(1, -1)}`
        : EXPECTED[issue.type] ?? issue.expected
      : issue.message.startsWith('Invalid ') // valibot's default, where the schema has no message of its own
        ? EXPECTED[issue.type] ?? `a valid ${issue.type}`
        : issue.message;
  return `${path}: expected ${expected}, got ${shorten(issue.received)}`;
}

type Collection = Exclude<keyof Dataset, '$schema' | 'language' | 'title' | 'version' | 'license' | 'changelog'>;

/** The ids each collection's entries refer to, by field, besides their citations' and wordings' sources: what a widget looks up. */
const REFERENCES: Record<Collection, Record<string, Collection>> = {
  sources: {},
  agencies: { parent: 'agencies' },
  people: { organization: 'agencies' },
  stats: { statedBy: 'people', agency: 'agencies', meeting: 'events' },
  events: { people: 'people', chair: 'people' },
  accomplishments: { agency: 'agencies', owner: 'agencies', reportedBy: 'people', meeting: 'events', stats: 'stats' },
  recommendations: { issuer: 'agencies', authors: 'people' },
};
const COLLECTIONS = Object.keys(REFERENCES) as Collection[];

/** Duplicate ids within a collection, and references to ids that do not exist, in the order of the file. */
function referenceProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  const ids = {} as Record<Collection, Set<string>>;
  for (const name of COLLECTIONS) {
    const seen = (ids[name] = new Set());
    dataset[name].forEach(({ id }, i) => {
      if (seen.has(id)) problems.push(`${name}.${i}.id: "${id}" is the id of an earlier entry too`);
      seen.add(id);
    });
  }
  for (const name of COLLECTIONS) {
    dataset[name].forEach((entry, i) => {
      const refer = (path: string, id: string, target: Collection) => {
        if (!ids[target].has(id)) problems.push(`${name}.${i}.${path}: "${id}" is not an id in ${target}`);
      };
      const fields = entry as unknown as Record<string, string | string[] | undefined>;
      for (const [field, target] of Object.entries(REFERENCES[name])) {
        const value = fields[field];
        if (Array.isArray(value)) value.forEach((id, j) => refer(`${field}.${j}`, id, target));
        else if (value !== undefined) refer(field, value, target);
      }
      for (const list of ['citations', 'wordings'] as const) {
        const cited = (entry as Partial<Record<typeof list, { source: string }[]>>)[list];
        cited?.forEach(({ source }, j) => refer(`${list}.${j}.source`, source, 'sources'));
      }
    });
  }
  return problems;
}

/** Each collection an array of anything: the dataset's shape, before its entries are checked one by one. */
const ShapeSchema = v.object({
  ...DatasetSchema.entries,
  ...(Object.fromEntries(COLLECTIONS.map((name) => [name, v.array(v.unknown())])) as Record<Collection, v.ArraySchema<v.UnknownSchema, undefined>>),
});

/** How many entries are checked between two chances for the page to run: a few milliseconds of work. */
const SLICE = 1000;

/** A new task, at once: unlike setTimeout's, a message's is not held back 4 ms when they follow each other. */
const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(undefined);
    };
    channel.port2.postMessage(undefined);
  });

/**
 * The whole check, in steps: the shape, the entries (yielding after every `SLICE` of them), then
 * the references. One problem per field: a URL that is not a URL need not also be told it is not
 * an http: URL.
 */
function* checkSteps(input: unknown): Generator<void, DatasetCheck> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: ['the top level: expected an object with sources, agencies, people, stats, events, accomplishments and recommendations'] };
  }
  const shape = v.safeParse(ShapeSchema, input, { abortPipeEarly: true });
  if (!shape.success) return { ok: false, problems: shape.issues.map((issue) => describeIssue(issue)) };
  const problems: string[] = [];
  const dataset: Record<string, unknown> = { ...shape.output };
  let checked = 0;
  for (const name of COLLECTIONS) {
    const schema = DatasetSchema.entries[name].item;
    const entries: unknown[] = (dataset[name] = []);
    for (const [i, entry] of shape.output[name].entries()) {
      if (++checked % SLICE === 0) yield;
      const parsed = v.safeParse(schema, entry, { abortPipeEarly: true });
      if (parsed.success) entries.push(parsed.output);
      else problems.push(...parsed.issues.map((issue) => describeIssue(issue, `${name}.${i}`)));
    }
  }
  if (problems.length) return { ok: false, problems };
  if (checked >= SLICE) yield;
  const references = referenceProblems(dataset as Dataset);
  return references.length ? { ok: false, problems: references } : { ok: true, dataset: dataset as Dataset };
}

/**
 * Checks a dataset from outside (a fetched file, a `data` property) against the one schema, then
 * that every id a widget looks up exists. Never throws: any input gets either the dataset or
 * the list of problems, each naming its path.
 */
export function validateDataset(input: unknown): DatasetCheck {
  const steps = checkSteps(input);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * `validateDataset` for the page: a dataset of fewer than `SLICE` entries is checked at once, a
 * larger one in slices with a task between them, so 10,000 entries never make one long task.
 */
export function validateDatasetInSlices(input: unknown): DatasetCheck | Promise<DatasetCheck> {
  const steps = checkSteps(input);
  const step = steps.next();
  if (step.done) return step.value;
  return (async () => {
    for (;;) {
      await nextTask();
      const next = steps.next();
      if (next.done) return next.value;
    }
  })();
}
