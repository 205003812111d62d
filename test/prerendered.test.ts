/**
 * Pre-rendered widgets (tip-widgets/ssr) in the browser. With JavaScript off (a frame sandboxed without
 * scripts) every word is there and no control that needs the script. With it on, the page before the script
 * looks as it will after, and the script-tag bundle takes the same DOM over, node for node.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { WIDGET_TAGS } from '../src/shared/widget-tags.ts';
import { waitFor } from './support/widget-fixture.ts';

type PageWindow = Window &
  typeof globalThis & {
    recorded: { errors: string[]; warnings: string[] };
    axe?: { run: (context: Document) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
  };

/** axe-core run inside the page (it checks the document it is loaded in), as `id: targets` per violation. */
async function axeViolations(win: PageWindow): Promise<string[]> {
  if (!win.axe) {
    const script = Object.assign(win.document.createElement('script'), { src: '/node_modules/axe-core/axe.min.js' });
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    win.document.head.append(script);
    await loaded;
  }
  const { violations } = await win.axe!.run(win.document);
  return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

const isShown = (node: Element) => node.getClientRects().length > 0;

async function openPrerendered({ scripts = true, page = 'prerendered.html', hash = '' } = {}): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px';
  // Without allow-scripts the frame runs no script: the page as Tor Browser's Safest level shows it.
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.src = `/prerendered/test/pages/${page}${hash}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as PageWindow;
}

/** The first widget of each tag, and the one inside a `<tip-dataset>` where the page has it. */
const widgets = (win: PageWindow) =>
  [...WIDGET_TAGS, '#provided'].flatMap((selector) => win.document.querySelector(selector) ?? []);

/**
 * Adds the script-tag bundle (after the dataset checker its <tip-dataset> needs), or the npm entry with Lit's
 * development build, and waits until every widget has taken its DOM over. One script after the other: added
 * to a loaded page, the checker would otherwise come too late for a <tip-dataset> whenever it ran second.
 */
async function runScript(win: PageWindow, scripts = ['/dist/cdn/dataset-checker.js', '/dist/cdn/tip-widgets.js']) {
  for (const src of scripts) {
    const script = Object.assign(win.document.createElement('script'), { type: 'module', src });
    const ran = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', () => reject(new Error(`${src} failed to load`)), { once: true });
    });
    win.document.head.append(script);
    await ran;
  }
  await waitFor(() => widgets(win).every((el) => (el as Element & { hasUpdated?: boolean }).hasUpdated), 'every widget took its DOM over');
}
const shadowText = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.root')?.innerText ?? '';

describe('pre-rendered widgets', () => {
  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`pass axe-core as JavaScript off shows them, in ${scheme}`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const win = await openPrerendered();
      expect(win.matchMedia(`(prefers-color-scheme: ${scheme})`).matches).to.be.true;
      // axe needs a script in the page; the <noscript> rules, applied as a page's style, draw what JavaScript off draws.
      const noscript = win.document.querySelector('noscript')!;
      win.document.head.append(Object.assign(win.document.createElement('div'), { innerHTML: noscript.textContent }).firstElementChild!);
      expect(await axeViolations(win)).to.deep.equal([]);
    });
  }

  it('look before their script as they will after it: the tabs and toggles there, one panel shown', async () => {
    const win = await openPrerendered();
    const [, timeline, accomplishments] = widgets(win);
    expect([...accomplishments.shadowRoot!.querySelectorAll('[role="tabpanel"]')].filter(isShown)).to.have.length(1);
    expect(isShown(accomplishments.shadowRoot!.querySelector('[role="tablist"]')!)).to.be.true;
    expect(isShown(timeline.shadowRoot!.querySelector('[part~="toggle"]')!)).to.be.true;
    expect(timeline.shadowRoot!.querySelectorAll('[part~="details"]:not([hidden])')).to.have.length(0);
  });

  it('read fully with JavaScript off: every figure, detail and agency, and no control that needs the script', async () => {
    const win = await openPrerendered({ scripts: false });
    const [card, timeline, accomplishments, list] = widgets(win);
    for (const el of widgets(win)) expect(win.customElements.get(el.localName), el.localName).to.be.undefined;
    expect(shadowText(card)).to.contain('nearly 120');
    expect(shadowText(timeline)).to.contain('Hillary Clinton, Secretary of State (chair)');
    expect(shadowText(timeline)).to.contain('How this date was derived');
    const agencyPanels = [...accomplishments.shadowRoot!.querySelectorAll('[role="tabpanel"]')];
    expect(agencyPanels.length).to.be.greaterThan(1);
    expect(agencyPanels.filter(isShown)).to.have.length(agencyPanels.length);
    expect(shadowText(list)).to.contain('Expand the National Action Plan');
    expect(shadowText(win.document.querySelector('#provided')!), 'from the <tip-dataset> file').to.contain('4,242');
    for (const el of widgets(win)) {
      expect([...el.shadowRoot!.querySelectorAll('button')].filter(isShown), `${el.localName}'s buttons`).to.deep.equal([]);
      // The data and citation control opens with JavaScript off, its references to read.
      expect(el.shadowRoot!.querySelector('[part~="data-and-citation"]')?.localName, `${el.localName}'s data and citation`).to.equal('details');
      for (const sources of el.shadowRoot!.querySelectorAll('[part~="sources"]')) expect(sources.localName).to.equal('details');
    }
  });

  /** Every widget's shadow-root elements now, to compare with after the script. */
  const nodesOf = (win: PageWindow) => widgets(win).map((el) => [...el.shadowRoot!.querySelectorAll('*')]);
  function expectSameNodes(win: PageWindow, before: Element[][]) {
    widgets(win).forEach((el, i) => {
      const after = [...el.shadowRoot!.querySelectorAll('*')];
      expect(after.length, `${el.localName}'s elements`).to.equal(before[i].length);
      expect(after.every((node, j) => node === before[i][j]), `${el.localName} kept its nodes`).to.be.true;
    });
  }

  it('are taken over by the npm entry with Lit in development mode, node for node, with no warning of Lit\'s', async () => {
    const win = await openPrerendered();
    const before = nodesOf(win);
    await runScript(win, ['/src/index.ts']);
    expectSameNodes(win, before);
    expect(win.recorded.errors).to.deep.equal([]);
    // Lit's development build says once that it is one; any other warning (hydration, our own) fails.
    expect(win.recorded.warnings.filter((w) => !w.startsWith('Lit is in dev mode'))).to.deep.equal([]);
  });

  it('are taken over by the script-tag bundle node for node, silently, and then work', async () => {
    const win = await openPrerendered();
    const before = nodesOf(win);
    await runScript(win);
    expectSameNodes(win, before);
    expect((win as PageWindow & { litElementHydrateSupport?: unknown }).litElementHydrateSupport, 'Lit\'s hydration support').to.be.a('function');
    expect(win.recorded.errors).to.deep.equal([]);
    expect(win.recorded.warnings).to.deep.equal([]);

    expect(shadowText(win.document.querySelector('#provided')!)).to.contain('4,242');
    const [, timeline, accomplishments, list] = widgets(win);
    const panels = [...accomplishments.shadowRoot!.querySelectorAll('[role="tabpanel"]')];
    expect(panels.filter(isShown)).to.have.length(1);
    const tabs = [...accomplishments.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    tabs[1].click();
    await waitFor(() => isShown(panels[1]) && !isShown(panels[0]), 'the second tab shows its panel');
    const toggle = timeline.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
    expect(isShown(toggle)).to.be.true;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await waitFor(() => toggle.getAttribute('aria-expanded') === 'true', 'the event opens');
    expect([...list.shadowRoot!.querySelectorAll('[part~="copy-button"]')].every(isShown)).to.be.true;

    // The data and citation control was there before the script; now its downloads work.
    const control = list.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="data-and-citation"]')!;
    expect(before[3]).to.include(control);
    control.open = true;
    const saved = new Promise<HTMLAnchorElement>((resolve) =>
      list.shadowRoot!.addEventListener('click', (event) => {
        const link = event.composedPath()[0];
        if (link instanceof win.HTMLAnchorElement && link.download) {
          event.preventDefault();
          resolve(link);
        }
      }),
    );
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="download-json"]')!.click();
    const link = await saved;
    expect(link.download).to.equal('recommendation-list.json');
    expect(JSON.parse(await (await win.fetch(link.href)).text())).to.have.length.greaterThan(0);
  });
  it('open the event a deep link names once the script takes over, and move through events with the arrow keys', async () => {
    const win = await openPrerendered({ hash: '#annual-meeting-2012' });
    await runScript(win);
    const timeline = win.document.querySelector('task-force-timeline')!;
    const toggles = [...timeline.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="toggle"]')];
    const linked = timeline.shadowRoot!.querySelector('#annual-meeting-2012 [part~="toggle"]')!;
    await waitFor(() => linked.getAttribute('aria-expanded') === 'true', 'the linked event opens');
    toggles[0].focus();
    await sendKeys({ press: 'End' });
    await waitFor(() => timeline.shadowRoot!.activeElement === toggles.at(-1), 'End moves to the last event');
    await sendKeys({ press: 'Home' });
    await waitFor(() => timeline.shadowRoot!.activeElement === toggles[0], 'Home moves to the first event');
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(() => timeline.shadowRoot!.activeElement === toggles[1], 'ArrowRight moves to the next event');
  });

  it('keep a long list\'s first 200 items node for node, and Show more then adds the rest', async () => {
    const win = await openPrerendered({ page: 'prerendered-long.html' });
    const lists = [...win.document.querySelectorAll('task-force-timeline, recommendation-list')];
    const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="event"], [part~="recommendation"]')];
    const before = lists.map(items);
    expect(before.map((list) => list.length), 'the server drew each list\'s first page').to.deep.equal([200, 200]);
    await runScript(win);
    lists.forEach((el, i) => {
      expect(items(el).length, `${el.localName}'s items`).to.equal(200);
      expect(items(el).every((node, j) => node === before[i][j]), `${el.localName} kept its items`).to.be.true;
    });
    expect(win.recorded.errors).to.deep.equal([]);
    expect(win.recorded.warnings).to.deep.equal([]);
    for (const el of lists) el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]')!.click();
    await waitFor(() => lists.every((el) => items(el).length === 300), 'Show more adds the last 100 of each list');
    lists.forEach((el, i) => expect(items(el).slice(0, 200).every((node, j) => node === before[i][j]), `${el.localName} kept its first 200`).to.be.true);
  });

  it('drawn into a page whose script has started without them are drawn afresh, once', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/pages/embed.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as PageWindow;
    await waitFor(() => (win.document.querySelector('tip-stat-card') as Element & { hasUpdated?: boolean })?.hasUpdated, 'the page\'s widgets drew');
    const page = await (await fetch('/prerendered/test/pages/prerendered.html')).text();
    const card = /<tip-stat-card stat="defendants-charged" count-up>[\s\S]*?<\/tip-stat-card>/.exec(page)![0];
    const host = win.document.createElement('div');
    win.document.body.append(host);
    (host as Element & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(card);
    const inserted = host.querySelector('tip-stat-card') as Element & { hasUpdated?: boolean };
    expect(inserted.shadowRoot, 'a declarative shadow root').to.not.be.null;
    await waitFor(() => inserted.hasUpdated, 'the inserted card drew');
    expect(inserted.shadowRoot!.querySelectorAll('[part~="card"]'), 'one card').to.have.length(1);
    expect(shadowText(inserted).match(/nearly 120/g)).to.have.length(1);
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('end right when pre-rendered from other attributes than the page now has', async () => {
    const win = await openPrerendered();
    const card = win.document.querySelector('tip-stat-card')!;
    card.setAttribute('stat', 'hotline-calls'); // the build rendered defendants-charged
    await runScript(win);
    await waitFor(() => shadowText(card).includes('16,000'), 'the card shows the stat it now names');
    expect(shadowText(card)).not.to.contain('nearly 120');
    expect(card.shadowRoot!.querySelectorAll('[part~="card"]'), 'one card').to.have.length(1);
    expect(win.getComputedStyle(card.shadowRoot!.querySelector('.value')!).fontWeight, 'still styled').to.equal('700');
    expect(win.recorded.errors).to.deep.equal([]);
  });
});

