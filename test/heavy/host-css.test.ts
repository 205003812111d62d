import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.ts';
import { spyOnConsole } from '../support/console-spy.ts';
import { HOST_RESETS } from '../support/host-resets.ts';
import { part, type Widget, waitFor } from '../support/widget-fixture.ts';

const BOOTSTRAP = '/node_modules/bootstrap/dist/css/bootstrap.min.css';


let pendingLoads = 0;

/** Each widget, in the states that draw differently: wide and narrow, opened, failed, loading. */
const CASES: Record<string, { width: number; template: TemplateResult }> = {
  'stat card': { width: 360, template: html`<tip-stat-card stat="defendants-charged"></tip-stat-card>` },
  'timeline, wide track': { width: 1000, template: html`<task-force-timeline></task-force-timeline>` },
  'timeline, narrow list': { width: 320, template: html`<task-force-timeline to="2012"></task-force-timeline>` },
  'accomplishments grid': { width: 900, template: html`<agency-accomplishments agency="hhs"></agency-accomplishments>` },
  'accomplishments tabs': { width: 320, template: html`<agency-accomplishments layout="tabs"></agency-accomplishments>` },
  'recommendations, dark': { width: 700, template: html`<recommendation-list theme="dark" topic="forced-labor"></recommendation-list>` },
  'a widget with bad input': { width: 400, template: html`<tip-stat-card stat="no-such-figure"></tip-stat-card>` },
  'a widget waiting for its dataset': {
    width: 400,
    // A load that lasts until its test ends (/pending-release): the widget holds its placeholder however long the
    // measuring takes. A new address each time: Chromium makes a request wait for another of the same address.
    get template() {
      return html`<tip-dataset src=${`/pending/test/fixtures/small-dataset.json?load=${++pendingLoads}`} timeout="3600000"
        ><tip-stat-card stat="survivors-housed"></tip-stat-card
      ></tip-dataset>`;
    },
  },
};

/** One thing a reader sees: an element's box relative to the widget, or its colours, as text and numbers. */
interface Observation {
  what: string;
  box?: number[];
}

/**
 * Where every element of a widget's shadow tree sits relative to the widget, how big it is, and
 * its colours: what a reader sees, element by element, so a difference names the element.
 */
function layout(widget: Element): Observation[] {
  const origin = widget.getBoundingClientRect();
  const seen: Observation[] = [{ what: `host ${getComputedStyle(widget).display}`, box: [origin.width, origin.height] }];
  widget.shadowRoot!.querySelectorAll('*').forEach((el, i) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const where = `${i} <${el.localName}${el.getAttribute('part') ? ` part=${el.getAttribute('part')}` : ''}>`;
    seen.push(
      el.getClientRects().length ? { what: `${where} box`, box: [box.x - origin.x, box.y - origin.y, box.width, box.height] } : { what: `${where} not rendered` },
      { what: `${where} ${style.color} on ${style.backgroundColor}, border ${style.borderTopColor}, outline ${style.outlineColor}` },
    );
    for (const pseudo of ['::before', '::after']) {
      const generated = getComputedStyle(el, pseudo);
      if (generated.content !== 'none') seen.push({ what: `${where}${pseudo} ${generated.content} ${generated.color}` });
    }
  });
  return seen;
}

/** Firefox lays out in sixtieths of a pixel: the same box can sit a rounding apart at another page offset. */
const SAME_PLACE_PX = 0.05;

/** The first observations that differ, before and after. */
function differences(before: Observation[], after: Observation[]): string[] {
  const text = (o?: Observation) => (o ? `${o.what}${o.box ? ` ${o.box.map((n) => n.toFixed(2)).join(',')}` : ''}` : 'nothing');
  const same = (a?: Observation, b?: Observation) =>
    a?.what === b?.what && (a?.box ?? []).every((n, i) => Math.abs(n - b!.box![i]) < SAME_PLACE_PX);
  const count = Math.max(before.length, after.length);
  return Array.from({ length: count }, (_, i) => i)
    .filter((i) => !same(before[i], after[i]))
    .map((i) => `${text(before[i])}  ->  ${text(after[i])}`)
    .slice(0, 6);
}

/** Renders the case in a container whose font is set, since font inherits by design, and returns its layout. */
async function render({ width, template }: { width: number; template: TemplateResult }) {
  const container = await fixture(html`<div style="width: ${width}px; font: 16px/1.5 'DejaVu Sans', sans-serif; color: #000; background: #fff">${template}</div>`);
  const widget = container.querySelector<Widget>('tip-stat-card, task-force-timeline, agency-accomplishments, recommendation-list')!;
  await widget.updateComplete;
  await waitFor(() => widget.shadowRoot!.querySelector('.root'));
  widget.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
  widget.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded="false"]')?.click();
  await widget.updateComplete;
  // What a widget measures after layout (a wide track's edges, a frame later) has been measured and drawn.
  for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
  await widget.updateComplete;
  return layout(widget);
}

/** Adds a style sheet to the page until the returned function removes it. */
async function addPageCss(css: { href: string } | { text: string }): Promise<() => void> {
  if ('text' in css) {
    const style = document.head.appendChild(Object.assign(document.createElement('style'), { textContent: css.text }));
    return () => style.remove();
  }
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: css.href });
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', reject);
  });
  document.head.append(link);
  await loaded;
  return () => link.remove();
}

describe('host-page CSS', function () {
  this.timeout(120_000);
  let console: ReturnType<typeof spyOnConsole>;
  // No transition may be caught half-way: what is measured is where things come to rest.
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  beforeEach(() => (console = spyOnConsole())); // The bad-input case warns, by design.
  afterEach(async () => {
    console.restore();
    await fetch('/pending-release'); // The waiting widget's load ends with its test.
  });

  it('is real: Bootstrap restyles the page around the widgets', async () => {
    const paragraph = await fixture(html`<p>Page text</p>`);
    const plain = getComputedStyle(paragraph).fontFamily;
    const remove = await addPageCss({ href: BOOTSTRAP });
    try {
      expect(getComputedStyle(paragraph).fontFamily).not.to.equal(plain);
      expect(getComputedStyle(document.body).margin).to.equal('0px');
    } finally {
      remove();
    }
  });

  const pageCss: [string, { href: string } | { text: string }][] = [
    ['Bootstrap 5', { href: BOOTSTRAP }],
    ...Object.entries(HOST_RESETS).map(([name, text]): [string, { text: string }] => [name, { text }]),
  ];
  for (const [framework, css] of pageCss) {
    it(`${framework} changes no widget's layout or colours`, async () => {
      for (const [name, example] of Object.entries(CASES)) {
        const before = await render(example);
        const remove = await addPageCss(css);
        try {
          const after = await render(example);
          expect(differences(before, after), `${name} under ${framework}`).to.deep.equal([]);
        } finally {
          remove();
        }
      }
    });
  }

  it('lets the page’s font through, by design', async () => {
    const remove = await addPageCss({ href: BOOTSTRAP });
    try {
      const card = await fixture<Widget>(html`<tip-stat-card stat="defendants-charged"></tip-stat-card>`);
      const bodyFont = getComputedStyle(document.body).fontFamily;
      expect(bodyFont).to.contain('system-ui');
      expect(getComputedStyle(part(card, 'label')!).fontFamily).to.equal(bodyFont);
    } finally {
      remove();
    }
  });
});
