/**
 * Printing, in every engine: the browser's `beforeprint` and `afterprint` (what the print dialog fires) draw
 * everything and open every disclosure, then put it back as the reader left it. The print styles themselves
 * (black on white, no buttons, the timeline as a list) are checked under emulated print media where the engine
 * can emulate it: Chromium (WebKitGTK's WebDriver cannot, nor Firefox's through Puppeteer); the PDF that
 * Chromium prints is test/node/print.test.ts's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.ts';
import { part, parts, waitFor, type Widget } from './support/widget-fixture.ts';

const isChromium = navigator.userAgent.includes('Chrome/');

async function page() {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px">
    <task-force-timeline></task-force-timeline>
    <agency-accomplishments layout="tabs"></agency-accomplishments>
    <recommendation-list theme="dark"></recommendation-list>
  </div>`);
  const widgets = [...wrapper.children] as Widget[];
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  return widgets;
}

const closedDetails = (widget: Widget) => [...widget.shadowRoot!.querySelectorAll('details')].filter((details) => !details.open);

describe('printing', () => {
  afterEach(() => emulateMedia({ media: 'screen' }).catch(() => undefined));

  it('draws every event and agency and opens every disclosure for print, then puts them back', async () => {
    const [timeline, agencies, list] = await page();
    const kept = part(list, 'sources') as HTMLDetailsElement;
    kept.open = true; // The reader's own choice, kept after printing.
    dispatchEvent(new Event('beforeprint'));
    await Promise.all([timeline, agencies, list].map((widget) => widget.updateComplete));
    expect(parts(timeline, 'details').filter((details) => details.hidden)).to.deep.equal([]);
    expect(parts(timeline, 'details').every((details) => details.querySelector('[part~="quote"]'))).to.equal(true);
    expect(parts(agencies, 'tabpanel').filter((panel) => panel.hidden || !panel.querySelector('[part~="accomplishment"]'))).to.deep.equal([]);
    for (const widget of [timeline, agencies, list]) expect(closedDetails(widget), widget.localName).to.deep.equal([]);

    dispatchEvent(new Event('afterprint'));
    await Promise.all([timeline, agencies, list].map((widget) => widget.updateComplete));
    expect(parts(timeline, 'details').filter((details) => !details.hidden)).to.deep.equal([]);
    expect(parts(agencies, 'tabpanel').filter((panel) => !panel.hidden)).to.have.length(1);
    expect(kept.open).to.equal(true);
    expect((part(list, 'data-and-citation') as HTMLDetailsElement).open).to.equal(false);
  });

  it('prints black on white without buttons, the timeline as a list', async function () {
    if (!isChromium) this.skip();
    const [timeline, , list] = await page();
    await emulateMedia({ media: 'print' });
    await waitFor(() => closedDetails(list).length === 0, 'print media opens the disclosures');
    const listRoot = list.shadowRoot!.querySelector('.root')!;
    expect(getComputedStyle(listRoot).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(listRoot).backgroundColor).to.equal('rgb(255, 255, 255)');
    for (const button of list.shadowRoot!.querySelectorAll('button')) expect(getComputedStyle(button).display).to.equal('none');
    expect(getComputedStyle(part(timeline, 'list')!).display).to.equal('block');
    expect(getComputedStyle(part(timeline, 'toggle')!).display).to.equal('flex');
  });
});
