/**
 * `npm run contact-sheet`: for each widget, and for the embed builder, one PNG with every width (phone, tablet,
 * desktop) in each scheme and direction (light and dark, left to right and Arabic), side by side, for a person to look
 * at before saying a look is done. Written to test/pictures/contact-sheets/<name>.png from the build (run `npm run
 * build` first): the widgets from the script-tag bundle, the builder from dist/site/builder/.
 */
import type { Page } from 'puppeteer-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { WIDGET_TAGS } from '../../src/shared/widget-tags.ts';
import { PICTURES_DIR } from './baselines.ts';
import { openCamera } from './camera.ts';
import { PICTURED, type Theme } from './picture-pages.ts';

const WIDTHS = [360, 768, 1280];
const ROWS: { theme: Theme; arabic: boolean }[] = [
  { theme: 'light', arabic: false },
  { theme: 'dark', arabic: false },
  { theme: 'light', arabic: true },
  { theme: 'dark', arabic: true },
];
/** The gap between cells, in the sheet's grey. */
const GAP = 24;
const SHEET = [0x88, 0x88, 0x88];

/** Copies one picture into the sheet at (x, y). */
function paste(sheet: PNG, picture: PNG, x: number, y: number): void {
  for (let row = 0; row < picture.height; row++) {
    const from = row * picture.width * 4;
    picture.data.copy(sheet.data, ((y + row) * sheet.width + x) * 4, from, from + picture.width * 4);
  }
}

/** A page's whole height as a reader's window shows it: a window as tall as the page, not `fullPage` (Chromium's full-page capture of a right-to-left page is offset). */
async function wholePage(page: Page, width: number): Promise<PNG> {
  const height = await page.evaluate('document.documentElement.scrollHeight');
  await page.setViewport({ width, height: Number(height), deviceScaleFactor: 1 });
  const picture = PNG.sync.read(Buffer.from(await page.screenshot({ type: 'png' })));
  await page.close();
  return picture;
}

/** Writes the cells (a row per scheme and direction, a column per width) side by side on the sheet's grey. */
function writeSheet(name: string, cells: PNG[][], widths: number[]): void {
  const columnWidths = widths.map((_, column) => Math.max(...cells.map((row) => row[column].width)));
  const rowHeights = cells.map((row) => Math.max(...row.map((cell) => cell.height)));
  const sheet = new PNG({
    width: columnWidths.reduce((sum, width) => sum + width + GAP, GAP),
    height: rowHeights.reduce((sum, height) => sum + height + GAP, GAP),
  });
  for (let i = 0; i < sheet.data.length; i += 4) sheet.data.set([...SHEET, 0xff], i);
  let y = GAP;
  cells.forEach((row, r) => {
    let x = GAP;
    row.forEach((cell, column) => {
      paste(sheet, cell, x, y);
      x += columnWidths[column] + GAP;
    });
    y += rowHeights[r] + GAP;
  });
  const file = `${PICTURES_DIR}contact-sheets/${name}.png`;
  writeFileSync(file, PNG.sync.write(sheet, { deflateLevel: 9 }));
  console.log(`${file}: rows light, dark, Arabic light, Arabic dark; columns ${widths.join(', ')} px`);
}

const camera = await openCamera();
try {
  mkdirSync(`${PICTURES_DIR}contact-sheets`, { recursive: true });
  for (const tag of WIDGET_TAGS) {
    // Each cell is the widget's whole page at that width: the widget as a reader's window shows it.
    const cells: PNG[][] = [];
    for (const { theme, arabic } of ROWS) {
      const row: PNG[] = [];
      for (const width of WIDTHS) row.push(await wholePage((await camera.open({ markup: PICTURED[tag], width, theme, arabic })).page, width));
      cells.push(row);
    }
    writeSheet(tag, cells, WIDTHS);
  }
  // The builder as an editor first sees it (a headline figure), in the reader's scheme, its own words in English or
  // Arabic, on a phone and a desktop: its whole page is long, and the tablet's one column is the phone's, wider.
  const cells: PNG[][] = [];
  const builderWidths = [360, 1280];
  for (const { theme, arabic } of ROWS) {
    const row: PNG[] = [];
    for (const width of builderWidths) {
      const page = await camera.openPath('/dist/site/builder/index.html', width, theme);
      await page.waitForFunction(() => document.querySelector('#cdn-head-code')?.textContent && document.querySelectorAll('.preview-frame tip-stat-card').length === 2, { polling: 'raf', timeout: 30_000 });
      if (arabic) {
        await page.select('select[name="builder-language"]', 'ar');
        await page.waitForFunction(() => document.documentElement.dir === 'rtl', { polling: 'raf', timeout: 30_000 });
      }
      await page.evaluate(() => document.fonts.ready.then(() => new Promise(requestAnimationFrame)));
      row.push(await wholePage(page, width));
    }
    cells.push(row);
  }
  writeSheet('embed-builder', cells, builderWidths);
} finally {
  await camera.close();
}
