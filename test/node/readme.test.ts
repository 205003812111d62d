/**
 * The README is short and changes only when a person edits it: no block a build writes, the released version in its
 * embed (the Releasing page says to bump it), and the manual pages it sends readers to exist.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const readme = read('README.md');

describe('the README', () => {
  it('is about 200 lines at most, with no generated block', () => {
    assert.ok(readme.split('\n').length <= 220, `${readme.split('\n').length} lines`);
    assert.doesNotMatch(readme, /<!--/);
  });

  it('embeds the version package.json gives', () => {
    const { version } = JSON.parse(read('package.json'));
    const versions = [...readme.matchAll(/tip-widgets@([0-9][^/]*)\//g)].map((match) => match[1]);
    assert.ok(versions.length > 0);
    assert.deepEqual([...new Set(versions)], [version]);
  });

  it('names manual pages that exist, and a picture that does', () => {
    const titles = readdirSync(new URL('stories/', root), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.mdx'))
      .flatMap((file) => [...read(`stories/${file}`).matchAll(/<Meta title="(?:[^"]*\/)?([^"]+)"/g)].map((match) => match[1]));
    const named = [...readme.matchAll(/manual's \*\*([^*]+)\*\*/g)].map((match) => match[1]);
    assert.ok(named.length >= 3);
    for (const page of named) assert.ok(titles.includes(page), `the manual has a page "${page}"`);
    for (const [, picture] of readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) assert.ok(existsSync(new URL(picture, root)), picture);
  });
});
