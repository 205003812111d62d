import type { Browser, Page } from 'puppeteer-core';

/** A desktop viewport: the widgets' wide layouts (the timeline's track, the list's side button). */
export const VIEWPORT = { width: 1280, height: 800 };

/** Where a measurement runs: the browser, the origin serving the project, and the folders it uses. */
export interface BenchSetup {
  browser: Browser;
  origin: string;
  root: string;
  /** bench/generated/: pages and data the command writes for the browser to load. */
  generated: string;
}

/** What bench/pages/measure.js records on every page. */
export interface PageEntries {
  longTasks: Array<{ start: number; duration: number }>;
  layoutShifts: Array<{ start: number; value: number }>;
}

declare global {
  interface Window {
    bench: PageEntries & { result?: Record<string, unknown> };
  }
}

/**
 * Runs `measure` on a page in a fresh browser context, so no run warms the HTTP or code cache for
 * the next, and closes the context whatever happens.
 */
export async function inFreshPage<T>(browser: Browser, measure: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    const result = await measure(page);
    if (errors.length) throw new Error(`the page failed: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Opens a bench page and waits for its `bench.report(...)`, then a moment more so the long tasks and
 * layout shifts around the last frame are delivered too.
 */
export async function openBenchPage<R extends Record<string, unknown>>(page: Page, url: string, settleMs = 250) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench?.result !== undefined, { timeout: 60_000 });
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  return page.evaluate(() => ({
    ...(window.bench.result as R),
    longTasks: window.bench.longTasks,
    layoutShifts: window.bench.layoutShifts,
  }));
}

/** The page's live JS heap after a full garbage collection, in bytes. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/** The longest task in milliseconds, 0 when none reached the 50 ms the Long Tasks API reports. */
export const longestTask = ({ longTasks }: PageEntries) => Math.max(0, ...longTasks.map((task) => task.duration));
