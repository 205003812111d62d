import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';

export const WIDGETS = 'tip-stat-card, task-force-timeline, agency-accomplishments, recommendation-list';

const MEASURE = '<script src="/bench/pages/measure.js"></script>';
const REPORT_WHEN = (ready: string) =>
  `<script data-bench-report>${ready}.then(bench.afterPaint).then(() => bench.report({ rendered: bench.sinceStart() }));</script>`;

/**
 * The demo page (src/demo/index.html: the demo content, its host-page CSS) with the built script-tag
 * bundle in place of the sources, timed by bench/pages/measure.js. The demo's own switches are left out.
 */
export function widgetsDemoPage(root: string): string {
  const demo = readFileSync(join(root, 'src/demo/index.html'), 'utf8');
  const replaced = demo
    .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${MEASURE}`)
    .replace('href="./demo.css"', 'href="/src/demo/demo.css"')
    .replace('<script type="module" src="../index.ts"></script>', '<script type="module" src="/dist/cdn/tip-widgets.js"></script>')
    .replace(/\s*<script type="module" src="\.\/demo\.ts"><\/script>/, '')
    .replace('</body>', `  ${REPORT_WHEN(`bench.widgetsUpdated(${JSON.stringify(WIDGETS)})`)}\n  </body>`);
  if (!replaced.includes('/dist/cdn/tip-widgets.js') || replaced.includes('demo.ts')) {
    throw new Error('src/demo/index.html no longer loads ../index.ts and ./demo.ts as the bench expects: update scripts/bench/demo-pages.ts');
  }
  return replaced;
}

/**
 * The demo page with the bundle but no widget to upgrade (their tags renamed): what loading and running
 * the script costs the page before any widget renders.
 */
export function bundleOnlyPage(widgetsPage: string): string {
  const tags = WIDGETS.split(', ');
  const renamed = tags.reduce((page, tag) => page.replaceAll(`<${tag}`, `<x-${tag}`).replaceAll(`</${tag}>`, `</x-${tag}>`), widgetsPage);
  return renamed.replace(/<script data-bench-report>.*<\/script>/, REPORT_WHEN(`customElements.whenDefined('${tags[0]}')`));
}

/**
 * The baseline: the demo page as the widgets left it, as static HTML with no library. Each widget
 * becomes a `<div>` (always `:defined`, so the page's reserve CSS lets go of it as it does of an
 * upgraded widget) holding its rendered shadow tree and styles in a declarative shadow root.
 */
export async function staticBaselinePage(page: Page): Promise<string> {
  return page.evaluate(
    (selector, report) => {
      const widgets = [...document.querySelectorAll(selector)];
      const shadows = widgets.map((widget) => {
        const root = widget.shadowRoot!;
        const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
        // Lit's comment markers are bookkeeping, not content.
        return `<template shadowrootmode="open"><style>${css}</style>${root.innerHTML.replace(/<!--[^]*?-->/g, '')}</template>`;
      });
      const copy = document.documentElement.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(selector).forEach((widget, i) => {
        const host = document.createElement('div');
        for (const { name, value } of widget.attributes) host.setAttribute(name, value);
        host.dataset.benchWidget = widget.localName;
        host.append(document.createComment(`bench-shadow-${i}`));
        widget.replaceWith(host);
      });
      copy.querySelector('script[src="/dist/cdn/tip-widgets.js"]')!.remove();
      copy.querySelector('script[data-bench-report]')!.outerHTML = report;
      let html = `<!doctype html>\n${copy.outerHTML}`;
      shadows.forEach((shadow, i) => (html = html.replace(`<!--bench-shadow-${i}-->`, () => shadow)));
      return html;
    },
    WIDGETS,
    REPORT_WHEN('Promise.resolve()'),
  );
}

/** Where each widget sits on its page, to check that the baseline shows what the widgets showed. */
export const widgetBoxes = (page: Page) =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll(`${selector}, [data-bench-widget]`)].map((node) => {
        const { x, y, width, height } = node.getBoundingClientRect();
        return [x, y, width, height].map(Math.round);
      }),
    WIDGETS,
  );
