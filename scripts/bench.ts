/**
 * `npm run bench`: what the widgets cost the page that embeds them, measured in headless Chromium.
 * Prints a table per figure and writes bench/results.json:
 * 1. bytes of the script-tag bundle and of each element's npm entry, and what Lit's hydration support and
 *    the bundled dataset add to the bundle;
 * 2. time to render the demo content against a static page of the same final markup;
 * 3. scaling to 10,000 timeline events and recommendations, with the longest task and the heap;
 * 4. layout shift on a page whose widgets upgrade after its text has painted;
 * 5. the same chronology drawn by TimelineJS, side by side;
 * 6. the demo pre-rendered (tip-widgets/ssr): painted against the static page, hydrated, CLS with no
 *    reserve CSS, and each widget's pre-rendered bytes.
 * Each timed figure is the median of fresh-page runs, with its min–max spread. A benchmark, not a
 * test: it says which goals a run missed and never fails because of them.
 *
 * The manual's Performance page shows the figures of bench/results.json (scripts/bench/manual-figures.ts).
 *
 * Flags: `--build` rebuilds dist/ first (it is built anyway when missing); `--quick` takes 2 runs each;
 * `--only=render,scaling` measures some of bytes, render, scaling, layout-shift, peer, prerendered, and updates
 * only their part of bench/results.json.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './support/chromium.ts';
import { serveDirectory } from './support/static-server.ts';
import type { BenchSetup } from './bench/bench-page.ts';
import { ensureBuilt } from './bench/built-dist.ts';
import { bundleComposition, entrySize, filesSize } from './bench/bytes.ts';
import { measureLayoutShift } from './bench/layout-shift.ts';
import { measurePeer } from './bench/peer.ts';
import { HYDRATE_TASK_GOAL_MS, measurePrerendered, PRERENDERED_RATIO_GOAL } from './bench/prerendered.ts';
import { measureRenderCost, RATIO_GOAL } from './bench/render-cost.ts';
import { LONG_TASK_GOAL_MS, measureScaling, type ScalingPoint } from './bench/scaling.ts';
import { kB, MB, spread, table } from './bench/table.ts';

/** "Spanish" for es.js. */
const languageName = (file: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(file.replace(/\.js$/, ''));

const root = fileURLToPath(new URL('../', import.meta.url));
const resultsPath = join(root, 'bench/results.json');

const quick = process.argv.includes('--quick');
const runs = (full: number) => (quick ? 2 : full);
const SECTIONS = ['bytes', 'render', 'scaling', 'layout-shift', 'peer', 'prerendered'] as const;
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const unknown = only?.filter((name) => !(SECTIONS as readonly string[]).includes(name));
if (unknown?.length) throw new Error(`--only takes ${SECTIONS.join(', ')}; not ${unknown.join(', ')}`);
const measures = (section: (typeof SECTIONS)[number]) => !only || only.includes(section);
const SIZES = [10, 100, 1000, 10000];

const tags = readdirSync(join(root, 'src')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3));
const CDN = 'dist/cdn/tip-widgets.js';
/** The ceiling the issues set for the script-tag bundle, gzip. */
const CDN_CEILING_BYTES = 30_000;
const CDN_DATASET = 'dist/cdn/dataset-checker.js';
ensureBuilt(root, [CDN, CDN_DATASET, ...tags.map((tag) => `dist/${tag}.js`)], process.argv.includes('--build'));
const generated = join(root, 'bench/generated');
mkdirSync(generated, { recursive: true });

const print = (title: string, body: string) => console.log(`\n${title}\n\n${body}`);
const results: Record<string, unknown> = {};
const missed: string[] = [];

// 1. Bytes: no browser needed, and no noise.
if (measures('bytes')) {
  const bytes = [
    filesSize(`${CDN} (every element, Lit and the dataset)`, [join(root, CDN)]),
    filesSize(`${CDN_DATASET} (the dataset checker for a page's own data, no Lit)`, [join(root, CDN_DATASET)]),
    // What each language adds: its own file, which a page loads beside the bundle.
    ...readdirSync(join(root, 'dist/cdn/lang'))
      .filter((file) => /^[a-z-]+\.js$/i.test(file))
      .map((file) => filesSize(`dist/cdn/lang/${file} (${languageName(file)}: the widgets' words)`, [join(root, 'dist/cdn/lang', file)])),
    ...(await Promise.all(tags.map((tag) => entrySize(root, `dist/${tag}.js`, `dist/${tag}.js with Lit`)))),
    ...(await Promise.all(tags.map((tag) => entrySize(root, `dist/${tag}.js`, `dist/${tag}.js, Lit external`, true)))),
  ];
  print('1. Bytes (minified; gzip -9; brotli -q 11)', table(['file', 'min', 'gzip', 'brotli'], bytes.map((b) => [b.name, kB(b.min), kB(b.gzip), kB(b.brotli)])));
  results.bytes = bytes;
  const { hydration, dataset } = await bundleComposition(root);
  print(`   What two parts add to ${CDN} (built with and without each)`, table(['part', 'min', 'gzip', 'brotli'], [hydration, dataset].map((b) => [b.name, kB(b.min), kB(b.gzip), kB(b.brotli)])));
  results.composition = { hydration, dataset };
  const bundle = bytes[0].gzip;
  if (bundle > CDN_CEILING_BYTES) missed.push(`the script-tag bundle is ${kB(bundle)} gzip (ceiling ${kB(CDN_CEILING_BYTES)})`);
}

