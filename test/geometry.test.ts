/**
 * What readers see, measured in every engine: the pages a real site has (a row of stat cards in a CSS grid and in a
 * Bootstrap flex row, a 280 px sidebar, an article column) at a phone's, a tablet's and a desktop's width, light and
 * dark, left to right and in Arabic, with the built script-tag bundle. Each page is a frame of the exact width (a
 * window cannot be made that narrow in every engine), with its font pinned (`.ci/run` installs it). For every widget:
 * no text outside its box, none covered, none clipped, no sideways scroll, dates in one piece and, in Arabic, English
 * words in their order. Checked as loaded, and again with every disclosure opened.
 */
import { expect } from '@open-wc/testing';
import { clippedText, coveredText, englishOutOfOrder, geometryProblems, sidewaysScroll, splitDates, textOutsideHost } from './support/geometry.ts';
import { waitFor } from './support/widget-fixture.ts';

const WIDTHS = [360, 768, 1280];
const THEMES = ['light', 'dark'] as const;
const WIDGETS = 'tip-stat-card, task-force-timeline, agency-accomplishments, recommendation-list';

/** A page: its own stylesheet (a site's) and its body. The Bootstrap page links Bootstrap's real stylesheet. */
interface Page {
  head?: string;
  body: string;
}

const statCards = (ids: string[], wrap: (card: string) => string = (card) => card) =>
  ids.map((id) => wrap(`<tip-stat-card stat="${id}"></tip-stat-card>`)).join('\n');

const PAGES: Record<string, Page> = {
  'stat cards in a CSS grid row': {
    head: `<style>
      .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 1rem; margin: 1rem; }
    </style>`,
    body: `<h1>Figures</h1>
      <div class="cards">${statCards(['defendants-charged', 'trafficking-profits', 'victims-worldwide-2012', 'prosecutions-rise'])}</div>
      <h2>After the cards</h2><p>The page goes on.</p>`,
  },
  'stat cards in a Bootstrap flex row': {
    head: `<link rel="stylesheet" href="/node_modules/bootstrap/dist/css/bootstrap.min.css" />`,
    body: `<main class="container py-3">
      <h1>Figures</h1>
      <div class="row g-3">${statCards(['defendants-charged', 'trafficking-profits', 'grant-countries'], (card) => `<div class="col-12 col-md-4">${card}</div>`)}</div>
      <h2 class="mt-3">After the cards</h2><p>The page goes on.</p>
    </main>`,
  },
  'a 280 px sidebar': {
    head: `<style>
      .layout { display: grid; grid-template-columns: minmax(0, 1fr) 280px; gap: 1.5rem; margin: 1rem; }
      @media (max-width: 40rem) { .layout { grid-template-columns: minmax(0, 1fr); } }
      aside { display: grid; gap: 1rem; align-content: start; }
    </style>`,
    body: `<div class="layout">
      <article><h1>The task force</h1><p>An article beside a sidebar.</p><task-force-timeline from="2012" to="2016"></task-force-timeline></article>
      <aside>
        <tip-stat-card stat="defendants-charged"></tip-stat-card>
        <recommendation-list topic="forced-labor"></recommendation-list>
        <agency-accomplishments layout="tabs" meeting="annual-meeting-2012"></agency-accomplishments>
      </aside>
    </div>`,
  },
  'an article column': {
    head: `<style>article { max-inline-size: 720px; margin: 1rem auto; padding-inline: 1rem; } article > * + * { margin-block-start: 1.5rem; }</style>`,
    body: `<article>
      <h1>What the task force did</h1>
      <tip-stat-card stat="trafficking-profits"></tip-stat-card>
      <task-force-timeline></task-force-timeline>
      <agency-accomplishments></agency-accomplishments>
      <agency-accomplishments layout="tabs"></agency-accomplishments>
      <recommendation-list></recommendation-list>
    </article>`,
  },
};

/** The page in a frame: the built bundle (and the Arabic words, on the Arabic page), the test font pinned. */
function pageSource({ head = '', body }: Page, arabic: boolean): string {
  return `<!doctype html>
<html lang="${arabic ? 'ar' : 'en'}" dir="${arabic ? 'rtl' : 'ltr'}">
<head>
  <meta charset="utf-8" />
  ${head}
  <style>
    html { font-family: "DejaVu Sans", sans-serif; }
    html.dark { color-scheme: dark; background: #101418; color: #eef1f4; }
  </style>
  ${arabic ? '<script type="module" src="/dist/cdn/lang/ar.js"></script>' : ''}
  <script type="module" src="/dist/cdn/tip-widgets.js"></script>
</head>
<body>${body}</body>
</html>`;
}

let frame: HTMLIFrameElement | undefined;

/** Opens a page in a frame and waits until every widget on it has drawn its content. */
async function open(page: Page, arabic: boolean): Promise<Document> {
  frame?.remove();
  frame = Object.assign(document.createElement('iframe'), { srcdoc: pageSource(page, arabic) });
  frame.style.cssText = 'border: 0; display: block; inline-size: 360px; block-size: 600px';
  document.body.append(frame);
  await waitFor(() => {
    const doc = frame!.contentDocument;
    const widgets = [...(doc?.querySelectorAll(WIDGETS) ?? [])];
    return widgets.length > 0 && widgets.every((widget) => widget.shadowRoot?.querySelector('[part~="data-and-citation"]'));
  }, 'every widget drawn with its data control');
  const doc = frame.contentDocument!;
  await doc.fonts.ready;
  return doc;
}

