import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { RENAMED_PROPERTIES } from '../../scripts/build/renamed.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sourceFiles = readdirSync(`${root}src`, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.startsWith('demo'))
  .map((file) => readFileSync(`${root}src/${file}`, 'utf8'));
const theming = readFileSync(`${root}stories/manual/theming.md`, 'utf8');

const tokens = (text: string, pattern: RegExp) => new Set([...text.matchAll(pattern)].map((m) => m[1]));
const used = tokens(sourceFiles.join('\n'), /var\((--tip-[a-z0-9-]+)/g);
const declaredInJsDoc = tokens(sourceFiles.join('\n'), /@cssprop (--tip-[a-z0-9-]+)/g);
// The Theming table, and the old names that the migration table lists beside their new ones (scripts/build/renamed.ts).
const documented = new Set([...tokens(theming, /^\| `(--tip-[a-z0-9-]+)`/gm), ...RENAMED_PROPERTIES.map(({ old }) => old)]);

describe('--tip-* custom properties', () => {
  it('are each documented on the manual\'s Theming page', () => {
    assert.deepEqual([...used].filter((t) => !documented.has(t)), []);
  });
  it('are each used, when the manual documents them', () => {
    assert.deepEqual([...documented].filter((t) => !used.has(t)), []);
  });
  it('are each used, when an element declares them with @cssprop', () => {
    assert.deepEqual([...declaredInJsDoc].filter((t) => !used.has(t)), []);
  });
});
