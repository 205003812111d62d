/**
 * The npm package as a developer gets it: `npm pack`, installed into a fresh project, its entries
 * resolved and imported by Node, a TypeScript consumer type-checked against the published types, and
 * the widgets rendered from that install in Chromium with no build step (an import map).
 * Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/support/chromium.ts';
import { serveDirectory } from '../../scripts/support/static-server.ts';
import { WIDGET_TAGS } from '../../src/shared/widget-tags.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TAGS = WIDGET_TAGS;
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let project: string;
let packedFiles: string[];

before(() => {
  project = mkdtempSync(join(tmpdir(), 'tip-widgets-consumer-'));
  const [pack] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', project], root));
  packedFiles = pack.files.map((file: { path: string }) => file.path);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', join(project, pack.filename)], project);
});
after(() => process.env.KEEP_CONSUMER || rmSync(project, { recursive: true, force: true }));

describe('the npm package', () => {
  it('ships the build, types, dataset and manifest, and no sources, tests or documents', () => {
    for (const file of ['dist/index.js', 'dist/index.d.ts', 'dist/cdn/tip-widgets.js', 'dist/cdn/tip-widgets.iife.js', 'dist/cdn/dataset-checker.js',
      'dist/custom-elements.json', 'dist/vscode.html-custom-data.json', 'data/dataset.json', 'data/dataset.schema.json', 'README.md', 'CHANGELOG.md']) {
      assert.ok(packedFiles.includes(file), `${file} is in the tarball`);
    }
    // The site (dist/site/: the manual, builder and demo) is deployed, not installed.
    const unwanted = packedFiles.filter((file) => /^(src|test|scripts|stories|data\/sources|dist\/site)\/|\.map$/.test(file));
    assert.deepEqual(unwanted, []);
  });

  it('passes npm publish --dry-run', () => {
    // No registry: npm would ask it which versions exist, and refuse once this one is published (a version bump is the
    // Releasing page's first step, not the suite's); without one it checks and packs all the same.
    const output = execFileSync('npm', ['publish', '--dry-run', '--registry=http://127.0.0.1:9/'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    assert.match(output, /\+ tip-widgets@/);
  });

  it('resolves and imports every entry from Node', () => {
    const script = `
      const specifiers = ['tip-widgets', ${TAGS.map((t) => `'tip-widgets/${t}.js', 'tip-widgets/${t}', 'tip-widgets/components/${t}'`).join(', ')},
        'tip-widgets/dataset.json', 'tip-widgets/dataset.schema.json', 'tip-widgets/custom-elements.json', 'tip-widgets/cdn/tip-widgets.js'];
      for (const s of specifiers) import.meta.resolve(s);
      const classes = await Promise.all(${JSON.stringify(TAGS)}.map((t) => import('tip-widgets/components/' + t)));
      const { default: dataset } = await import('tip-widgets/dataset.json', { with: { type: 'json' } });
      console.log(JSON.stringify({ classes: classes.map((m) => Object.keys(m)), stats: dataset.stats.length }));`;
    writeFileSync(join(project, 'consumer.mjs'), script);
    const result = JSON.parse(run('node', ['consumer.mjs'], project));
    const classNames = ['TipStatCard', 'TaskForceTimeline', 'AgencyAccomplishments', 'RecommendationList'];
    classNames.forEach((name, i) => assert.ok(result.classes[i].includes(name), `${TAGS[i]} exports ${name}`));
    assert.ok(result.stats > 10);
  });

  it('type-checks a TypeScript consumer against the published types', () => {
    writeFileSync(join(project, 'consumer.ts'), `
      import 'tip-widgets';
      import { TipStatCard } from 'tip-widgets/components/tip-stat-card';
      import type { TipErrorEvent } from 'tip-widgets';
      const card: TipStatCard | null = document.querySelector('tip-stat-card');
      if (card) card.stat = 'defendants-charged';
      document.querySelector('task-force-timeline')!.order = 'newest';
      document.addEventListener('tip-error', (event: TipErrorEvent) => console.log(event.detail.message));
      // @ts-expect-error: a stat id is a string
      if (card) card.stat = 120;
    `);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, types: [] },
      files: ['consumer.ts'],
    }));
    run(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], project);
  });

  it('renders every widget from the install in Chromium, with no build step', async () => {
    const importMap = {
      imports: Object.fromEntries(['tip-widgets', 'lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context', '@lit-labs/ssr-client', 'valibot'].flatMap((name) => {
        const pkg = JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8'));
        const entry = pkg.exports?.['.'];
        const main = typeof entry === 'object' ? entry.import?.default ?? entry.default ?? entry.browser?.default : pkg.module ?? pkg.main;
        return [[name, `/node_modules/${name}/${main.replace(/^\.\//, '')}`], [`${name}/`, `/node_modules/${name}/`]];
      })),
    };
    writeFileSync(join(project, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
      <script type="importmap">${JSON.stringify(importMap)}</script>
      <script type="module">import 'tip-widgets';</script></head><body>
      <tip-stat-card stat="defendants-charged"></tip-stat-card><task-force-timeline></task-force-timeline>
      <agency-accomplishments></agency-accomplishments><recommendation-list></recommendation-list></body></html>`);
    const server = await serveDirectory(project);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(`${server.url}/index.html`);
      await page.waitForFunction((tags: readonly string[]) => tags.every((tag) => customElements.get(tag)), { timeout: 10_000 }, TAGS);
      const shown = await page.evaluate(async (tags: readonly string[]) => {
        await Promise.all(tags.map((tag) => (document.querySelector(tag) as unknown as { updateComplete: Promise<unknown> }).updateComplete));
        return tags.map((tag) => (document.querySelector(tag)!.shadowRoot!.firstElementChild as HTMLElement).innerText);
      }, TAGS);
      assert.deepEqual(errors, []);
      assert.match(shown[0], /nearly 120/);
      assert.match(shown[1], /Trafficking Victims Protection Act of 2000/);
      assert.match(shown[2], /Blue Campaign/);
      assert.match(shown[3], /Strengthen cybercrime-fighting strategies/);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
