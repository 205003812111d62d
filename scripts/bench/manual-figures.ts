/**
 * The manual's Performance figures, from bench/results.json (`npm run bench` writes it): no figure there is typed
 * by hand. Each is a block of stories/manual/performance.md (scripts/build/manual-blocks.ts).
 */
import type { Prerendered } from './prerendered.ts';
import type { ScalingPoint } from './scaling.ts';
import type { Summary } from './summary.ts';
import { kB, MB } from './table.ts';

interface Bytes {
  name: string;
  min: number;
  gzip: number;
  brotli: number;
}
interface Results {
  date: string;
  /** The day each section was measured (`bytes`, `render`, `scaling`, `layout-shift`, `peer`); else `date`. */
  dates?: Record<string, string>;
  environment: { chromium: string; cpus: number; node: string; quick: boolean };
  bytes: Bytes[];
  render: { widgets: Summary; baseline: Summary; bundleOnly: Summary; ratio: number; goal: number };
  scaling: { points: ScalingPoint[] };
  layoutShift: { cls: Summary };
  peer: { name: string; bytes: Omit<Bytes, 'name'>; requests: number; rendered: Summary; longestTask: Summary; heap: Summary }[];
  /** What Lit's hydration support and the bundled dataset add to the script-tag bundle. */
  composition: { hydration: Bytes; dataset: Bytes };
  prerendered: Prerendered & { goals: { ratio: number; longestTaskMs: number; cls: number } };
}

const ms = ({ median, min, max }: Summary) => `${median.toFixed(0)} ms (${min.toFixed(0)}–${max.toFixed(0)})`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const head = (cells: string[]) => [row(cells), row(cells.map(() => '---'))].join('\n');
const kBNumber = (bytes: number) => (bytes / 1000).toFixed(1);