// The timed figures, in Chromium; a run of --only=bytes needs no browser and leaves the recorded environment as it was.
if (SECTIONS.some((section) => section !== 'bytes' && measures(section))) {
  const server = await serveDirectory(root);
  const browser = await launchChromium();
  const setup: BenchSetup = { browser, origin: server.url, root, generated };
  try {
    console.log(`\nChromium ${await browser.version()}, ${cpus().length} CPUs; medians of fresh-page runs, (min–max).`);

    // 2. Render cost against the static baseline.
    if (measures('render')) {
      const render = await measureRenderCost(setup, runs(21));
      print(
        `2. Render cost: first script to every widget of the demo painted (${render.widgets.runs} runs each)`,
        table(
          ['page', 'rendered', 'longest task'],
          [
            ['the demo\'s widgets (script-tag bundle)', spread(render.widgets, 'ms'), spread(render.widgetsLongestTask, 'ms', 1, 0)],
            ['the same markup as static HTML', spread(render.baseline, 'ms'), '–'],
            ['the demo loading the bundle, with no widget', spread(render.bundleOnly, 'ms'), '–'],
            [`ratio widgets / baseline (goal < ${RATIO_GOAL})`, `${render.ratio.toFixed(2)}×`, ''],
          ],
        ),
      );
      if (render.baselineLayoutDelta > 1) console.warn(`Note: the baseline lays the widgets out up to ${render.baselineLayoutDelta}px differently.`);
      if (render.ratio >= RATIO_GOAL) missed.push(`render ratio ${render.ratio.toFixed(2)} (goal < ${RATIO_GOAL})`);
      results.render = { ...render, goal: RATIO_GOAL };
    }

    // 3. Scaling.
    if (measures('scaling')) {
      const points: ScalingPoint[] = [];
      for (const size of SIZES) points.push(await measureScaling(setup, size, runs(size >= 10000 ? 3 : 7)));
      print(
        `3. Scaling: <task-force-timeline> and <recommendation-list> given N events and N recommendations (goal: no task over ${LONG_TASK_GOAL_MS} ms)`,
        table(
          ['N', 'runs', 'items shown', 'first render', 'fully rendered', 'longest task', 'JS heap', 'heap added'],
          points.map((point) => [
            point.size.toLocaleString('en-US'),
            String(point.firstRender.runs),
            point.shown.map((n) => n.toLocaleString('en-US')).join(' + '),
            spread(point.firstRender, 'ms'),
            spread(point.fullyRendered, 'ms'),
            spread(point.longestTask, 'ms', 1, 0),
            spread(point.heap, 'MB', MB),
            spread(point.heapAdded, 'MB', MB),
          ]),
        ),
      );
      print(
        'Then: each widget\'s "Show more" pressed, and a <tip-dataset> checking the same dataset given as data',
        table(
          ['N', '"Show more" to painted', 'its longest task', '<tip-dataset> check', 'its longest task'],
          points.map((point) => [
            point.size.toLocaleString('en-US'),
            point.showMore ? spread(point.showMore.time, 'ms') : '–',
            point.showMore ? spread(point.showMore.longestTask, 'ms', 1, 0) : '–',
            spread(point.tipDatasetCheck.time, 'ms'),
            spread(point.tipDatasetCheck.longestTask, 'ms', 1, 0),
          ]),
        ),
      );
      for (const p of points) {
        const tasks = [['render', p.longestTask], ['"Show more"', p.showMore?.longestTask], ['<tip-dataset> check', p.tipDatasetCheck.longestTask]] as const;
        for (const [what, task] of tasks) {
          if (task && task.median > LONG_TASK_GOAL_MS) missed.push(`a ${task.median.toFixed(0)} ms task in the ${what} at N = ${p.size}`);
        }
      }
      results.scaling = { goalLongestTaskMs: LONG_TASK_GOAL_MS, points };
    }

    // 4. Layout shift.
    if (measures('layout-shift')) {
      const layoutShift = await measureLayoutShift(setup, runs(7));
      print(
        '4. Layout shift: widgets upgrading after the article painted, with the embed snippet\'s CSS (goal: 0)',
        table(['page', 'CLS'], [['bench/pages/layout-shift.html', spread(layoutShift.cls, '', 1, 3)]]),
      );
      if (layoutShift.cls.median > 0) missed.push(`CLS ${layoutShift.cls.median.toFixed(3)} (goal 0)`);
      results.layoutShift = { ...layoutShift, goal: 0 };
    }

    // 5. Peer comparison.
    if (measures('peer')) {
      const peer = await measurePeer(setup, runs(7));
      print(
        '5. The same eight-event chronology, side by side',
        table(
          ['timeline', 'min', 'gzip', 'brotli', 'requests', 'rendered', 'longest task', 'JS heap'],
          peer.map((p) => [
            p.name,
            kB(p.bytes.min),
            kB(p.bytes.gzip),
            kB(p.bytes.brotli),
            String(p.requests),
            spread(p.rendered, 'ms'),
            spread(p.longestTask, 'ms', 1, 0),
            spread(p.heap, 'MB', MB),
          ]),
        ),
      );
      for (const p of peer) if (p.failedRequests.length) console.warn(`Note: ${p.name} failed to load ${p.failedRequests.join(', ')}`);
      results.peer = peer;
    }

    // 6. Pre-rendered.
    if (measures('prerendered')) {
      const pre = await measurePrerendered(setup, runs(11));
      print(
        `6. Pre-rendered (tip-widgets/ssr): the demo as HTML that the script-tag bundle then takes over (${pre.painted.runs} runs each)`,
        table(
          ['page', 'figure'],
          [
            ['the pre-rendered demo: content painted', spread(pre.painted, 'ms')],
            ['the same markup as static HTML', spread(pre.baseline, 'ms')],
            [`ratio pre-rendered / static (goal ≤ ${PRERENDERED_RATIO_GOAL})`, `${pre.ratio.toFixed(2)}×`],
            ['bench start to every widget hydrated', spread(pre.hydrated, 'ms')],
            [`hydration's longest task (goal ≤ ${HYDRATE_TASK_GOAL_MS} ms)`, spread(pre.hydrateLongestTask, 'ms', 1, 0)],
            ['CLS, late script, no reserve CSS (goal 0)', spread(pre.cls, '', 1, 3)],
          ],
        ),
      );
      print(
        '   Each widget pre-rendered (bytes of its HTML)',
        table(
          ['widget', 'inline styles', 'gzip', 'linked stylesheet', 'gzip'],
          pre.bytes.map((b) => [b.tag, kB(b.inline.raw), kB(b.inline.gzip), kB(b.linked.raw), kB(b.linked.gzip)]),
        ),
      );
      if (pre.ratio > PRERENDERED_RATIO_GOAL) missed.push(`pre-rendered ratio ${pre.ratio.toFixed(2)} (goal ≤ ${PRERENDERED_RATIO_GOAL})`);
      if (pre.hydrateLongestTask.median > HYDRATE_TASK_GOAL_MS) missed.push(`a ${pre.hydrateLongestTask.median.toFixed(0)} ms hydration task`);
      if (pre.cls.median > 0) missed.push(`pre-rendered CLS ${pre.cls.median.toFixed(3)} (goal 0)`);
      results.prerendered = { ...pre, goals: { ratio: PRERENDERED_RATIO_GOAL, longestTaskMs: HYDRATE_TASK_GOAL_MS, cls: 0 } };
    }

    results.environment = { chromium: await browser.version(), cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, quick };
  } finally {
    await browser.close();
    await server.close();
  }
}

console.log(`\nGoals: ${missed.length ? `missed: ${missed.join('; ')}` : 'all met'}.`);

const previous = only && existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : {};
const units = { time: 'ms', bytes: 'bytes', heap: 'bytes', cls: 'unitless' };
// The day each figure was measured: a run with --only leaves the others' figures, and their day, as they were.
const measured = Object.fromEntries(SECTIONS.filter(measures).map((section) => [section, new Date().toISOString().slice(0, 10)]));
const earlier = previous.date ? Object.fromEntries(SECTIONS.map((section) => [section, String(previous.date).slice(0, 10)])) : {};
const dates = { ...earlier, ...previous.dates, ...measured };
writeFileSync(resultsPath, `${JSON.stringify({ ...previous, date: new Date().toISOString(), dates, units, ...results }, null, 2)}\n`);
console.log(`Wrote bench/results.json${only ? ` (${only.join(', ')})` : ''}.`);
console.log('The manual\'s Performance page shows them when it is built (npm run build, or npm run storybook).');
