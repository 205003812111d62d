import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { bundledDataset } from '../../src/data/dataset.ts';
import { heapAfterGc, inFreshPage, openBenchPage, type BenchSetup, type PageEntries } from './bench-page.ts';
import { scaledDataset } from './scaled-dataset.ts';
import { summarize, type Summary } from './summary.ts';

/** The goal the issue sets: no single task blocks the page for longer than this. */
export const LONG_TASK_GOAL_MS = 50;

export interface ScalingPoint {
  size: number;
  /** Items each widget shows once fully rendered: all of them, or a first page and a "Show more" button. */
  shown: number[];
  firstRender: Summary;
  fullyRendered: Summary;
  longestTask: Summary;
  /** Live JS heap after the render and a full garbage collection, in bytes. */
  heap: Summary;
  /** What the two widgets added to the heap, in bytes. */
  heapAdded: Summary;
  /** Pressing each widget's "Show more" (when it has one): time to the added items painted, and the longest task. */
  showMore?: { time: Summary; longestTask: Summary };
  /** A `<tip-dataset>` given the dataset as `data`: time to check it, and its longest task. */
  tipDatasetCheck: { time: Summary; longestTask: Summary };
}

type PageFunction = 'renderAtScale' | 'showMore' | 'checkInTipDataset';

/** Runs one of bench/pages/scaling.html's functions and the longest task from its start until its entries arrive. */
async function timed<R>(page: Page, name: PageFunction): Promise<{ result: R; longestTask: number }> {
  const startedAt = await page.evaluate(() => performance.now());
  const result = await page.evaluate((fn) => (window as unknown as Record<string, () => Promise<R>>)[fn](), name);
  await new Promise((resolve) => setTimeout(resolve, 250)); // The last long-task entries arrive.
  const tasks: PageEntries['longTasks'] = await page.evaluate(() => window.bench.longTasks);
  const own = tasks.filter((task) => task.start + task.duration >= startedAt);
  return { result: result as R, longestTask: Math.max(0, ...own.map((task) => task.duration)) };
}

/** One fresh page: the heap before, both widgets added, every item painted, the heap after; then "Show more" and the check. */
async function renderOnce(page: Page, url: string, size: number) {
  await openBenchPage(page, url, 0);
  const before = await heapAfterGc(page);
  const render = await timed<{ firstRender: number; fullyRendered: number; items: number[]; more: boolean[] }>(page, 'renderAtScale');
  const { items, more } = render.result;
  if (items.some((count, i) => count !== size && !more[i])) throw new Error(`rendered ${items.join(' and ')} items of ${size}, and no "Show more"`);
  const after = await heapAfterGc(page);
  const shownMore = more.some(Boolean) ? await timed<{ shownMore: number }>(page, 'showMore') : undefined;
  const check = await timed<number>(page, 'checkInTipDataset');
  return {
    items,
    firstRender: render.result.firstRender,
    fullyRendered: render.result.fullyRendered,
    longestTask: render.longestTask,
    heap: after,
    heapAdded: after - before,
    showMore: shownMore && { time: shownMore.result.shownMore, longestTask: shownMore.longestTask },
    check: { time: check.result, longestTask: check.longestTask },
  };
}

/**
 * `<task-force-timeline>` and `<recommendation-list>` together on a generated dataset of `size` events
 * and `size` recommendations, given through the 'tip-dataset' context as a `<tip-dataset>` gives a
 * checked dataset: time to their first painted items and to every item they show painted, the
 * longest task from the moment they are added, and the heap. Then the reader's "Show more", and
 * what `<tip-dataset>` takes to check such a dataset.
 */
export async function measureScaling({ browser, origin, generated }: BenchSetup, size: number, runs: number): Promise<ScalingPoint> {
  writeFileSync(join(generated, `dataset-${size}.json`), JSON.stringify(scaledDataset(bundledDataset, size)));
  const url = `${origin}/bench/pages/scaling.html?size=${size}`;
  const samples: Array<Awaited<ReturnType<typeof renderOnce>>> = [];
  for (let run = 0; run < runs; run++) samples.push(await inFreshPage(browser, (page) => renderOnce(page, url, size)));
  const of = (pick: (sample: (typeof samples)[number]) => number) => summarize(samples.map(pick));
  const showMore = samples.every((s) => s.showMore)
    ? { time: of((s) => s.showMore!.time), longestTask: of((s) => s.showMore!.longestTask) }
    : undefined;
  return {
    size,
    shown: samples[0].items,
    firstRender: of((s) => s.firstRender),
    fullyRendered: of((s) => s.fullyRendered),
    longestTask: of((s) => s.longestTask),
    heap: of((s) => s.heap),
    heapAdded: of((s) => s.heapAdded),
    showMore,
    tipDatasetCheck: { time: of((s) => s.check.time), longestTask: of((s) => s.check.longestTask) },
  };
}
