/** Every name renamed in 0.2.0 is honoured where scripts/build/renamed.ts says, and the README's table lists it. */
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

  it('are all in the README\'s migration table', () => {
    assert.ok(read('README.md').includes(migrationTable()));
  });
});
