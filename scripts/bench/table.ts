import type { Summary } from './summary.ts';

/** A plain-text table: the first column names the row, the figures after it align right. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** A median with its min–max spread: "41.2 ms (38.0–47.9)". */
export function spread({ median, min, max }: Summary, unit: string, scale = 1, digits = 1): string {
  const f = (value: number) => (value / scale).toFixed(digits);
  return `${f(median)} ${unit} (${f(min)}–${f(max)})`;
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const MB = 1_000_000;
