/**
 * The translation tables against their source, English: each language has every key English has and no
 * other, with a string where English has a string and a function where it has one; and every English key is
 * used by some widget (a key no source uses is a string a translator would translate for nothing).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { en } from '../../src/i18n/translations/en.ts';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const tables = join(src, 'i18n/translations');
const keys = (table: object) => Object.keys(table).filter((key) => !key.startsWith('$'));

/** Every .ts file under src/ but the tables themselves. */
const sources = (readdirSync(src, { recursive: true, encoding: 'utf8' }) as string[])
  .filter((file) => file.endsWith('.ts') && !file.startsWith(join('i18n', 'translations')))
  .map((file) => readFileSync(join(src, file), 'utf8'))
  .join('\n');

describe('the translation tables', () => {
  it('use every English key in a widget', () => {
    const unused = keys(en).filter((key) => !new RegExp(`\\.${key}\\b`).test(sources));
    assert.deepEqual(unused, [], 'keys of src/i18n/translations/en.ts that no source reads');
  });

  it('are all registered for the server render', () => {
    const renderer = readFileSync(join(src, 'ssr/render-widgets.ts'), 'utf8');
    const missing = readdirSync(tables).filter((file) => file !== 'en.ts' && !renderer.includes(`import '../i18n/translations/${file}';`));
    assert.deepEqual(missing, [], 'tables src/ssr/render-widgets.ts does not import');
  });

  for (const file of readdirSync(tables).filter((name) => name !== 'en.ts')) {
    it(`${file} has exactly the English keys, each of the same kind`, async () => {
      const module = await import(join(tables, file));
      const table = Object.values(module)[0] as Record<string, unknown>;
      assert.deepEqual(keys(table).sort(), keys(en).sort());
      for (const key of keys(en)) assert.equal(typeof table[key], typeof (en as Record<string, unknown>)[key], key);
    });
  }
});
