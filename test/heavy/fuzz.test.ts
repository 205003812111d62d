import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.ts';
import { bundledDataset } from '../../src/data/dataset.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { validateDataset } from '../../src/data/validate-dataset.ts';
import type { TipDataset } from '../../src/tip-dataset.ts';
import type { TipStatCard } from '../../src/tip-stat-card.ts';
import { recordUncaughtInSuite, spyOnConsole } from '../support/console-spy.ts';
import { part, type Widget } from '../support/widget-fixture.ts';
import { XSS_PAYLOADS } from '../support/xss-payloads.ts';

/** Datasets generated per property, per browser. */
const RUNS = { mutated: 800, generated: 800, random: 2000 };

// ---- Mutations of the bundled dataset: one to four edits anywhere in it. ----

type Path = (string | number)[];

/** The path to every value in a JSON tree, the root aside. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...path, key], ...pathsOf(child, [...path, key])]);
}
const PATHS = pathsOf(bundledDataset);

/** Values a JSON file, or a script setting `data`, could put anywhere. */
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(...XSS_PAYLOADS),
  fc.double(),
  fc.constantFrom(null, true, 0, -1, 1e21, Number.MAX_VALUE, NaN, Infinity, '', ' ', '\u200b', [], {}, undefined),
);

const edit = fc.record({
  path: fc.constantFrom(...PATHS),
  change: fc.oneof(
    fc.record({ kind: fc.constant('set' as const), value: anyValue }),
    fc.constant({ kind: 'delete' as const }),
    fc.constant({ kind: 'duplicate' as const }),
    fc.record({ kind: fc.constant('retext' as const), value: fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }) }),
  ),
});

/** The bundled dataset with the edits applied; an edit whose path an earlier one removed does nothing. */
function edited(edits: { path: Path; change: { kind: string; value?: unknown } }[]): unknown {
  const copy = structuredClone(bundledDataset) as unknown;
  for (const { path, change } of edits) {
    let parent = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) {
      const child = parent?.[key];
      if (child === null || typeof child !== 'object') break;
      parent = child as Record<string | number, unknown>;
    }
    const key = path[path.length - 1];
    if (parent === null || typeof parent !== 'object' || !(key in parent)) continue;
    if (change.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (change.kind === 'duplicate') {
      if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
    } else if (change.kind === 'retext') {
      if (typeof parent[key] === 'string') parent[key] = change.value;
    } else {
      parent[key] = change.value;
    }
  }
  return copy;
}

// ---- Datasets built from scratch, shaped like the schema but free to break it. ----

