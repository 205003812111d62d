import type { DatasetState } from './context.ts';
import type { DatasetCheck } from './validate-dataset.ts';

/** How many problems the widgets show; the console (or the server render's output) gets them all. */
const SHOWN_PROBLEMS = 3;

/** What a `<tip-dataset>` provides once a load ends, and what it reports of a failure. */
export type Outcome = { state: DatasetState | undefined; report?: string };

/** A load that failed: one message, which is also the whole report. */
export const failed = (message: string): Outcome => ({ state: { status: 'error', message }, report: message });

/** A checked dataset, or the first problems for the widgets to show and all of them for the console. */
export function outcomeOf(check: DatasetCheck, what: string): Outcome {
  if (check.ok) return { state: { status: 'ready', dataset: check.dataset } };
  const { problems } = check;
  const more = problems.length - SHOWN_PROBLEMS;
  const message = `${what} is not a tip-widgets dataset: ${problems.slice(0, SHOWN_PROBLEMS).join('; ')}${more > 0 ? `; and ${more} more (see the console)` : ''}`;
  const report = `${what} is not a tip-widgets dataset (${problems.length} problem${problems.length > 1 ? 's' : ''}; see data/dataset.schema.json):\n${problems.map((p) => `  - ${p}`).join('\n')}`;
  return { state: { status: 'error', message }, report };
}
