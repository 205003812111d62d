/**
 * The built script-tag bundles (dist/cdn, from `npm run build`) in plain HTML pages with no build
 * step: once, twice, the classic build, beside the npm build, and beside another version.
 */
import { expect } from '@open-wc/testing';

import { WIDGET_TAGS as TAGS } from '../src/shared/widget-tags.ts';
import { waitFor } from './support/widget-fixture.ts';
const EXPECTED_TEXT = ['nearly 120', 'Trafficking Victims Protection Act of 2000', 'U.S. Department of Justice (DOJ)', 'Expand the National Action Plan'];

interface Recorded {
  errors: string[];
  warnings: string[];
  otherVersionLoaded?: boolean;
}
/** Each Lit that starts on a page adds its version to `litHtmlVersions`, in production builds too. */
type PageWindow = Window & typeof globalThis & { recorded: Recorded; litHtmlVersions?: string[]; cspViolations?: string[] };

/** What each widget shows from the small fixture, on the pages that provide it with <tip-dataset>. */
const OWN_DATA_TEXT = ['4,242', 'Harbor coalition spring meeting', 'Harbor Anti-Trafficking Coalition (HATC)', 'Fund shelters year-round'];

const shownTexts = (win: PageWindow) =>
  TAGS.map((tag) => (win.document.querySelector(tag)?.shadowRoot?.firstElementChild as HTMLElement | null)?.innerText ?? '');