// Mostly valid values, each with a small chance of breaking the schema, so that many datasets pass
// (and are rendered) and many fail, each in its own way. Ids come from two, so references resolve.
const id = fc.oneof({ weight: 400, arbitrary: fc.constantFrom('a', 'b') }, fc.constantFrom('Not-Kebab', '', 'a--b', '-a'));
const text = fc.oneof(
  { weight: 600, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
  { weight: 200, arbitrary: fc.constantFrom(...XSS_PAYLOADS) },
  fc.constantFrom('', '   ', '\n', 'a'.repeat(2000)),
);
const date = fc.record(
  {
    iso: fc.oneof({ weight: 300, arbitrary: fc.constantFrom('2012', '2012-03', '2012-03-15', '1999-12-31', '0001', '9999-12-31', '2012-02-31') }, fc.string()),
    precision: fc.oneof({ weight: 300, arbitrary: fc.constantFrom('year', 'month', 'day') }, fc.constant('week')),
    bound: fc.constantFrom('exact', 'on-or-after'),
    derivation: text,
  },
  { requiredKeys: ['iso', 'precision'] },
);
const citations = fc.oneof({ weight: 300, arbitrary: fc.array(fc.record({ source: id, quote: text }), { minLength: 1, maxLength: 2 }) }, fc.constant([]));
const entries = <T extends { id: string }>(entry: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 20, arbitrary: fc.uniqueArray(entry, { selector: (e) => e.id, minLength: 2, maxLength: 2 }) }, fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: 2 }));
const url = fc.oneof({ weight: 100, arbitrary: fc.webUrl() }, fc.constantFrom('javascript:__xss()', 'ftp://example.org/', 'https://'));
const figure = fc.oneof(
  { weight: 10, arbitrary: fc.integer() },
  { weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  fc.double(),
  fc.constantFrom(0, -0, 0.5, 1e21, -1e308, 2 ** 53),
);

const generatedDataset = fc.record({
  sources: entries(
    fc.record(
      {
        id, title: text, publisher: text, author: text, kind: fc.constantFrom('news-report', 'government-release', 'report-summary'),
        dateAsGiven: text, date, url,
      },
      { requiredKeys: ['id', 'title', 'publisher', 'kind'] },
    ),
  ),
  agencies: entries(
    fc.record(
      { id, name: text, acronym: text, kind: fc.constantFrom('department', 'office', 'program', 'council', 'intergovernmental', 'nongovernmental'), parent: id },
      { requiredKeys: ['id', 'name', 'kind'] },
    ),
  ),
  people: entries(fc.record({ id, name: text, role: text, organization: id, citations }, { requiredKeys: ['id', 'name', 'role', 'citations'] })),
  stats: entries(
    fc.record(
      {
        id,
        value: figure,
        unit: fc.constantFrom('people', 'percent', 'countries', 'usd', 'calls', 'cases', 'defendants', 'prosecutions'),
        qualifier: text, direction: fc.constantFrom('increase', 'decrease'), label: text, period: text, statedBy: id, agency: id, citations,
      },
      { requiredKeys: ['id', 'value', 'unit', 'label', 'citations'] },
    ),
  ),
  events: entries(
    fc.record(
      { id, kind: fc.constantFrom('law', 'meeting', 'statement', 'report', 'plan', 'commitment'), date, title: text, summary: text, people: fc.array(id, { maxLength: 2 }), chair: id, citations },
      { requiredKeys: ['id', 'kind', 'date', 'title', 'summary', 'citations'] },
    ),
  ),
  accomplishments: entries(
    fc.record(
      { id, agency: id, summary: text, reportedBy: id, meeting: id, stats: fc.array(id, { maxLength: 2 }), citations },
      { requiredKeys: ['id', 'agency', 'summary', 'citations'] },
    ),
  ),
  recommendations: entries(
    fc.record(
      { id, title: text, text, topic: id, issuer: id, authors: fc.array(id, { maxLength: 2 }), date, citations },
      { requiredKeys: ['id', 'title', 'text', 'topic', 'issuer', 'date', 'citations'] },
    ),
  ),
});

// ---- The check every dataset goes through. ----

/** A problem as the validator words it: a path in the file (or "the top level"), then what is wrong. */
const PROBLEM = /^(the top level|[A-Za-z$]+(\.\w+)*): (expected .+|missing|".*" is (not an id in|the id of an earlier) .+)$/s;


describe('datasets generated at random', function () {
  this.timeout(240_000);
  let provider: TipDataset;
  let widgets: Widget[];
  let console: ReturnType<typeof spyOnConsole>;
  const uncaught = recordUncaughtInSuite();
  const counts = { accepted: 0, rejected: 0 };

  beforeEach(async () => {
    console = spyOnConsole();
    provider = await fixture<TipDataset>(html`<tip-dataset>
      <tip-stat-card></tip-stat-card>
      <task-force-timeline></task-force-timeline>
      <agency-accomplishments></agency-accomplishments>
      <agency-accomplishments layout="tabs"></agency-accomplishments>
      <recommendation-list></recommendation-list>
    </tip-dataset>`);
    widgets = [...provider.children] as Widget[];
    counts.accepted = counts.rejected = 0;
  });
  afterEach(() => console.restore());

  /**
   * The validator accepts the dataset, and every widget renders it without an unexpected error (at
   * most a message such as "the dataset has no accomplishments"); or it rejects it with problems
   * that each name a path, and every widget shows that message.
   */
  async function accepts(candidate: unknown): Promise<void> {
    const check = validateDataset(candidate);
    const card = widgets[0] as TipStatCard;
    card.stat = check.ok ? (check.dataset.stats[0]?.id ?? '') : 'a';
    provider.data = candidate as Dataset;
    await provider.updateComplete;
    await Promise.all(widgets.map((w) => w.updateComplete));
    const oneLine = (text: string) => text.replace(/\s+/g, ' ');
    const errors = widgets.map((w) => oneLine(part(w, 'error')?.textContent ?? ''));
    if (check.ok) {
      counts.accepted++;
      for (const error of errors) expect(error).not.to.contain('could not be displayed');
      for (const widget of widgets) expect(part(widget, 'placeholder'), widget.localName).to.be.null;
    } else {
      counts.rejected++;
      expect(check.problems).not.to.be.empty;
      for (const problem of check.problems) expect(problem).to.match(PROBLEM);
      for (const error of errors) expect(error).to.contain(oneLine(`is not a tip-widgets dataset: ${check.problems[0]}`));
    }
    expect(console.error, 'unexpected errors logged').to.deep.equal([]);
    expect(uncaught, 'uncaught exceptions').to.deep.equal([]);
  }

  const assertAll = (arbitrary: fc.Arbitrary<unknown>, numRuns: number) =>
    fc.assert(
      fc.asyncProperty(arbitrary, (candidate) => accepts(candidate)),
      { numRuns }, // A hang fails on mocha's timeout: no run is failed for being slow.
    );

  it(`mutations of the bundled dataset (${RUNS.mutated})`, async () => {
    await assertAll(fc.array(edit, { minLength: 1, maxLength: 4 }).map(edited), RUNS.mutated);
    expect(counts.accepted, 'accepted, and so rendered').to.be.above(RUNS.mutated / 10);
    expect(counts.rejected).to.be.above(RUNS.mutated / 10);
  });

  it(`datasets shaped like the schema (${RUNS.generated})`, async () => {
    await assertAll(generatedDataset, RUNS.generated);
    expect(counts.accepted, 'accepted, and so rendered').to.be.above(RUNS.generated / 10);
    expect(counts.rejected).to.be.above(RUNS.generated / 10);
  });

  it(`any JSON value, or anything a script could pass as data (${RUNS.random})`, async () => {
    // Not undefined: a `data` of undefined means "no data", and the provider falls back to src.
    const anything = fc.anything({ withNullPrototype: true, withMap: true, withBoxedValues: true }).filter((value) => value !== undefined);
    await assertAll(fc.oneof(fc.jsonValue(), anything), RUNS.random);
    expect(counts.rejected).to.equal(RUNS.random);
  });
});
