/**
 * Each element's real stylesheet, as Lit finalizes it (the shared styles its base prepends, then its own):
 * every private token it reads is defined in it, every token the shared set defines is read by some
 * element, and no rule is physical where a logical one mirrors for right-to-left text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { elementStylesheet } from '../../src/ssr/render-widgets.ts';
import { tokenStyles } from '../../src/shared/styles/tokens.styles.ts';
import { WIDGET_TAGS } from '../../src/shared/widget-tags.ts';

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
const sheets = new Map(WIDGET_TAGS.map((tag) => [tag, elementStylesheet(tag)]));
const names = (css: string, pattern: RegExp) => new Set([...css.matchAll(pattern)].map((m) => m[1]));
const definedIn = (css: string) => names(css, /(--_[a-z0-9-]+)\s*:/g);
const readIn = (css: string) => names(css, /var\(\s*(--_[a-z0-9-]+)/g);

describe("each element's stylesheet", () => {
  for (const [tag, css] of sheets) {
    it(`<${tag}> reads no token it leaves undefined`, () => {
      const defined = definedIn(css);
      assert.deepEqual([...readIn(css)].filter((token) => !defined.has(token)), []);
    });

    it(`<${tag}> starts with the shared styles its base element owns`, () => {
      assert.ok(css.startsWith(tokenStyles.cssText));
    });

    it(`<${tag}> mirrors in right-to-left text: logical properties, no left or right`, () => {
      const physical = withoutComments(css).match(/[^;{}]*\b(?:left|right)\b[^;{}]*/g) ?? [];
      assert.deepEqual(physical, []);
      const asymmetric = [...withoutComments(css).matchAll(/\b(?:margin|padding|inset):\s*([^\s;]+)\s+([^\s;]+)\s+([^\s;]+)\s+([^\s;]+)\s*;/g)].filter((m) => m[2] !== m[4]);
      assert.deepEqual(asymmetric.map((m) => m[0]), []);
    });
  }

  it('together read every token the shared set defines', () => {
    const read = new Set([...sheets.values()].flatMap((css) => [...readIn(css)]));
    const defined = new Set([...sheets.values()].flatMap((css) => [...definedIn(css)]));
    assert.deepEqual([...defined].filter((token) => !read.has(token)), []);
  });
});
