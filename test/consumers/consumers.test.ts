/**
 * `npm run test:consumers`: the package as a developer installs it, in a fresh project per framework (React 19,
 * Vue 3, Svelte 5, Angular), each with its usual build. `npm pack` of dist/ (run `npm run build` first) is
 * installed into each project; each project type-checks, builds, and renders all four elements in Chromium.
 * A misspelled attribute value must fail the type check where the framework checks custom elements' attributes.
 *
 * Each project's own dependencies are installed once from its package-lock.json and reused until the lock
 * changes (node_modules/.tip-consumer-lock); only the packed tip-widgets is installed on every run.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { launchChromium } from '../../scripts/support/chromium.ts';
import { serveDirectory } from '../../scripts/support/static-server.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { WIDGET_TAGS } from '../../src/shared/widget-tags.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dataset: Dataset = JSON.parse(readFileSync(`${root}data/dataset.json`, 'utf8'));

interface Consumer {
  /** The type check, as the framework's tooling runs it; none where the build is the check (Angular). */
  typecheck?: string[];
  /** The same check on a file that gives `layout` a misspelled value: it must fail, naming it. */
  misspelled?: string[];
  build: string[];
  /** Where the build writes the page. */
  out: string;
}

const CONSUMERS: Record<string, Consumer> = {
  react: {
    typecheck: ['tsc', '-p', 'tsconfig.json'],
    misspelled: ['tsc', '-p', 'tsconfig.misspelled.json'],
    build: ['vite', 'build'],
    out: 'dist',
  },
  vue: {
    typecheck: ['vue-tsc', '-p', 'tsconfig.json'],
    misspelled: ['vue-tsc', '-p', 'tsconfig.misspelled.json'],
    build: ['vite', 'build'],
    out: 'dist',
  },
  svelte: {
    typecheck: ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings'],
    misspelled: ['svelte-check', '--tsconfig', './tsconfig.misspelled.json'],
    build: ['vite', 'build'],
    out: 'dist',
  },
  // Angular's template compiler checks no attribute of a custom element (CUSTOM_ELEMENTS_SCHEMA).
  angular: { build: ['ng', 'build'], out: 'dist/browser' },
};

