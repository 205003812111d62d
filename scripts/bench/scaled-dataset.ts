import type { Dataset, PartialDate } from '../../src/data/schema.ts';
import { validateDataset } from '../../src/data/validate-dataset.ts';

/** The same date moved to another year, keeping its precision and what the documents say of it. */
const inYear = (date: PartialDate, year: number): PartialDate => ({ ...date, iso: `${year}${date.iso.slice(4)}` });

/**
 * The bundled dataset grown to `size` timeline events and `size` recommendations: the real entries,
 * then numbered copies of them (so every reference resolves and every text is as long as real text),
 * the copies' events spread over the years 2000–2021 in an order sorting must fix. Checked as
 * `<tip-dataset>` checks it.
 */
export function scaledDataset(base: Dataset, size: number): Dataset {
  const grown = <T extends { id: string }>(entries: T[], copy: (entry: T, n: number) => T) =>
    Array.from({ length: size }, (_, i) => (i < entries.length ? entries[i] : copy(entries[i % entries.length], i + 1)));
  const check = validateDataset({
    ...base,
    events: grown(base.events, (event, n) => ({
      ...event,
      id: `${event.id}-${n}`,
      title: `${event.title} (${n})`,
      date: inYear(event.date, 2000 + ((n * 7919) % 22)),
    })),
    recommendations: grown(base.recommendations, (recommendation, n) => ({
      ...recommendation,
      id: `${recommendation.id}-${n}`,
      title: `${recommendation.title} (${n})`,
    })),
  });
  if (!check.ok) throw new Error(`the generated dataset of ${size} is not valid: ${check.problems.slice(0, 3).join('; ')}`);
  return check.dataset;
}
