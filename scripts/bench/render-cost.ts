import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inFreshPage, longestTask, openBenchPage, type BenchSetup } from './bench-page.ts';
import { bundleOnlyPage, staticBaselinePage, widgetBoxes, widgetsDemoPage } from './demo-pages.ts';
import { summarize, type Summary } from './summary.ts';

/** The goal the issue sets: the widgets cost the page under 1.5 times what their markup alone costs. */
export const RATIO_GOAL = 1.5;

export interface RenderCost {
  widgets: Summary;
  baseline: Summary;
  /** The demo page loading the bundle with no widget on it: the script's own share of `widgets`. */
  bundleOnly: Summary;
  ratio: number;
  widgetsLongestTask: Summary;
  /** Largest difference, in CSS pixels, between where a widget sits on the two pages. */
  baselineLayoutDelta: number;
}

/**
 * Time from the page's first script to the first frame painted with every widget of the demo
 * content rendered, against a static page of the same final markup, and against the page loading the
 * bundle with no widget on it; runs alternate between the three.
 */
export async function measureRenderCost({ browser, origin, root, generated }: BenchSetup, runs: number): Promise<RenderCost> {
  const widgetsPage = widgetsDemoPage(root);
  writeFileSync(join(generated, 'demo-widgets.html'), widgetsPage);
  writeFileSync(join(generated, 'demo-bundle-only.html'), bundleOnlyPage(widgetsPage));
  const widgetsUrl = `${origin}/bench/generated/demo-widgets.html`;
  const bundleOnlyUrl = `${origin}/bench/generated/demo-bundle-only.html`;
  const baselineUrl = `${origin}/bench/generated/demo-baseline.html`;

  const widgetLayout = await inFreshPage(browser, async (page) => {
    await openBenchPage(page, widgetsUrl, 1500); // The count-up of the animated card ends before the markup is copied.
    writeFileSync(join(generated, 'demo-baseline.html'), await staticBaselinePage(page));
    return widgetBoxes(page);
  });
  const baselineLayout = await inFreshPage(browser, async (page) => {
    await openBenchPage(page, baselineUrl);
    return widgetBoxes(page);
  });
  if (baselineLayout.length !== widgetLayout.length) throw new Error('the baseline page lost widgets');
  const baselineLayoutDelta = Math.max(...widgetLayout.flatMap((box, i) => box.map((value, j) => Math.abs(value - baselineLayout[i][j]))));

  const widgets: number[] = [];
  const baseline: number[] = [];
  const bundleOnly: number[] = [];
  const widgetsLongest: number[] = [];
  for (let run = 0; run < runs; run++) {
    const w = await inFreshPage(browser, (page) => openBenchPage<{ rendered: number }>(page, widgetsUrl));
    widgets.push(w.rendered);
    widgetsLongest.push(longestTask(w));
    const b = await inFreshPage(browser, (page) => openBenchPage<{ rendered: number }>(page, baselineUrl));
    baseline.push(b.rendered);
    const o = await inFreshPage(browser, (page) => openBenchPage<{ rendered: number }>(page, bundleOnlyUrl));
    bundleOnly.push(o.rendered);
  }
  const summary = { widgets: summarize(widgets), baseline: summarize(baseline), bundleOnly: summarize(bundleOnly) };
  return {
    ...summary,
    ratio: summary.widgets.median / summary.baseline.median,
    widgetsLongestTask: summarize(widgetsLongest),
    baselineLayoutDelta,
  };
}