/** The script-tag bundles, then each npm entry with Lit and with Lit external, from the bench's byte rows. */
function bytesTable(bytes: Bytes[]): string {
  const byName = new Map(bytes.map((b) => [b.name, b]));
  const bundles = bytes.filter((b) => b.name.startsWith('dist/cdn/'));
  const entries = [...new Set(bytes.map((b) => /^dist\/([a-z-]+)\.js with Lit$/.exec(b.name)?.[1]).filter(Boolean))] as string[];
  const pair = (entry: string, unit: keyof Omit<Bytes, 'name'>) => {
    const [withLit, external] = [byName.get(`dist/${entry}.js with Lit`)!, byName.get(`dist/${entry}.js, Lit external`)!];
    return `${kBNumber(withLit[unit])} / ${kB(external[unit])}`;
  };
  return [
    head(['Bytes', 'min', 'gzip', 'brotli']),
    ...bundles.map((b) => row([`\`${b.name.replace(/ \(/, '`: ').replace(/\)$/, '')}`, kB(b.min), kB(b.gzip), kB(b.brotli)])),
    ...entries.map((entry) => row([`\`${entry}.js\` with Lit / Lit external`, pair(entry, 'min'), pair(entry, 'gzip'), pair(entry, 'brotli')])),
  ].join('\n');
}

/** The pre-rendered demo against the static page, its hydration, layout shift, and each widget's HTML. */
function prerenderedFigures({ painted, baseline, ratio, hydrated, hydrateLongestTask, cls, bytes, goals }: Results['prerendered']): string {
  const met = (ok: boolean) => (ok ? 'met' : 'not met');
  const lead =
    `**Pre-rendered.** The demo as \`tip-widgets render\` writes it, before its script: every widget's content painted in ` +
    `${ms(painted)}, against ${ms(baseline)} for the same markup as static HTML, a ratio of ${ratio.toFixed(2)}× ` +
    `(goal: at most ${goals.ratio}×, ${met(ratio <= goals.ratio)}). With the script-tag bundle, every widget is hydrated ` +
    `${ms(hydrated)} from the start, and hydration's longest task is ${ms(hydrateLongestTask)} (goal: at most ` +
    `${goals.longestTaskMs} ms, ${met(hydrateLongestTask.median <= goals.longestTaskMs)}). With the script arriving late and ` +
    `no reserve CSS, CLS ${cls.median.toFixed(3)} (goal ${goals.cls}, ${met(cls.median <= goals.cls)}).`;
  const table = [
    head(['Pre-rendered HTML of one widget', 'inline styles (raw / gzip)', 'linked stylesheet (raw / gzip)']),
    ...bytes.map((b) => row([`\`<${b.tag}>\``, `${kBNumber(b.inline.raw)} / ${kB(b.inline.gzip)}`, `${kBNumber(b.linked.raw)} / ${kB(b.linked.gzip)}`])),
  ].join('\n');
  return `${lead}\n\n${table}`;
}

export function manualFigures(results: Results): [section: string, markdown: string][] {
  const { environment: env, render, scaling, layoutShift, peer, composition } = results;
  const day = (section: string) => results.dates?.[section] ?? results.date.slice(0, 10);
  const timed = ['render', 'scaling', 'layout-shift', 'peer'].map(day);
  const measured =
    `Bytes measured ${day('bytes')}; times on a ${env.cpus}-core machine (${env.chromium.replace('/', ' ')}, Node ${env.node.slice(1)}), ` +
    `${[...new Set(timed)].join(' and ')}${env.quick ? ', with `--quick`' : ''}:`;
  const renderLine =
    `**Render cost.** On the demo page, from the page's first script to the first frame with every widget painted: ` +
    `${ms(render.widgets)}, against ${ms(render.baseline)} for the same final markup as static HTML: a ratio of ` +
    `${render.ratio.toFixed(2)}× (goal: under ${render.goal}×, ${render.ratio < render.goal ? 'met' : 'not met'}). The same page loading the ` +
    `bundle with no widget on it takes ${ms(render.bundleOnly)}.`;
  const longLists = [
    head(['N', 'first render', 'fully rendered', 'longest task', 'JS heap (widgets\' share)', '"Show more" to painted', '`<tip-dataset>` check']),
    ...scaling.points.map((p) =>
      row([
        p.size.toLocaleString('en-US'),
        ms(p.firstRender),
        ms(p.fullyRendered),
        ms(p.longestTask),
        `${(p.heap.median / MB).toFixed(1)} MB (${(p.heapAdded.median / MB).toFixed(1)})`,
        p.showMore ? `${ms(p.showMore.time)}, longest task ${p.showMore.longestTask.median.toFixed(0)} ms` : '–',
        `${ms(p.tipDatasetCheck.time)}, longest task ${p.tipDatasetCheck.longestTask.median.toFixed(0)} ms`,
      ]),
    ),
  ].join('\n');
  const peers = [
    head(['Widgets', 'bytes (min / gzip / brotli)', 'requests', 'rendered', 'longest task', 'JS heap']),
    ...peer.map((p) =>
      row([
        p.name,
        `${kBNumber(p.bytes.min)} / ${kBNumber(p.bytes.gzip)} / ${kB(p.bytes.brotli)}`,
        p.requests,
        ms(p.rendered),
        ms(p.longestTask),
        `${(p.heap.median / MB).toFixed(1)} MB`,
      ]),
    ),
  ].join('\n');
  return [
    ['bench-bytes', `${measured}\n\n${bytesTable(results.bytes)}`],
    [
      'bench-composition',
      `Of the script-tag bundle, the bundled dataset is ${kB(composition.dataset.gzip)} gzip and Lit's hydration support ` +
        `${kB(composition.hydration.gzip)} (each: the bundle built as it ships, less the bundle built without it).`,
    ],
    ['bench-render', renderLine],
    ['bench-long-lists', longLists],
    ['bench-layout-shift', `**Layout shift.** An article whose widgets upgrade after its text has painted, with the reserves of the Embedding page: CLS ${layoutShift.cls.median.toFixed(3)}.`],
    ['bench-peer', peers],
    ['bench-prerendered', prerenderedFigures(results.prerendered)],
  ];
}
