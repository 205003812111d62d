import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../src/index.ts';
import { datasetContext } from '../src/data/dataset-context.ts';
import { bundledDataset } from '../src/data/dataset.ts';
import type { Dataset } from '../src/data/schema.ts';
import { validateDataset } from '../src/data/validate-dataset.ts';
import { spyOnConsole } from './support/console-spy.ts';
import { afterQueuedHandlers, part, waitFor } from './support/widget-fixture.ts';
import { XSS_PAYLOADS } from './support/xss-payloads.ts';

declare global {
  interface Window {
    __xss?: () => void;
    cspViolations?: string[];
  }
}

/** The dataset fields that hold free text: every one of them is rendered somewhere. */
const TEXT_FIELDS = new Set(['title', 'publisher', 'author', 'dateAsGiven', 'name', 'acronym', 'role', 'qualifier', 'label', 'period', 'summary', 'derivation', 'quote', 'text']);

/** A copy of a dataset with every free-text field replaced by the payloads, in turn. */
function withPayloads(dataset: Dataset, payloads: readonly string[]): Dataset {
  let next = 0;
  const fill = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string' && key && TEXT_FIELDS.has(key)) return payloads[next++ % payloads.length];
    if (Array.isArray(value)) return value.map((item) => fill(item));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, k)]));
    return value;
  };
  const filled = fill(dataset) as Dataset;
  expect(next, 'text fields filled').to.be.at.least(payloads.length * 3);
  return filled;
}

/** Every element in a widget's shadow root, and in shadow roots within it. */
function shadowElements(root: Element): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  return found;
}

/**
 * All four widgets, every stat, both accomplishment layouts, with everything disclosed that can be:
 * given the dataset by a `<tip-dataset>` (which validates it), or by a bare context provider (which
 * does not, as a page's own provider might not).
 */
async function renderAll(dataset: Dataset, provider: 'tip-dataset' | 'unvalidated') {
  const page = await fixture<HTMLDivElement>(html`<div></div>`);
  const widgets = html`${dataset.stats.map((stat) => html`<tip-stat-card stat=${stat.id}></tip-stat-card>`)}
    <task-force-timeline></task-force-timeline>
    <agency-accomplishments></agency-accomplishments>
    <agency-accomplishments layout="tabs"></agency-accomplishments>
    <recommendation-list></recommendation-list>`;
  if (provider === 'unvalidated') new ContextProvider(page, { context: datasetContext, initialValue: { status: 'ready', dataset } });
  render(provider === 'tip-dataset' ? html`<tip-dataset .data=${dataset}>${widgets}</tip-dataset>` : widgets, page);
  const all = [...page.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('tip-stat-card, task-force-timeline, agency-accomplishments, recommendation-list')];
  await waitFor(() => all.every((el) => el.shadowRoot && !part(el, 'placeholder')));
  for (const el of all) {
    await el.updateComplete;
    expect(part(el, 'error'), `${el.localName} shows an error`).to.be.null;
    el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details').forEach((details) => (details.open = true));
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"], [role="tab"]').forEach((button) => button.click());
    await el.updateComplete;
  }
  const elements = all.flatMap(shadowElements);
  const text = elements.map((el) => (el instanceof HTMLTextAreaElement ? el.value : el.textContent)).join('\n');
  return { page, elements, text };
}

const tagsAndAttributes = (elements: Element[]) => ({
  tags: new Set(elements.map((el) => el.localName)),
  attributes: new Set(elements.flatMap((el) => el.getAttributeNames())),
});

