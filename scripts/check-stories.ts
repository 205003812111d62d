/**
 * `npx tsx scripts/check-stories.ts`: opens every story, and every docs page, of the static Storybook
 * build (the manual in dist/site/manual/, made by `npm run build` or `npm run build-storybook`) in headless Chromium, and fails any that
 * renders no widget content, throws, logs a console error, requests anything from a host other than
 * 127.0.0.1, or has an axe-core violation. Prints a line per entry, then `N passed, M failed`; exits
 * non-zero on any failure.
 *
 * `npx tsx scripts/check-stories.ts theming tip-stat-card` checks only the entries whose id contains one
 * of the arguments. Stories whose id ends in `--reduced-motion` are opened with `prefers-reduced-motion: reduce` emulated,
 * as a reader who turned the operating system's setting on sees them, and fail if anything still moves; those ending
 * in `--spanish` or `--arabic-right-to-left` fail unless every widget speaks that language, in its direction.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { WIDGET_TAGS } from '../src/shared/widget-tags.ts';
import { launchChromium } from './support/chromium.ts';
import { serveDirectory } from './support/static-server.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const staticDir = join(root, 'dist/site/manual');
const HOST = '127.0.0.1';
const RENDER_TIMEOUT_MS = 15_000;
/** Two pages at a time: the machine has two cores, and each page mostly waits on Chromium. */
const CONCURRENCY = 2;
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
}

interface EntryResult {
  entry: IndexEntry;
  problems: string[];
  ms: number;
}

