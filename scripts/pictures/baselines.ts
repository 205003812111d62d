/**
 * Where the reviewed pictures live, and how they are written again: `npm run pictures:update` takes every baseline
 * screenshot and accessibility snapshot afresh with this machine's Chromium and records its version beside them.
 * Review the changed files (git diff shows the snapshots; an image viewer the PNGs) before committing them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WIDGET_TAGS } from '../../src/shared/widget-tags.ts';
import { openCamera } from './camera.ts';
import { DESKTOP, PICTURED, PICTURE_STATES } from './picture-pages.ts';

export const PICTURES_DIR = fileURLToPath(new URL('../../test/pictures/', import.meta.url));
export const baselineFile = (name: string) => `${PICTURES_DIR}baselines/${name}.png`;
export const snapshotFile = (name: string) => `${PICTURES_DIR}accessibility/${name}.txt`;
const VERSION_FILE = `${PICTURES_DIR}baselines/browser.json`;

/** The accessibility snapshots: each widget in English and in Arabic, at a desktop's width. */
export const SNAPSHOTS = WIDGET_TAGS.flatMap((tag) =>
  [false, true].map((arabic) => ({ name: `${tag}.${arabic ? 'ar' : 'en'}`, markup: PICTURED[tag], width: DESKTOP, theme: 'light' as const, arabic })),
);

/** The browser the baselines were taken with. */
export const baselineBrowser = (): string => (JSON.parse(readFileSync(VERSION_FILE, 'utf8')) as { browser: string }).browser;

export async function updateBaselines(): Promise<void> {
  const camera = await openCamera();
  try {
    mkdirSync(`${PICTURES_DIR}baselines`, { recursive: true });
    mkdirSync(`${PICTURES_DIR}accessibility`, { recursive: true });
    for (const state of PICTURE_STATES) {
      writeFileSync(baselineFile(state.name), await camera.screenshot(state));
      console.log(`baseline ${state.name}.png`);
    }
    for (const snapshot of SNAPSHOTS) {
      writeFileSync(snapshotFile(snapshot.name), `${await camera.accessibilityTree(snapshot)}\n`);
      console.log(`accessibility ${snapshot.name}.txt`);
    }
    writeFileSync(VERSION_FILE, `${JSON.stringify({ browser: camera.version }, null, 2)}\n`);
    console.log(`taken with ${camera.version}`);
  } finally {
    await camera.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await updateBaselines();
