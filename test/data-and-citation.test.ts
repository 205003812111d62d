/**
 * "Data and citation": every widget offers what it shows (its filters applied) as CSV and JSON, made in the
 * page, and a reference to each source to copy or download as BibTeX and CSL-JSON; `hide-data` leaves it out.
 * A download is caught where the browser would start it (the click on its link), its file read back from
 * the blob URL.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/index.ts';
import '../src/i18n/translations/es.ts';
import { bundledDataset } from '../src/data/dataset.ts';
import { paste, primeClipboard } from './support/clipboard.ts';
import { part, parts, waitFor, type Widget } from './support/widget-fixture.ts';

async function widget(template: TemplateResult): Promise<Widget> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px">${template}</div>`);
  const element = wrapper.firstElementChild as Widget;
  await element.updateComplete;
  return element;
}

/** Clicks a download button and returns the file the browser would save: its name and its text. */
async function downloaded(element: Widget, button: string): Promise<{ name: string; text: string; bytes: Uint8Array }> {
  const root = element.shadowRoot!;
  const caught = new Promise<HTMLAnchorElement>((resolve) =>
    root.addEventListener(
      'click',
      (event) => {
        const link = event.composedPath()[0];
        if (link instanceof HTMLAnchorElement && link.download) {
          event.preventDefault();
          resolve(link);
        }
      },
      { capture: true, once: false },
    ),
  );
  part(element, button)!.click();
  const link = await caught;
  expect(link.href).to.match(/^blob:/);
  const bytes = new Uint8Array(await (await fetch(link.href)).arrayBuffer());
  // Decoded as a spreadsheet program would, the byte-order mark kept.
  return { name: link.download, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), bytes };
}

const openControl = async (element: Widget) => {
  (part(element, 'data-and-citation') as HTMLDetailsElement).open = true;
  await element.updateComplete;
};

