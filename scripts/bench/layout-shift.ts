import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inFreshPage, openBenchPage, type BenchSetup, type PageEntries } from './bench-page.ts';
import { summarize, type Summary } from './summary.ts';

export interface LayoutShift {
  cls: Summary;
  /** The embed snippet's CSS the page uses: the one to document. */
  snippetCss: string;
}

/**
 * Cumulative Layout Shift as Chromium's web-vitals define it: the largest session window of shifts
 * (shifts less than 1 s apart, a window at most 5 s long).
 */
export function cumulativeLayoutShift(shifts: PageEntries['layoutShifts']): number {
  let largest = 0;
  let window = 0;
  let windowStart = -Infinity;
  let previous = -Infinity;
  for (const { start, value } of shifts) {
    if (start - previous > 1000 || start - windowStart > 5000) {
      window = 0;
      windowStart = start;
    }
    window += value;
    previous = start;
    largest = Math.max(largest, window);
  }
  return largest;
}

/** CLS of bench/pages/layout-shift.html: an article whose widgets upgrade after its text has painted. */
export async function measureLayoutShift({ browser, origin, root }: BenchSetup, runs: number): Promise<LayoutShift> {
  const values: number[] = [];
  for (let run = 0; run < runs; run++) {
    const entries = await inFreshPage(browser, (page) => openBenchPage(page, `${origin}/bench/pages/layout-shift.html`, 500));
    values.push(cumulativeLayoutShift(entries.layoutShifts));
  }
  const page = readFileSync(join(root, 'bench/pages/layout-shift.html'), 'utf8');
  const snippetCss = /<style id="embed-snippet">\n([^]*?)\n\s*<\/style>/.exec(page)?.[1] ?? '';
  return { cls: summarize(values), snippetCss: snippetCss.replace(/^ {6}/gm, '') };
}
