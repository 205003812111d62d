/**
 * What readers see, as pictures: about twenty chosen states of the widgets (light, dark and Arabic at a phone's and
 * a desktop's width, an error, loading), each compared with its reviewed baseline by pixelmatch with a small
 * tolerance; and each widget's accessibility tree in English and Arabic as Chromium gives it to a screen reader,
 * compared with its reviewed snapshot. Taken from the built bundle (`npm test` builds first). Baselines from another
 * Chromium version are not compared: the test says to rebaseline (`npm run pictures:update`) instead of reporting a
 * wall of differences that are the browser's, not ours.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { baselineBrowser, baselineFile, PICTURES_DIR, SNAPSHOTS, snapshotFile } from '../../scripts/pictures/baselines.ts';
import { openCamera, type Camera } from '../../scripts/pictures/camera.ts';
import { PICTURE_STATES } from '../../scripts/pictures/picture-pages.ts';

/** Pixels that may differ (anti-aliasing at an edge, a sub-pixel shift): 0.1% of the picture, at least 20. */
const TOLERANCE = 0.001;

describe('pictures', () => {
  let camera: Camera;
  let rebaseline: string | undefined;

  before(async () => {
    camera = await openCamera();
    const baseline = baselineBrowser();
    if (baseline !== camera.version) {
      rebaseline = `rebaseline: the baselines were taken with ${baseline}, this is ${camera.version}; run npm run pictures:update and review the pictures`;
      console.log(rebaseline);
    }
  });
  after(() => camera?.close());

  for (const state of PICTURE_STATES) {
    it(`${state.name} looks as reviewed`, async (t) => {
      if (rebaseline) return t.skip(rebaseline);
      const expected = PNG.sync.read(readFileSync(baselineFile(state.name)));
      const actual = PNG.sync.read(Buffer.from(await camera.screenshot(state)));
      const failed = `${PICTURES_DIR}failed/${state.name}`;
      const keep = () => {
        mkdirSync(`${PICTURES_DIR}failed`, { recursive: true });
        writeFileSync(`${failed}.png`, PNG.sync.write(actual));
      };
      if (actual.width !== expected.width || actual.height !== expected.height) {
        keep();
        assert.fail(`${state.name}: ${actual.width}x${actual.height} px, the baseline is ${expected.width}x${expected.height} (this picture: ${failed}.png)`);
      }
      const diff = new PNG({ width: actual.width, height: actual.height });
      const differing = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
      const allowed = Math.max(20, Math.round(actual.width * actual.height * TOLERANCE));
      if (differing > allowed) {
        keep();
        writeFileSync(`${failed}.diff.png`, PNG.sync.write(diff));
        assert.fail(`${state.name}: ${differing} pixels differ (at most ${allowed}); see ${failed}.png and ${failed}.diff.png`);
      }
    });
  }

  for (const snapshot of SNAPSHOTS) {
    it(`${snapshot.name}: the accessibility tree is as reviewed`, async (t) => {
      if (rebaseline) return t.skip(rebaseline);
      assert.equal(`${await camera.accessibilityTree(snapshot)}\n`, readFileSync(snapshotFile(snapshot.name), 'utf8'));
    });
  }
});
