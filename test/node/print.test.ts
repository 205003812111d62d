/**
 * Print, as Chromium prints to PDF: the built bundle on a page (a wide timeline, agency tabs, a dark list), print
 * media emulated as a PDF export does, the PDF's text read with poppler's pdftotext in the order it was drawn. It holds every event title,
 * every agency's accomplishments and every quote the widgets show, and no button's label.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { launchChromium } from '../../scripts/support/chromium.ts';
import { serveDirectory, type StaticServer } from '../../scripts/support/static-server.ts';
import { bundledDataset } from '../../src/data/dataset.ts';
import { en } from '../../src/i18n/translations/en.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** White space collapsed, and hyphens dropped: pdftotext joins a word hyphenated at a line's end. */
const flat = (text: string) => text.replace(/[\s-]+/g, ' ');

describe('printed to PDF by Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let text = '';

  before(async () => {
    server = await serveDirectory(root);
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(`${server.url}/test/pages/print.html`, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      ['tip-stat-card', 'task-force-timeline', 'agency-accomplishments', 'recommendation-list'].every((tag) =>
        document.querySelector(tag)?.shadowRoot?.querySelector('[part~="data-and-citation"]'),
      ),
    );
    await page.emulateMediaType('print');
    // Every event's details drawn and every disclosure opened for print.
    await page.waitForFunction(() => {
      const timeline = document.querySelector('task-force-timeline')!.shadowRoot!;
      return timeline.querySelectorAll('[part~="details"] [part~="quote"]').length > 0 && [...timeline.querySelectorAll('details')].every((d) => d.open);
    });
    const file = join(mkdtempSync(join(tmpdir(), 'tip-print-')), 'widgets.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
    try {
      text = flat(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      throw missing ? new Error('pdftotext is not installed: apt-get install -y poppler-utils (the manual’s Contributing page, Quick start)') : error;
    }
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('holds every event title, and the timeline prints as a list, not a clipped track', () => {
    for (const event of bundledDataset.events) assert.ok(text.includes(flat(event.title)), event.title);
  });

  it('holds every agency\'s accomplishments, not only the tab shown', () => {
    for (const accomplishment of bundledDataset.accomplishments) assert.ok(text.includes(flat(accomplishment.summary)), accomplishment.id);
  });

  it('holds every quote the widgets show, their disclosures printed open', () => {
    const stat = bundledDataset.stats.find((s) => s.id === 'defendants-charged')!;
    const shown = [stat, ...bundledDataset.events, ...bundledDataset.accomplishments, ...bundledDataset.recommendations].flatMap((item) => item.citations);
    for (const { quote } of shown) assert.ok(text.includes(flat(quote)), quote);
  });

  it('holds no button label', () => {
    const labels = [en.copy, en.downloadCsv, en.downloadJson, en.copyCitation, en.downloadBibtex, en.downloadCsl];
    assert.deepEqual(labels.filter((label) => text.includes(label)), []);
  });
});