/** Lays the frame out at a width and scheme, tall enough that nothing is outside its window, and waits two frames. */
async function layOut(doc: Document, width: number, theme: (typeof THEMES)[number]): Promise<void> {
  doc.documentElement.classList.toggle('dark', theme === 'dark');
  frame!.style.inlineSize = `${width}px`;
  for (let pass = 0; pass < 2; pass++) {
    await new Promise((resolve) => doc.defaultView!.requestAnimationFrame(resolve));
    frame!.style.blockSize = `${doc.documentElement.scrollHeight}px`;
  }
  await new Promise((resolve) => doc.defaultView!.requestAnimationFrame(resolve));
  expect(doc.documentElement.clientWidth, 'the frame is as wide as asked').to.equal(width);
}

/** Opens every disclosure a reader could open: `<details>`, and the timeline's event buttons. */
async function openEverything(doc: Document): Promise<void> {
  const widgets = [...doc.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(WIDGETS)];
  for (const widget of widgets) {
    for (const details of widget.shadowRoot!.querySelectorAll('details')) details.open = true;
    for (const toggle of widget.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) toggle.click();
  }
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  for (const widget of widgets) for (const details of widget.shadowRoot!.querySelectorAll('details')) details.open = true;
}

describe('geometry: what readers see', function () {
  this.timeout(300_000);
  after(() => frame?.remove());

  for (const [name, page] of Object.entries(PAGES)) {
    for (const arabic of [false, true]) {
      it(`${name}${arabic ? ', in Arabic, right to left' : ''}: nothing outside, covered, clipped or out of order`, async () => {
        const doc = await open(page, arabic);
        const problems: string[] = [];
        for (const opened of [false, true]) {
          if (opened) await openEverything(doc);
          for (const width of WIDTHS) {
            for (const theme of THEMES) {
              await layOut(doc, width, theme);
              const where = `${width} px, ${theme}${opened ? ', everything opened' : ''}`;
              problems.push(...geometryProblems(doc, { rightToLeft: arabic }).map((problem) => `${where}: ${problem}`));
            }
          }
        }
        expect([...new Set(problems)]).to.deep.equal([]);
      });
    }
  }
});

/** A stand-in widget: a host with a shadow tree written by hand, to plant each fault the checks look for. */
function probe(shadow: string, hostStyle = ''): HTMLElement {
  const host = document.createElement('div');
  host.style.cssText = `display: block; inline-size: 300px; font: 16px/1.5 "DejaVu Sans", sans-serif; ${hostStyle}`;
  host.attachShadow({ mode: 'open' }).innerHTML = shadow;
  document.body.append(host);
  return host;
}

describe('geometry: each check catches what it looks for', () => {
  const planted: HTMLElement[] = [];
  const plant = (shadow: string, hostStyle?: string) => {
    const host = probe(shadow, hostStyle);
    planted.push(host);
    return host;
  };
  afterEach(() => planted.splice(0).forEach((host) => host.remove()));

  it('text drawn outside the host\'s box', () => {
    const host = plant('<p style="margin: 0">First line</p><p style="margin: 0">Second line</p>', 'block-size: 24px');
    expect(textOutsideHost(host).join()).to.contain('"Second line" is drawn outside');
  });

  it('text covered by something else on the page', () => {
    const host = plant('<p style="margin: 0">Covered words</p>');
    const cover = document.createElement('div');
    const box = host.getBoundingClientRect();
    cover.style.cssText = `position: fixed; inset-block-start: ${box.top}px; inset-inline-start: ${box.left}px; inline-size: 300px; block-size: 30px; background: gray`;
    document.body.append(cover);
    planted.push(cover);
    expect(coveredText(host).join()).to.contain('"Covered words" is covered by <div> of the page');
  });

  it('text clipped by a box that hides its overflow', () => {
    const host = plant('<div style="overflow: hidden; inline-size: 60px; white-space: nowrap">A long line cut off</div>');
    expect(clippedText(host).join()).to.contain('is clipped');
  });

  it('a page that scrolls sideways', async () => {
    const frame = Object.assign(document.createElement('iframe'), { srcdoc: '<div style="inline-size: 2000px">wide</div>' });
    frame.style.inlineSize = '300px';
    planted.push(frame);
    document.body.append(frame);
    await waitFor(() => frame.contentDocument?.body?.firstElementChild, 'the frame loaded');
    expect(sidewaysScroll(frame.contentDocument!).join()).to.contain('scrolls sideways');
  });

  it('a date split over two lines', () => {
    const host = plant('<p style="inline-size: 90px">Said on <time>March 15, 2012</time></p>');
    expect(splitDates(host).join()).to.contain('"March 15, 2012" is drawn in 2 pieces');
  });

  it('English drawn right to left in an Arabic widget: a figure before its qualifier, a bracket after its word', () => {
    const host = plant(
      '<div dir="rtl" lang="ar"><p><span lang="en" dir="auto">nearly</span> 120</p><p><span lang="en" dir="auto">defendants</span> (<span lang="en" dir="auto">the past year</span>)</p></div>',
    );
    const problems = englishOutOfOrder(host).join('\n');
    expect(problems).to.contain('"nearly 120" is drawn right to left');
    expect(problems).to.contain('"( the" is drawn right to left');
  });
});
