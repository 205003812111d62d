/** A figure taken over repeated runs: its median and its spread. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** The median and the min–max spread of repeated runs; benchmarks report spread, never a single run. */
export function summarize(values: number[]): Summary {
  if (values.length === 0) throw new Error('no runs to summarize');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1)!, runs: sorted.length };
}