/** Opens a test page in an iframe and waits until each widget on it shows what `expected` says it shows. */
async function openPage(name: string, expected = EXPECTED_TEXT): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1200px; height: 800px';
  frame.src = `/test/pages/${name}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  const rendered = () => shownTexts(win).every((text, i) => text.includes(expected[i]));
  await waitFor(rendered, `every widget renders on ${name}`);
  return win;
}

function expectWorkingWidgets(win: PageWindow, lits = 1) {
  expect(win.recorded.errors).to.deep.equal([]);
  for (const tag of TAGS) expect(win.document.querySelector(tag)!.shadowRoot!.querySelector('[part~="error"]'), tag).to.be.null;
  expect(win.litHtmlVersions, 'Lits started on the page').to.have.length(lits);
}

describe('the script-tag bundle', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows all four widgets from one script tag on a plain page', async () => {
    const win = await openPage('embed.html');
    expectWorkingWidgets(win);
    expect(win.recorded.warnings).to.deep.equal([]);
  });

  it('speaks a language whose file the page adds after the bundle: Spanish', async () => {
    const win = await openPage('embed-spanish.html', ['nearly 120', 'Trafficking Victims Protection Act of 2000', 'U.S. Department of Justice (DOJ)', 'Expand the National Action Plan']);
    expectWorkingWidgets(win);
    const list = win.document.querySelector('recommendation-list')!.shadowRoot!;
    await waitFor(() => list.querySelector('[part~="copy-button"]')?.textContent?.trim().startsWith('Copiar'), 'the list speaks Spanish');
    expect(list.querySelector('[part~="title"] [lang="en"]'), 'the English data marked').to.not.equal(null);
  });

  it('speaks a language whose classic file comes before the classic bundle, right to left: Arabic', async () => {
    const win = await openPage('embed-arabic-classic.html', ['nearly', 'Trafficking Victims Protection Act of 2000', 'U.S. Department of Justice (DOJ)', 'Expand the National Action Plan']);
    expectWorkingWidgets(win);
    const list = win.document.querySelector('recommendation-list')!.shadowRoot!;
    expect(list.querySelector('[part~="copy-button"]')!.textContent!.trim()).to.match(/^نسخ/);
    expect(win.getComputedStyle(list.querySelector('.root')!).direction).to.equal('rtl');
  });

  it('leaves Lit without its hydration support on a page with no pre-rendered widget, since it slows every update', async () => {
    const win = await openPage('embed.html');
    expect((win as PageWindow & { litElementHydrateSupport?: unknown }).litElementHydrateSupport).to.be.undefined;
  });

  it('makes no network request of its own', async () => {
    const win = await openPage('embed.html');
    const requested = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requested.filter((path) => !path.startsWith('/test/pages/') && !path.startsWith('/__web-dev-server'))).to.deep.equal(['/dist/cdn/tip-widgets.js']);
  });

  it('is harmless when loaded twice, and beside the classic build', async () => {
    const win = await openPage('embed-twice.html');
    expectWorkingWidgets(win);
    expect(win.recorded.warnings).to.deep.equal([]);
  });

  it('works as a classic script for CMSs that strip type="module", even twice', async () => {
    const win = await openPage('embed-classic.html');
    expectWorkingWidgets(win);
  });

  it('shares the page with the npm build', async () => {
    const win = await openPage('embed-with-npm.html');
    // The npm build imports the application's own Lit; the bundle's is the only other one.
    expectWorkingWidgets(win, 2);
  });

  it('starts one Lit whatever scripts of the project a page loads, under Trusted Types', async () => {
    const win = await openPage('embed-trusted-types.html', OWN_DATA_TEXT);
    expectWorkingWidgets(win);
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.recorded.warnings).to.deep.equal([]);
  });

  it('takes <tip-dataset> from its own script, placed before the widgets\' one', async () => {
    const win = await openPage('embed-own-data.html', OWN_DATA_TEXT);
    expectWorkingWidgets(win);
    expect(win.recorded.warnings).to.deep.equal([]);
  });

  it('has widgets defined before their <tip-dataset> wait for its data, never showing the bundled data', async () => {
    const win = await openPage('own-data-provider-later.html', OWN_DATA_TEXT);
    expectWorkingWidgets(win);
    const warnings = win.recorded.warnings.filter((w) => !w.startsWith('Lit is in dev mode')); // the npm build's Lit, here its development build
    expect(warnings, 'no widget looked for its ids in the bundled data').to.deep.equal([]);
  });

  it('takes <tip-dataset> from its own classic script, even after the widgets\' one', async () => {
    const win = await openPage('embed-own-data-classic.html', OWN_DATA_TEXT);
    expectWorkingWidgets(win);
  });

  it('says so, once the page has loaded, when the checker script dataset-checker.js is missing', async () => {
    const missing = 'the dataset at "/test/fixtures/small-dataset.json" cannot be checked: add its checker, dataset-checker.js, to the page';
    const win = await openPage('embed-own-data-missing.html', TAGS.map(() => missing));
    expect(win.recorded.errors).to.deep.equal([]);
    for (const tag of TAGS) expect(win.recorded.warnings).to.include(`<${tag}>: ${missing}`);
  });

  it('keeps the first definition and warns when another version loads', async () => {
    const win = await openPage('embed-two-versions.html');
    await waitFor(() => win.recorded.otherVersionLoaded || win.recorded.errors.length, 'the other version loads');
    expect(win.recorded.otherVersionLoaded, win.recorded.errors.join()).to.be.true;
    expectWorkingWidgets(win);
    expect(win.recorded.warnings).to.have.length(1);
    expect(win.recorded.warnings[0]).to.match(/^tip-widgets \d+\.\d+\.\d+ is already on this page; this copy \(0\.0\.0-other\) leaves it in place\.$/);
  });
});

describe('the built language files keep their typography', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  /** A page with the built bundle, one built language file and the given widgets; the text of each once drawn. */
  async function builtPage(lang: 'fr' | 'ar', body: string): Promise<string[]> {
    const frame = Object.assign(document.createElement('iframe'), {
      srcdoc: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
        <script type="module" src="/dist/cdn/lang/${lang}.js"></script><script type="module" src="/dist/cdn/tip-widgets.js"></script>
        </head><body>${body}</body></html>`,
    });
    frame.style.cssText = 'width: 800px; height: 600px';
    document.body.append(frame);
    const widgets = () => [...(frame.contentDocument?.querySelectorAll('tip-stat-card') ?? [])];
    const drawn = () => widgets().map((widget) => widget.shadowRoot?.querySelector('.root:not(.placeholder)')?.textContent ?? '');
    await waitFor(() => widgets().length > 0 && drawn().every(Boolean), 'every widget drawn');
    return drawn();
  }

  it('French: a no-break space before a colon and inside « », in the bundle\'s rendered text', async () => {
    const [card, error] = await builtPage('fr', '<tip-stat-card stat="defendants-charged"></tip-stat-card><tip-stat-card stat="nope"></tip-stat-card>');
    expect(card).to.match(/Source[\u00a0\u202f]:/);
    expect(error).to.match(/tip-stat-card[\u00a0\u202f]:/);
    expect(error).to.match(/«[\u00a0\u202f]nope[\u00a0\u202f]»/);
    expect(`${card}${error}`, 'no ordinary space before a colon or inside guillemets').to.not.match(/ [:;?!»]|« /);
  });

  it('Arabic: Latin inserts isolated, Arabic commas, in the bundle\'s rendered text', async () => {
    const [card, error] = await builtPage('ar', '<tip-stat-card stat="defendants-charged"></tip-stat-card><tip-stat-card stat="nope"></tip-stat-card>');
    expect(error).to.contain('\u2068tip-stat-card\u2069');
    expect(error).to.contain('\u2068nope\u2069');
    expect(card, 'the source line\'s publisher and date').to.match(/CNN، /);
  });
});
