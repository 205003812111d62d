import { en } from '../i18n/translations/en.ts';
import type { DatasetState, Said } from './dataset-context.ts';
import type { DatasetCheck } from './validate-dataset.ts';

/** How many problems the widgets show; the console (or the server render's output) gets them all. */
const SHOWN_PROBLEMS = 3;

/** What a `<tip-dataset>` provides once a load ends, and what it reports of a failure (in English). */
export type Outcome = { state: DatasetState | undefined; report?: string };

/** A load that failed: one message, which is also the whole report. */
export function failed(say: Said): Outcome {
  const message = say(en);
  return { state: { status: 'error', message, say }, report: message };
}

/**
 * A checked dataset, or the first problems for the widgets to show and all of them for the console; `name`
 * words the dataset in each language ("the dataset at …").
 */
export function outcomeOf(check: DatasetCheck, name: Said): Outcome {
  if (check.ok) return { state: { status: 'ready', dataset: check.dataset } };
  const { problems } = check;
  const say: Said = (words) => words.notADataset(name(words), problems.slice(0, SHOWN_PROBLEMS).join('; '), problems.length - SHOWN_PROBLEMS);
  const report = `${name(en)} is not a tip-widgets dataset (${problems.length} problem${problems.length > 1 ? 's' : ''}; see data/dataset.schema.json):\n${problems.map((p) => `  - ${p}`).join('\n')}`;
  return { state: { status: 'error', message: say(en), say }, report };
}
