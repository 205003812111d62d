import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { bundledDataset } from '../../src/data/dataset.ts';
import { heapAfterGc, inFreshPage, longestTask, openBenchPage, type BenchSetup } from './bench-page.ts';
import { filesSize, type ByteSize } from './bytes.ts';
import { summarize, type Summary } from './summary.ts';
import { timelineJsData } from './timelinejs-data.ts';

const TIMELINEJS = 'node_modules/@knight-lab/timelinejs';

export interface PeerFigures {
  name: string;
  /** The files the embed snippet loads, counted together. */
  bytes: ByteSize;
  rendered: Summary;
  longestTask: Summary;
  heap: Summary;
  /** What the page fetched, this page's HTML and the bench's own script aside. */
  requests: number;
  failedRequests: string[];
}

interface PeerPage {
  name: string;
  url: string;
  bytes: ByteSize;
}

async function loadOnce(page: Page, url: string) {
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  // The bench's server has no favicon, and no page asked for one.
  page.on('response', (response) => response.ok() || response.url().endsWith('/favicon.ico') || failed.push(`${response.status()} ${response.url()}`));
  const entries = await openBenchPage<{ rendered: number }>(page, url, 500);
  const requests = await page.evaluate(
    () => performance.getEntriesByType('resource').filter((entry) => !entry.name.includes('/bench/pages/measure.js')).length,
  );
  return { ...entries, heap: await heapAfterGc(page), requests, failed };
}

/**
 * The same chronology drawn by `<task-force-timeline>` from the script-tag bundle and by TimelineJS
 * from its npm package: bytes of what each embed loads, time to the first painted frame of the
 * rendered timeline, the longest task and the heap. Runs alternate between the two.
 */
export async function measurePeer({ browser, origin, root, generated }: BenchSetup, runs: number): Promise<PeerFigures[]> {
  writeFileSync(
    join(generated, 'timelinejs-data.js'),
    `window.timelineData = ${JSON.stringify(timelineJsData(bundledDataset))};\n`,
  );
  const pages: PeerPage[] = [
    {
      name: 'tip-widgets <task-force-timeline>',
      url: `${origin}/bench/pages/peer-widget.html`,
      bytes: filesSize('dist/cdn/tip-widgets.js', [join(root, 'dist/cdn/tip-widgets.js')]),
    },
    {
      name: `TimelineJS ${JSON.parse(readFileSync(join(root, TIMELINEJS, 'package.json'), 'utf8')).version}`,
      url: `${origin}/bench/pages/peer-timelinejs.html`,
      bytes: filesSize('timeline.js + timeline.css', [join(root, TIMELINEJS, 'dist/js/timeline.js'), join(root, TIMELINEJS, 'dist/css/timeline.css')]),
    },
  ];
  const samples = pages.map(() => [] as Array<Awaited<ReturnType<typeof loadOnce>>>);
  for (let run = 0; run < runs; run++) {
    for (const [i, { url }] of pages.entries()) samples[i].push(await inFreshPage(browser, (page) => loadOnce(page, url)));
  }
  return pages.map(({ name, bytes }, i) => ({
    name,
    bytes,
    rendered: summarize(samples[i].map((s) => s.rendered)),
    longestTask: summarize(samples[i].map(longestTask)),
    heap: summarize(samples[i].map((s) => s.heap)),
    requests: samples[i][0].requests,
    failedRequests: [...new Set(samples[i].flatMap((s) => s.failed))],
  }));
}