/** Runs a project's own binary; the error carries its output. */
function run(dir: string, [command, ...args]: string[]): string {
  const bin = command === 'npm' ? 'npm' : join(dir, 'node_modules/.bin', command);
  try {
    return execFileSync(bin, args, { cwd: dir, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, NG_CLI_ANALYTICS: 'false' } });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${[command, ...args].join(' ')} failed in ${dir}:\n${stdout}${stderr}`);
  }
}

/** The project's dependencies from its lockfile, unless the same lockfile installed them last time. */
function installDependencies(dir: string) {
  const lock = createHash('sha256').update(readFileSync(join(dir, 'package-lock.json'))).digest('hex');
  const stamp = join(dir, 'node_modules/.tip-consumer-lock');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) return;
  run(dir, ['npm', 'ci', '--no-audit', '--no-fund', '--prefer-offline']);
  writeFileSync(stamp, lock);
}

let packDir = '';
let tarball = '';
let browser: Browser;

before(() => {
  assert.ok(existsSync(`${root}dist/types/jsx.d.ts`), 'dist/ has no framework types: run `npm run build` first');
  packDir = mkdtempSync(join(tmpdir(), 'tip-widgets-pack-'));
  const [{ filename }] = JSON.parse(run(root, ['npm', 'pack', '--json', '--ignore-scripts', '--pack-destination', packDir]));
  tarball = join(packDir, filename);
});

after(async () => {
  await browser?.close();
  rmSync(packDir, { recursive: true, force: true });
});

/** What every consumer's page shows, read from its shadow roots; see each project's component. */
async function renderedPage(url: string) {
  browser ??= await launchChromium();
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => {
    const text = `${message.type()}: ${message.text()}`;
    // The failing card's own warning is expected; nothing else is.
    if (['error', 'warn'].includes(message.type()) && text !== 'warn: <tip-stat-card>: no stat has the id "no-such-stat"') problems.push(text);
  });
  await page.goto(url);
  // Every widget has rendered and the failing card's tip-error has reached the framework's handler.
  await page.waitForFunction(
    (tags: readonly string[]) =>
      [...document.querySelectorAll(tags.join(', '))].every((el) => el.shadowRoot?.querySelector('[part]')) &&
      document.querySelector('#tip-error')?.textContent,
    { timeout: 30_000 }, // only a bound on a hang: a page renders in well under a second
    WIDGET_TAGS,
  );
  // No function is bound to a name in here: tsx would wrap it in a helper the page does not have.
  const seen = await page.evaluate(() => {
    const [figureCard, , timeline, accomplishments, recommendations] = [
      'tip-stat-card[stat="victims-worldwide-2012"]',
      'tip-stat-card[stat="no-such-stat"]',
      'task-force-timeline',
      'agency-accomplishments',
      'recommendation-list',
    ].map((selector) => document.querySelector(selector)!);
    return {
      // The figure as read aloud: while it counts up, the moving number is hidden from assistive technology.
      figure: [...figureCard.shadowRoot!.querySelector('[part="value"]')!.childNodes]
        .filter((node) => node instanceof Text || (node instanceof Element && node.getAttribute('aria-hidden') !== 'true'))
        .map((node) => node.textContent)
        .join('')
        .trim(),
      countUp: (figureCard as HTMLElement & { countUp: boolean }).countUp,
      error: document.querySelector('#tip-error')!.textContent!.trim(),
      timelineHeadings: timeline.shadowRoot!.querySelectorAll('h2').length,
      timelineYears: [...timeline.shadowRoot!.querySelectorAll('[part="date"]')].map((d) => d.textContent!.match(/\d{4}/)![0]),
      tabs: accomplishments.shadowRoot!.querySelectorAll('[role="tab"]').length,
      tabHeadings: accomplishments.shadowRoot!.querySelectorAll('h2').length,
      theme: accomplishments.getAttribute('theme'),
      recommendations: recommendations.shadowRoot!.querySelectorAll('h2').length,
    };
  });
  await page.close();
  return { seen, problems };
}

for (const [name, consumer] of Object.entries(CONSUMERS)) {
  const dir = `${root}test/consumers/${name}`;
  describe(`${name}: a new project that installs the package`, { timeout: 600_000 }, () => {
    before(() => {
      installDependencies(dir);
      run(dir, ['npm', 'install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', tarball]);
    });

    if (consumer.typecheck) {
      it('type-checks a component that uses all four elements and listens for tip-error', () => {
        run(dir, consumer.typecheck!);
      });
    }

    if (consumer.misspelled) {
      it('fails the type check on a misspelled attribute value, naming it', () => {
        assert.throws(() => run(dir, consumer.misspelled!), /"gird"' is not assignable to type '"grid" \| "tabs"/);
      });
    }

    it('pre-renders a widget with npx tip-widgets render', () => {
      const card = '<tip-stat-card stat="defendants-charged"></tip-stat-card>';
      const out = execFileSync('npx', ['--no-install', 'tip-widgets', 'render'], { cwd: dir, input: card, encoding: 'utf8' });
      assert.match(out, /<tip-stat-card stat="defendants-charged"><template shadowrootmode="open"><style>/);
      assert.match(out, /nearly 120/);
    });

    it('builds with its usual build, which keeps Lit\'s hydration support (package.json sideEffects)', () => {
      run(dir, consumer.build);
      const scripts = readdirSync(join(dir, consumer.out), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
      const code = scripts.map((file) => readFileSync(join(dir, consumer.out, file), 'utf8')).join('\n');
      assert.ok(code.includes('Hydration value mismatch'), 'the hydration support is in the bundle, not tree-shaken away');
    });

    it('renders the figures in Chromium, with attributes and properties set and tip-error heard', async () => {
      const server = await serveDirectory(join(dir, consumer.out));
      try {
        const { seen, problems } = await renderedPage(server.url);
        const forcedLabor = dataset.recommendations.filter((r) => r.topic === 'forced-labor');
        assert.match(seen.figure, /^27\s?M$/, 'the compact figure of victims-worldwide-2012');
        assert.equal(seen.countUp, true, 'count-up reached the element');
        assert.equal(seen.error, 'no stat has the id "no-such-stat"');
        assert.ok(seen.timelineHeadings > 0, 'the timeline took heading-level 2');
        assert.ok(seen.timelineYears.length > 0 && seen.timelineYears.every((year) => year >= '2012'), `from 2012: ${seen.timelineYears}`);
        assert.deepEqual(seen.timelineYears, [...seen.timelineYears].sort().reverse(), 'newest first');
        assert.ok(seen.tabs > 1 && seen.tabHeadings > 0, 'tabs, with heading-level 2');
        assert.equal(seen.theme, 'dark');
        assert.equal(seen.recommendations, forcedLabor.length, 'only forced-labor recommendations');
        assert.deepEqual(problems, [], 'no error or warning on the console');
      } finally {
        await server.close();
      }
    });
  });
}