describe('data and citation', () => {
  it('is one closed disclosure on every widget, and none with hide-data', async () => {
    for (const template of [
      html`<tip-stat-card stat="defendants-charged"></tip-stat-card>`,
      html`<task-force-timeline></task-force-timeline>`,
      html`<agency-accomplishments></agency-accomplishments>`,
      html`<recommendation-list></recommendation-list>`,
    ]) {
      const element = await widget(template);
      expect(parts(element, 'data-and-citation'), element.localName).to.have.length(1);
      expect((part(element, 'data-and-citation') as HTMLDetailsElement).open).to.equal(false);
      element.setAttribute('hide-data', '');
      await element.updateComplete;
      expect(part(element, 'data-and-citation'), `${element.localName} hide-data`).to.equal(null);
    }
  });

  it('downloads the timeline it shows as CSV: named for its years, a row per event, UTF-8 with a BOM', async () => {
    const element = await widget(html`<task-force-timeline from="2012" to="2016"></task-force-timeline>`);
    await openControl(element);
    const { name, text, bytes } = await downloaded(element, 'download-csv');
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const shown = bundledDataset.events.filter((e) => +e.date.iso.slice(0, 4) >= 2012 && +e.date.iso.slice(0, 4) <= 2016);
    const years = shown.map((e) => +e.date.iso.slice(0, 4));
    expect(name).to.equal(`task-force-timeline-${Math.min(...years)}-${Math.max(...years)}.csv`);
    expect(text.startsWith('\uFEFFid,date,')).to.equal(true);
    for (const event of shown) expect(text).to.contain(`\r\n${event.id},${event.date.iso},`);
    expect(text.match(/\r\n(?=[a-z0-9-]+,\d{4})/g)).to.have.length(shown.length);
  });

  it('downloads the same as JSON, each item with its citations', async () => {
    const element = await widget(html`<recommendation-list topic="migration"></recommendation-list>`);
    await openControl(element);
    const { name, text } = await downloaded(element, 'download-json');
    expect(name).to.equal('recommendation-list-migration.json');
    const records = JSON.parse(text);
    const shown = bundledDataset.recommendations.filter((r) => r.topic === 'migration');
    expect(records.map((r: { id: string }) => r.id)).to.deep.equal(shown.map((r) => r.id));
    expect(records[0].citations[0]).to.include({ quote: shown[0].citations[0].quote, source: shown[0].citations[0].source });
    expect(records[0].citations[0].title).to.be.a('string');
  });

  it('gives a reference per source and one to the dataset with its version, copies them, and downloads BibTeX and CSL-JSON', async () => {
    const element = await widget(html`<tip-stat-card stat="defendants-charged"></tip-stat-card>`);
    await openControl(element);
    const stat = bundledDataset.stats.find((s) => s.id === 'defendants-charged')!;
    const sources = [...new Set([...stat.citations, ...(stat.wordings ?? [])].map((c) => c.source))];
    const references = [...part(element, 'cite')!.querySelectorAll('li')];
    expect(references).to.have.length(sources.length + 1);
    const first = bundledDataset.sources.find((s) => s.id === sources[0])!;
    expect(references[0].textContent).to.contain(first.title);
    expect(references[0].textContent).to.contain(first.author ?? first.publisher);
    expect(references.at(-1)!.textContent!.replace(/\s+/g, ' ')).to.contain(`${bundledDataset.title}, version ${bundledDataset.version}.`);
    expect(references.at(-1)!.textContent).to.contain(bundledDataset.license!);

    await primeClipboard('nothing copied yet');
    part(element, 'copy-citation')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => part(element, 'cite')!.querySelector('.copied'), 'the copy is confirmed');
    const copied = (await paste()).split('\n');
    expect(copied).to.have.length(sources.length + 1);
    expect(copied.at(-1)).to.contain(`version ${bundledDataset.version}`);

    const bibtex = await downloaded(element, 'download-bibtex');
    expect(bibtex.name).to.equal('tip-stat-card-defendants-charged.bib');
    expect(bibtex.text.match(/^@online\{/gm)).to.have.length(sources.length);
    expect(bibtex.text).to.contain(`@dataset{dataset,`);
    expect(bibtex.text).to.contain(`version = {${bundledDataset.version}}`);
    const csl = await downloaded(element, 'download-csl');
    expect(csl.name).to.equal('tip-stat-card-defendants-charged.csl.json');
    const items = JSON.parse(csl.text);
    expect(items.map((item: { id: string }) => item.id)).to.deep.equal([...sources, 'dataset']);
    expect(items.at(-1)).to.include({ type: 'dataset', version: bundledDataset.version });
  });

  it('opens on the dataset\'s version, its date and what changed in it', async () => {
    const element = await widget(html`<tip-stat-card stat="defendants-charged"></tip-stat-card>`);
    await openControl(element);
    const [change] = bundledDataset.changelog!;
    const release = part(element, 'dataset-release')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(release.startsWith(`Dataset ${bundledDataset.version}, `)).to.be.true;
    expect(release).to.contain(change.changes);
    expect(element.shadowRoot!.querySelector('.data-and-citation-body > :first-child')).to.equal(part(element, 'dataset-release'));
  });

  it('is keyboard-complete: the summary opens it, Tab reaches each button', async () => {
    const element = await widget(html`<agency-accomplishments agency="doj"></agency-accomplishments>`);
    const summary = part(element, 'data-and-citation-summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect((part(element, 'data-and-citation') as HTMLDetailsElement).open).to.equal(true);
    for (const name of ['download-csv', 'download-json', 'copy-citation', 'download-bibtex', 'download-csl']) {
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement, name).to.equal(part(element, name));
    }
  });

  it('passes axe-core open, in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const element = await widget(html`<recommendation-list theme=${theme}></recommendation-list>`);
      await openControl(element);
      await expect(element).to.be.accessible();
    }
  });

  it('speaks the reader\'s language', async () => {
    const element = await widget(html`<task-force-timeline locale="es"></task-force-timeline>`);
    expect(part(element, 'data-and-citation-summary')!.textContent!.trim()).to.equal('Datos y referencias');
    expect(part(element, 'download-csv')!.textContent!.trim()).to.equal('Descargar CSV');
  });
});