/** Records what the page must not do: throw, log an error, or reach beyond 127.0.0.1 (which is refused). */
async function watchPage(page: Page, problems: string[]): Promise<void> {
  page.on('pageerror', (error) => problems.push(`throws: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === HOST) {
      void request.continue();
    } else {
      problems.push(`requests ${url.origin}${url.pathname}`);
      void request.abort('blockedbyclient');
    }
  });
}

/** Waits until every widget in the root has drawn text into its shadow root, or Storybook shows an error. */
async function waitForWidgets(page: Page, rootSelector: string, docs: boolean): Promise<'rendered' | 'error' | 'nothing'> {
  return page
    .waitForFunction(
      (tags: readonly string[], selector: string, isDocs: boolean) => {
        if (document.body.classList.contains('sb-show-errordisplay')) return 'error';
        const root = document.querySelector(selector);
        const widgets = root ? [...root.querySelectorAll(tags.join(','))] : [];
        const drawn = widgets.every((widget) => (widget.shadowRoot?.textContent ?? '').trim() !== '');
        // A manual page may hold no widget: it has rendered once its heading and text are there.
        const written = isDocs && !!root?.querySelector('h1') && (root.textContent ?? '').trim().length > 200;
        return drawn && (widgets.length > 0 || written) && 'rendered';
      },
      { timeout: RENDER_TIMEOUT_MS, polling: 100 },
      WIDGET_TAGS,
      rootSelector,
      docs,
    )
    .then((handle) => handle.jsonValue() as Promise<'rendered' | 'error'>)
    .catch(() => 'nothing' as const);
}

/** What still moves in the widgets of a page that asks for reduced motion: running animations, changing text. */
async function motionUnderReducedMotion(page: Page): Promise<string[]> {
  const { animations, textChanged } = await page.evaluate(async (tags: readonly string[]) => {
    // No named inner functions: tsx would wrap them in a helper the page does not have.
    const roots = [...document.querySelectorAll(tags.join(','))].map((widget) => widget.shadowRoot!);
    const before = roots.map((root) => root.textContent).join('\n');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = roots.map((root) => root.textContent).join('\n');
    return { animations: roots.flatMap((root) => root.getAnimations()).length, textChanged: after !== before };
  }, WIDGET_TAGS);
  return [
    ...(animations ? [`moves under reduced motion: ${animations} animation(s) running`] : []),
    ...(textChanged ? ['moves under reduced motion: the shown text changes by itself'] : []),
  ];
}

/**
 * axe-core on the story root (or the docs page). On docs pages heading order is Storybook's page
 * outline around the widgets, not theirs, so that rule is left to the stories.
 */
async function axeViolations(page: Page, rootSelector: string, isDocs: boolean): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(
    async (selector: string, docs: boolean) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const results = await axe.run(selector, docs ? { rules: { 'heading-order': { enabled: false } } } : {});
      return results.violations.map((v) => `axe: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    rootSelector,
    isDocs,
  );
}

/** The language a story's id promises (`--spanish`, `--arabic-right-to-left`), and its direction. */
const LANGUAGE_STORIES: Record<string, { lang: string; dir: 'ltr' | 'rtl' }> = {
  '--spanish': { lang: 'es', dir: 'ltr' },
  '--arabic-right-to-left': { lang: 'ar', dir: 'rtl' },
};

/** What is wrong with a language story: a widget whose words are not in that language, or that runs the other way. */
async function languageProblems(page: Page, rootSelector: string, { lang, dir }: { lang: string; dir: 'ltr' | 'rtl' }): Promise<string[]> {
  return page.$$eval(
    `${rootSelector} *`,
    (elements, lang, dir) =>
      elements.flatMap((el) => {
        const root = el.shadowRoot?.querySelector('.root');
        if (!root) return [];
        const problems: string[] = [];
        if (root.getAttribute('lang') !== lang) problems.push(`<${el.localName}> speaks "${root.getAttribute('lang')}", not "${lang}"`);
        if (getComputedStyle(root).direction !== dir) problems.push(`<${el.localName}> runs ${getComputedStyle(root).direction}, not ${dir}`);
        return problems;
      }),
    lang,
    dir,
  );
}

async function checkEntry(browser: Browser, origin: string, entry: IndexEntry): Promise<EntryResult> {
  const started = performance.now();
  const problems: string[] = [];
  const isDocs = entry.type === 'docs';
  const rootSelector = isDocs ? '#storybook-docs' : '#storybook-root';
  const reducedMotion = entry.id.endsWith('--reduced-motion');
  const page = await browser.newPage();
  try {
    // In front, so that it draws frames: a page Chromium treats as hidden advances no animation.
    await page.bringToFront();
    await page.setViewport({ width: 1280, height: 900 });
    if (reducedMotion) await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await watchPage(page, problems);
    // a11y.manual: the accessibility addon would otherwise run its own axe at the same time as ours.
    const query = `id=${encodeURIComponent(entry.id)}&viewMode=${isDocs ? 'docs' : 'story'}&globals=a11y.manual:!true`;
    await page.goto(`${origin}/iframe.html?${query}`, { waitUntil: 'load' });
    const rendered = await waitForWidgets(page, rootSelector, isDocs);
    if (rendered === 'error') {
      const message = await page.$eval('#error-message', (el) => el.textContent?.trim() ?? '').catch(() => '');
      problems.push(`Storybook shows an error: ${message}`);
    } else if (rendered === 'nothing') {
      problems.push(isDocs ? 'renders nothing: no text, or a widget that drew nothing into its shadow root' : 'renders nothing: no widget in the story root drew content into its shadow root');
    } else {
      if (reducedMotion) problems.push(...(await motionUnderReducedMotion(page)));
      const language = Object.entries(LANGUAGE_STORIES).find(([suffix]) => entry.id.endsWith(suffix))?.[1];
      if (language) problems.push(...(await languageProblems(page, rootSelector, language)));
      // axe judges the page at rest: a figure still rising in (count-up) has, for 0.7 s, the contrast of its fade.
      // Asked from here every 100 ms, not on the page's frames: where it drew none, the timeout names what still ran.
      const running = (tags: readonly string[]) =>
        [...document.querySelectorAll(tags.join(','))].flatMap((widget) =>
          (widget.shadowRoot?.getAnimations() ?? [])
            .filter((animation) => animation.playState === 'running' && animation.effect?.getComputedTiming().endTime !== Infinity)
            .map((animation) => `<${widget.localName}> ${(animation as CSSAnimation).animationName ?? 'animation'} at ${Math.round(Number(animation.currentTime))} ms`),
        );
      let still = await page.evaluate(running, WIDGET_TAGS);
      for (const until = performance.now() + 30_000; still.length > 0 && performance.now() < until; still = await page.evaluate(running, WIDGET_TAGS)) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      if (still.length > 0) problems.push(`animations still running after 30 s: ${still.join('; ')}`);
      problems.push(...(await axeViolations(page, rootSelector, isDocs)));
    }
  } catch (error) {
    problems.push(`could not be checked: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await page.close();
  }
  return { entry, problems, ms: Math.round(performance.now() - started) };
}

async function main(): Promise<number> {
  const indexFile = join(staticDir, 'index.json');
  if (!existsSync(indexFile)) {
    console.error('No dist/site/manual/index.json: build the manual first (npm run build-storybook).');
    return 1;
  }
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as { entries: Record<string, IndexEntry> };
  // Arguments, if any, narrow the run to the entries whose id contains one of them.
  const only = process.argv.slice(2);
  const entries = Object.values(index.entries).filter(
    (entry) => (entry.type === 'story' || entry.type === 'docs') && (!only.length || only.some((part) => entry.id.includes(part))),
  );
  if (entries.length === 0) {
    console.error(`dist/site/manual/index.json lists no ${only.length ? `entry matching ${only.join(', ')}` : 'stories'}.`);
    return 1;
  }

  const started = performance.now();
  const server = await serveDirectory(staticDir);
  const browser = await launchChromium();
  const results: EntryResult[] = [];
  try {
    const queue = [...entries];
    const worker = async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const result = await checkEntry(browser, server.url, entry);
        results.push(result);
        const mark = result.problems.length ? 'FAIL' : 'ok  ';
        console.log(`${mark} ${entry.type === 'docs' ? 'docs ' : 'story'} ${entry.id} (${result.ms} ms)`);
        for (const problem of result.problems) console.log(`       ${problem}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    await browser.close();
    await server.close();
  }

  const failed = results.filter((result) => result.problems.length).length;
  const stories = results.filter((result) => result.entry.type === 'story').length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`checked ${stories} stories and ${results.length - stories} docs pages in ${seconds} s`);
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
