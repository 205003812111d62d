/** Every name renamed in 0.2.0 is honoured where scripts/build/renamed.ts says, and the manual's Theming page lists it. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { migrationTable, RENAMED_PARTS, RENAMED_PROPERTIES, RENAMED_SCRIPT_FILES } from '../../scripts/build/renamed.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('renamed names', () => {
  it('keep each old part beside base on the widget\'s root', () => {
    for (const { element, old, name } of RENAMED_PARTS) assert.match(read(`src/components/${element}/${element}.ts`), new RegExp(`part="${name} ${old}"`));
  });

  it('keep each old custom property as its new one\'s fallback, and document only the new one', () => {
    for (const { element, old, name } of RENAMED_PROPERTIES) {
      assert.ok(read(`src/components/${element}/${element}.styles.ts`).includes(`var(${name}, var(${old}, `), `${element} falls back from ${name} to ${old}`);
      assert.ok(read(`src/components/${element}/${element}.ts`).includes(`@cssprop ${name} `), `${element} documents ${name}`);
    }
  });

  it('ship each old script-tag file as a copy of its new one', () => {
    for (const [old, name] of Object.entries(RENAMED_SCRIPT_FILES)) {
      for (const extension of ['.js', '.iife.js']) assert.equal(read(`dist/cdn/${old}${extension}`), read(`dist/cdn/${name}${extension}`));
    }
  });

  it('are listed on the manual\'s Theming page, whose table is made from them', () => {
    assert.ok(read('stories/manual/theming.md').includes('<!-- generated: renamed -->'));
    for (const { old } of [...RENAMED_PARTS, ...RENAMED_PROPERTIES]) assert.ok(migrationTable().includes(old));
  });
});
