import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inFreshPage, longestTask, openBenchPage, type BenchSetup } from './bench-page.ts';
import { staticBaselinePage, widgetsDemoPage } from './demo-pages.ts';
import { cumulativeLayoutShift } from './layout-shift.ts';
import { summarize, type Summary } from './summary.ts';

/** The goals the issue sets: pre-rendered content painted within 1.1 times the static page, hydration's longest task. */
export const PRERENDERED_RATIO_GOAL = 1.1;
export const HYDRATE_TASK_GOAL_MS = 50;

export interface Prerendered {
  /** Bench start to the first frame painted with the pre-rendered demo's content, before any script. */
  painted: Summary;
  /** The same for the static baseline page (the widgets' final markup, no library). */
  baseline: Summary;
  ratio: number;
  /** Bench start to every widget of the pre-rendered demo hydrated by the script-tag bundle. */
  hydrated: Summary;
  hydrateLongestTask: Summary;
  /** CLS of bench/pages/layout-shift.html pre-rendered, without the embed snippet's reserve CSS. */
  cls: Summary;
  /** Each widget's pre-rendered HTML (the demo's first of each tag), with inline styles and with linked ones. */
  bytes: { tag: string; inline: { raw: number; gzip: number }; linked: { raw: number; gzip: number } }[];
}

/** The widgets whose pre-rendered bytes are counted, as the demo has them. */
const BYTES_OF: Record<string, string> = {
  'tip-stat-card': ' stat="defendants-charged"',
  'task-force-timeline': '',
  'agency-accomplishments': ' layout="tabs"',
  'recommendation-list': '',
};

type RenderWidgets = (html: string, options?: { stylesheets?: string }) => Promise<{ html: string }>;

/** The built renderer, as `tip-widgets render` runs it. */
const renderer = async (root: string): Promise<RenderWidgets> => (await import(join(root, 'dist/ssr/render-widgets.js'))).renderWidgets;

/**
 * The pre-rendered page without its script, reporting its first painted frame: what a reader sees before the
 * script arrives (served locally, the script would otherwise run before the first frame and be counted in it).
 */
function paintedOnly(page: string): string {
  const painted = page
    .replace('<script type="module" src="/dist/cdn/tip-widgets.js"></script>', '')
    .replace(/bench\.widgetsUpdated\([^)]*\)\.then/, 'Promise.resolve().then');
  if (painted.includes('tip-widgets.js') || painted.includes('widgetsUpdated')) throw new Error('the demo page changed: update scripts/bench/prerendered.ts');
  return painted;
}

/** The pre-rendered demo, the same markup as static HTML, hydration, layout shift and bytes: `runs` fresh-page runs each. */
export async function measurePrerendered({ browser, origin, root, generated }: BenchSetup, runs: number): Promise<Prerendered> {
  const renderWidgets = await renderer(root);
  const widgetsPage = widgetsDemoPage(root);
  const hydratedPage = (await renderWidgets(widgetsPage)).html;
  writeFileSync(join(generated, 'demo-prerendered-hydrated.html'), hydratedPage);
  writeFileSync(join(generated, 'demo-prerendered-painted.html'), paintedOnly(hydratedPage));
  writeFileSync(join(generated, 'demo-widgets.html'), widgetsPage);
  await inFreshPage(browser, async (page) => {
    await openBenchPage(page, `${origin}/bench/generated/demo-widgets.html`, 1500); // The count-up ends first.
    writeFileSync(join(generated, 'demo-baseline.html'), await staticBaselinePage(page));
  });
  const shiftPage = readFileSync(join(root, 'bench/pages/layout-shift.html'), 'utf8')
    .replace(/\s*<!-- The recommended embed snippet's CSS[^]*?<\/style>/, '')
    .replace('./measure.js', '/bench/pages/measure.js');
  if (shiftPage.includes('embed-snippet')) throw new Error('bench/pages/layout-shift.html changed: update scripts/bench/prerendered.ts');
  writeFileSync(join(generated, 'layout-shift-prerendered.html'), (await renderWidgets(shiftPage)).html);

  const painted: number[] = [];
  const baseline: number[] = [];
  const hydrated: number[] = [];
  const hydrateLongest: number[] = [];
  const cls: number[] = [];
  for (let run = 0; run < runs; run++) {
    painted.push((await inFreshPage(browser, (page) => openBenchPage<{ rendered: number }>(page, `${origin}/bench/generated/demo-prerendered-painted.html`))).rendered);
    baseline.push((await inFreshPage(browser, (page) => openBenchPage<{ rendered: number }>(page, `${origin}/bench/generated/demo-baseline.html`))).rendered);
    const h = await inFreshPage(browser, (page) => openBenchPage<{ rendered: number }>(page, `${origin}/bench/generated/demo-prerendered-hydrated.html`));
    hydrated.push(h.rendered);
    hydrateLongest.push(longestTask(h));
    const shift = await inFreshPage(browser, (page) => openBenchPage(page, `${origin}/bench/generated/layout-shift-prerendered.html`, 500));
    cls.push(cumulativeLayoutShift(shift.layoutShifts));
  }

  const bytes = [];
  for (const [tag, attributes] of Object.entries(BYTES_OF)) {
    const fragment = `<${tag}${attributes}></${tag}>`;
    const size = (html: string) => ({ raw: Buffer.byteLength(html), gzip: gzipSync(html, { level: 9 }).length });
    bytes.push({
      tag,
      inline: size((await renderWidgets(fragment)).html),
      linked: size((await renderWidgets(fragment, { stylesheets: '/tip-widgets/styles/' })).html),
    });
  }
  const summary = { painted: summarize(painted), baseline: summarize(baseline) };
  return {
    ...summary,
    ratio: summary.painted.median / summary.baseline.median,
    hydrated: summarize(hydrated),
    hydrateLongestTask: summarize(hydrateLongest),
    cls: summarize(cls),
    bytes,
  };
}
