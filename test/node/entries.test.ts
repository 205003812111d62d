/** The entries' order rule: Lit's hydration support must run before Lit's LitElement module does. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const entries = [
  ...readdirSync(src).filter((file) => file.endsWith('.ts')),
  'cdn/tip-widgets.ts', // cdn/dataset-checker.ts is the dataset checker alone, without Lit
];

describe('every entry that defines an element', () => {
  for (const entry of entries) {
    it(`${entry} imports the hydration support before anything else`, () => {
      const firstImport = readFileSync(`${src}${entry}`, 'utf8').match(/^import\s[^;]*;/m)?.[0] ?? '';
      assert.match(firstImport, /^import '(\.\/|\.\.\/)shared\/hydrate-support\.ts';/, `${entry} starts with: ${firstImport}`);
    });
  }
});