describe('pre-rendered widgets under a strict Content Security Policy', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  /** The page in a frame once every widget has taken its DOM over, and the violations it heard. */
  async function openUnderCsp(query: string) {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 600px';
    frame.src = `/prerendered/test/pages/csp-prerendered.html${query}`;
    document.body.append(frame);
    await waitFor(() => frame.contentDocument?.readyState === 'complete' && frame.contentWindow!.customElements.get('recommendation-list'), 'the page loaded');
    const win = frame.contentWindow as PageWindow & { cspViolations: string[] };
    await waitFor(() => widgets(win).every((el) => (el as Element & { hasUpdated?: boolean }).hasUpdated), 'every widget took its DOM over');
    return win;
  }

  it('styles every widget from linked stylesheets, with no violation', async () => {
    const win = await openUnderCsp('?stylesheets=/dist/cdn/styles/');
    const card = win.document.querySelector('tip-stat-card')!;
    expect(card.shadowRoot!.querySelector('link[rel="stylesheet"]')!.getAttribute('href')).to.equal('/dist/cdn/styles/tip-stat-card.css');
    expect(card.shadowRoot!.querySelector('style')).to.be.null;
    await waitFor(() => win.getComputedStyle(card.shadowRoot!.querySelector('.value')!).fontWeight === '700', 'the linked styles apply');
    // A control violation, heard after any the widgets caused: reports arrive in order.
    win.document.head.append(Object.assign(win.document.createElement('style'), { textContent: 'p { color: red }' }));
    await waitFor(() => win.cspViolations.length >= 1, 'the control violation');
    expect(win.cspViolations).to.have.length(1);
  });

  it('is blocked with inline styles, which is why the linked form exists', async () => {
    const win = await openUnderCsp('');
    await waitFor(() => win.cspViolations.some((v) => v.startsWith('style-src')), 'a style-src violation');
  });
});