describe('hostile datasets', () => {
  let fired = 0;
  before(() => {
    window.__xss = () => fired++;
  });
  beforeEach(() => (fired = 0));
  after(() => delete window.__xss);

  it(`uses ${XSS_PAYLOADS.length} distinct payloads, which do run when a page treats them as HTML`, async () => {
    expect(new Set(XSS_PAYLOADS).size).to.equal(XSS_PAYLOADS.length);
    expect(XSS_PAYLOADS.length).to.be.at.least(40);
    const unsafe = await fixture<HTMLDivElement>(html`<div></div>`);
    unsafe.innerHTML = XSS_PAYLOADS.filter((p) => p.includes('<img src=x onerror')).join('');
    await waitFor(() => fired > 0, 'the sentinel never fired: the payloads are not live');
    unsafe.remove();
  });

  it('shows every payload as inert text in every widget, and no payload runs', async () => {
    const hostile = withPayloads(bundledDataset, XSS_PAYLOADS);
    expect(validateDataset(hostile).ok, 'payloads are valid text').to.be.true;
    const baseline = tagsAndAttributes((await renderAll(bundledDataset, 'tip-dataset')).elements);
    const { elements, text } = await renderAll(hostile, 'tip-dataset');
    await afterQueuedHandlers();
    expect(fired, 'payloads run').to.equal(0);
    for (const payload of XSS_PAYLOADS) expect(text, 'shown as text').to.contain(payload);

    const shown = tagsAndAttributes(elements);
    expect([...shown.tags].filter((tag) => !baseline.tags.has(tag)), 'elements a payload added').to.deep.equal([]);
    expect([...shown.attributes].filter((name) => !baseline.attributes.has(name)), 'attributes a payload added').to.deep.equal([]);
    for (const link of elements.filter((el): el is HTMLAnchorElement => el instanceof HTMLAnchorElement)) {
      expect(link.protocol).to.be.oneOf(['http:', 'https:']);
    }
  });

  const URL_PAYLOADS = XSS_PAYLOADS.filter((p) => /^\s*(java\s*script|vbscript|data):/i.test(p));

  it('rejects a source URL that is not https:, naming the field, and shows the rejection as text', async () => {
    expect(URL_PAYLOADS.length).to.be.at.least(5);
    for (const url of [...URL_PAYLOADS, 'http://example.org/plain-text-link']) {
      const dataset = structuredClone(bundledDataset);
      dataset.sources[0].url = url;
      const check = validateDataset(dataset);
      expect(check.ok, url).to.be.false;
      if (!check.ok) expect(check.problems[0]).to.match(/^sources\.0\.url: expected /);
    }
    const dataset = structuredClone(bundledDataset);
    dataset.sources[0].url = 'javascript:__xss()//<img src=x onerror=__xss()>';
    const console = spyOnConsole();
    try {
      const card = await fixture(html`<tip-dataset .data=${dataset}><tip-stat-card stat="hotline-calls"></tip-stat-card></tip-dataset>`).then((p) => p.firstElementChild!);
      await waitFor(() => part(card, 'error'));
      expect(part(card, 'error')!.textContent).to.contain('sources.0.url: expected an https: URL, got "javascript:__xss()//<img src=x onerror…');
      expect(card.shadowRoot!.querySelector('img')).to.be.null;
      await afterQueuedHandlers();
      expect(fired).to.equal(0);
    } finally {
      console.restore();
    }
  });

  it('drops a link that is not https: at render too, for a dataset provided without validation', async () => {
    const unchecked = structuredClone(bundledDataset);
    const unsafe = [...URL_PAYLOADS, 'http://example.org/plain-text-link'];
    unchecked.sources.forEach((source, i) => (source.url = unsafe[i % unsafe.length]));
    const { elements, text } = await renderAll(unchecked, 'unvalidated');
    expect(elements.filter((el) => el.localName === 'cite'), 'citations shown').not.to.be.empty;
    expect(elements.filter((el) => el.localName === 'a'), 'links').to.deep.equal([]);
    expect(text).not.to.match(/javascript:|vbscript:|data:text/i);
  });

  it('leaves no unsafe URL in the text a reader copies', async () => {
    const unchecked = structuredClone(bundledDataset);
    unchecked.sources.forEach((source) => (source.url = 'javascript:__xss()'));
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    new ContextProvider(wrapper, { context: datasetContext, initialValue: { status: 'ready', dataset: unchecked } });
    render(html`<recommendation-list></recommendation-list>`, wrapper);
    const list = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    await list.updateComplete;
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      part(list, 'copy-button')!.click();
      await list.updateComplete;
      const copied = (part(list, 'copy-text') as HTMLTextAreaElement).value;
      expect(copied).to.contain('Expand the U.S. National Action Plan');
      expect(copied).not.to.contain('javascript:');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});

describe('a page with a strict Content Security Policy', () => {
  it('renders all four widgets, and a provided dataset, with no CSP or Trusted Types violation', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/pages/csp.html" style="width: 1000px; height: 600px"></iframe>`);
    const loaded = () => frame.contentDocument?.location.pathname === '/test/pages/csp.html' && frame.contentDocument.readyState === 'complete';
    await waitFor(loaded, 'the page never loaded');
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & typeof globalThis;
    const contentParts: Record<string, string> = {
      'tip-stat-card': 'card',
      'task-force-timeline': 'timeline',
      'agency-accomplishments': 'tablist',
      'recommendation-list': 'list',
    };
    const widgets = [...doc.querySelectorAll<HTMLElement>(Object.keys(contentParts).join(', '))];
    expect(widgets).to.have.length(5);
    await waitFor(() => widgets.every((w) => w.shadowRoot && part(w, contentParts[w.localName])), 'the widgets never rendered');
    expect(part(doc.querySelector('#provided')!, 'value')!.textContent!.trim()).to.equal('4,242');

    // Open, select and disclose, so that the interactive templates render under the policy too.
    for (const widget of widgets) {
      widget.shadowRoot!.querySelectorAll<HTMLElement>('summary, button[aria-expanded], [role="tab"]').forEach((el) => el.click());
    }
    // Then violations the listener must hear, an inline style and, where the browser has Trusted Types,
    // an HTML sink: reports arrive in order, so once these are heard, any the widgets caused were too.
    doc.head.append(Object.assign(doc.createElement('style'), { textContent: 'p { color: red }' }));
    const supportsTrustedTypes = 'trustedTypes' in win;
    if (supportsTrustedTypes) expect(() => (doc.createElement('div').innerHTML = '<b>x</b>')).to.throw();
    const controls = supportsTrustedTypes ? 2 : 1;
    await waitFor(() => win.cspViolations!.length >= controls, `violations heard: ${win.cspViolations}`);
    expect(win.cspViolations).to.have.length(controls);
    expect(win.cspViolations![0]).to.match(/style-src/);
  });
});
