/**
 * `npm run contact-sheet`: for each widget, one PNG with every width (phone, tablet, desktop) in each scheme and
 * direction (light and dark, left to right and Arabic), side by side, for a person to look at before saying a look is
 * done. Written to test/pictures/contact-sheets/<tag>.png from the built bundle (run `npm run build` first).
 */
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

const camera = await openCamera();
try {
  mkdirSync(`${PICTURES_DIR}contact-sheets`, { recursive: true });
  for (const tag of WIDGET_TAGS) {
    // Each cell is the widget's whole page at that width: the widget as a reader's window shows it.
    const cells: PNG[][] = [];
    for (const { theme, arabic } of ROWS) {
      const row: PNG[] = [];
      for (const width of WIDTHS) {
        const { page } = await camera.open({ markup: PICTURED[tag], width, theme, arabic });
        // A window as tall as the page, not `fullPage`: Chromium's full-page capture of a right-to-left page is offset.
        const height = await page.evaluate('document.documentElement.scrollHeight');
        await page.setViewport({ width, height: Number(height), deviceScaleFactor: 1 });
        row.push(PNG.sync.read(Buffer.from(await page.screenshot({ type: 'png' }))));
        await page.close();
      }
      cells.push(row);
    }
    const columnWidths = WIDTHS.map((_, column) => Math.max(...cells.map((row) => row[column].width)));
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
    const file = `${PICTURES_DIR}contact-sheets/${tag}.png`;
    writeFileSync(file, PNG.sync.write(sheet));
    console.log(`${file}: rows light, dark, Arabic light, Arabic dark; columns ${WIDTHS.join(', ')} px`);
  }
} finally {
  await camera.close();
}
