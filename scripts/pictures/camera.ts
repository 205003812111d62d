/**
 * Takes the pictures: Debian's Chromium (headless, through puppeteer-core) opens a widget's page from the repository
 * (the built bundle) and gives back a screenshot cropped to the element, or the element's accessibility tree as a
 * screen reader gets it. Nothing leaves the machine: the page is served on 127.0.0.1 and answered by interception.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, ElementHandle, Page, SerializedAXNode } from 'puppeteer-core';
import { launchChromium } from '../support/chromium.ts';
import { serveDirectory, type StaticServer } from '../support/static-server.ts';
import { PENDING_PATH, picturePage, type Theme } from './picture-pages.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAGE_PATH = '/picture.html';
const WIDGETS = 'tip-stat-card, task-force-timeline, agency-accomplishments, recommendation-list';

export interface Shot {
  markup: string;
  width: number;
  theme: Theme;
  arabic: boolean;
}

export interface Camera {
  /** The browser's name and version, as `browser.version()` gives it ("Chrome/156.0.7781.2"). */
  version: string;
  /** A page showing the shot's markup at its width, every widget drawn and every font loaded. */
  open(shot: Shot): Promise<{ page: Page; widget: ElementHandle<Element> }>;
  /** A page of the repository (`/dist/site/builder/index.html`) at a width, in the reader's preferred scheme. */
  openPath(path: string, width: number, theme: Theme): Promise<Page>;
  screenshot(shot: Shot): Promise<Uint8Array>;
  accessibilityTree(shot: Shot): Promise<string>;
  close(): Promise<void>;
}

export async function openCamera(): Promise<Camera> {
  const server: StaticServer = await serveDirectory(ROOT);
  const browser: Browser = await launchChromium();
  const version = await browser.version();
  const pages: Page[] = [];

  async function open(shot: Shot) {
    const page = await browser.newPage();
    pages.push(page);
    await page.setViewport({ width: shot.width, height: 800, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname === PAGE_PATH) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: picturePage(shot.markup, shot) });
      else if (pathname === PENDING_PATH) return; // Never answered: the dataset stays loading.
      else if (request.url().startsWith(server.url)) void request.continue();
      else void request.abort();
    });
    await page.goto(`${server.url}${PAGE_PATH}`, { waitUntil: 'load' });
    await page.waitForFunction(
      (selector) => {
        const widget = document.querySelector(selector);
        return widget?.shadowRoot?.querySelector('.root') && !(widget as HTMLElement & { isUpdatePending: boolean }).isUpdatePending;
      },
      { polling: 'raf', timeout: 30_000 },
      WIDGETS,
    );
    await page.evaluate(() => document.fonts.ready.then(() => new Promise(requestAnimationFrame)));
    const widget = (await page.$(WIDGETS))!;
    return { page, widget };
  }

  async function openPath(path: string, width: number, theme: Theme) {
    const page = await browser.newPage();
    pages.push(page);
    await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
    await page.emulateMediaFeatures([
      { name: 'prefers-reduced-motion', value: 'reduce' },
      { name: 'prefers-color-scheme', value: theme },
    ]);
    await page.setRequestInterception(true);
    page.on('request', (request) => void (request.url().startsWith(server.url) ? request.continue() : request.abort()));
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    return page;
  }

  return {
    version,
    open,
    openPath,
    async screenshot(shot) {
      const { page, widget } = await open(shot);
      // The window as tall as the page, then a clip of the element's box: Chromium's capture beyond the window (what
      // an element screenshot uses) draws a right-to-left page shifted sideways.
      const height = await page.evaluate('document.documentElement.scrollHeight');
      await page.setViewport({ width: shot.width, height: Number(height), deviceScaleFactor: 1 });
      const box = (await widget.boundingBox())!;
      const picture = await page.screenshot({ type: 'png', clip: box, captureBeyondViewport: false });
      await page.close();
      return picture;
    },
    async accessibilityTree(shot) {
      const { page } = await open(shot);
      // The page's whole tree (the widget is all it holds): rooted at the element, Chromium's snapshot keeps only its
      // first node, the host being no node of its own.
      const tree = await page.accessibility.snapshot({ interestingOnly: true });
      await page.close();
      return (tree?.children ?? []).map((node) => outline(node)).join('\n');
    },
    async close() {
      await Promise.all(pages.filter((page) => !page.isClosed()).map((page) => page.close()));
      await browser.close();
      await server.close();
    },
  };
}

/** What a screen reader announces, one node a line, indented by depth: `heading "Department of Justice" level=3`. */
function outline(node: SerializedAXNode, depth = 0): string {
  const states = (['level', 'expanded', 'selected', 'checked', 'disabled', 'pressed'] as const)
    .filter((key) => node[key] !== undefined && node[key] !== false)
    .map((key) => `${key}=${node[key]}`);
  const line = [node.role, node.name ? JSON.stringify(node.name) : '', ...states].filter(Boolean).join(' ');
  return [`${'  '.repeat(depth)}${line}`, ...(node.children ?? []).map((child) => outline(child, depth + 1))].join('\n');
}
