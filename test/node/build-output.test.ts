/** What `npm run build` writes beside the code: the manifest, editor data and integrity hashes. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PROVIDER_TAG, WIDGET_TAGS, isTipElement, type WidgetTag } from '../../src/shared/widget-tags.ts';
import dataset from '../../data/dataset.json' with { type: 'json' };
import pkg from '../../package.json' with { type: 'json' };

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(`${dist}${path}`, 'utf8'));

const EXPECTED_ATTRIBUTES: Record<WidgetTag, string[]> = {
  'tip-stat-card': ['stat', 'notation', 'count-up', 'theme', 'locale', 'dir', 'hide-data'],
  'task-force-timeline': ['from', 'to', 'kinds', 'order', 'heading-level', 'theme', 'locale', 'dir', 'hide-data'],
  'agency-accomplishments': ['agency', 'meeting', 'layout', 'heading-level', 'theme', 'locale', 'dir', 'hide-data'],
  'recommendation-list': ['source', 'topic', 'heading-level', 'theme', 'locale', 'dir', 'hide-data'],
};

describe('the elements', () => {
  it('have a define entry each, src/<tag>.ts, for the widget tags and the provider, and no other', () => {
    const src = fileURLToPath(new URL('../../src/', import.meta.url));
    const entries = readdirSync(src).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3));
    assert.deepEqual(entries.sort(), [...WIDGET_TAGS, PROVIDER_TAG].sort());
  });
});

describe('the Custom Elements Manifest', () => {
  const manifest = readJson('custom-elements.json');
  const elements = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []).filter((d: { tagName?: string }) => d.tagName);
  const byTag = new Map(elements.map((d: { tagName: string }) => [d.tagName, d]));

  for (const [tag, attributes] of Object.entries(EXPECTED_ATTRIBUTES)) {
    it(`lists <${tag}> with its documented attributes, parts, custom properties and tip-error`, () => {
      const element = byTag.get(tag) as {
        attributes: Array<{ name: string; description?: string }>;
        cssParts: unknown[];
        cssProperties: Array<{ name: string }>;
        events: Array<{ name: string }>;
      };
      assert.ok(element, `${tag} is in the manifest`);
      assert.deepEqual(element.attributes.map((a) => a.name).sort(), [...attributes].sort());
      for (const attribute of element.attributes) assert.ok(attribute.description, `${tag}[${attribute.name}] is documented`);
      assert.ok(element.cssParts.length >= 3);
      assert.ok(element.cssProperties.every((p) => p.name.startsWith('--tip-')));
      assert.ok(element.events.some((e) => e.name === 'tip-error'));
    });
  }

  it('feeds VS Code custom data with the same tags and attribute values', () => {
    const data = readJson('vscode.html-custom-data.json');
    assert.deepEqual(data.tags.map((t: { name: string }) => t.name).sort(), [...WIDGET_TAGS, PROVIDER_TAG].sort());
    const card = data.tags.find((t: { name: string }) => t.name === 'tip-stat-card');
    const notation = card.attributes.find((a: { name: string }) => a.name === 'notation');
    assert.deepEqual(notation.values.map((v: { name: string }) => v.name), ['standard', 'compact']);
    const stat = card.attributes.find((a: { name: string }) => a.name === 'stat');
    assert.deepEqual(stat.values.map((v: { name: string }) => v.name), dataset.stats.map((s) => s.id), 'the bundled stat ids');
  });

  it('feeds JetBrains web-types, named by package.json, with the same tags, values and tip-error', () => {
    assert.equal(pkg['web-types'], './dist/web-types.json');
    const webTypes = readJson('web-types.json');
    assert.equal(webTypes.name, pkg.name);
    assert.equal(webTypes.version, pkg.version);
    const elements: { name: string; attributes: { name: string; value: { type: string } }[]; events: { name: string }[] }[] =
      webTypes.contributions.html.elements;
    assert.deepEqual(elements.map((e) => e.name).sort(), [...WIDGET_TAGS, PROVIDER_TAG].sort());
    const accomplishments = elements.find((e) => e.name === 'agency-accomplishments')!;
    assert.equal(accomplishments.attributes.find((a) => a.name === 'layout')!.value.type, "'grid' | 'tabs'");
    assert.ok(accomplishments.events.some((e) => e.name === 'tip-error'));
    const stat = elements.find((e) => e.name === 'tip-stat-card')!.attributes.find((a) => a.name === 'stat')!;
    for (const { id } of dataset.stats) assert.ok(stat.value.type.includes(`'${id}'`), `stat lists ${id}`);
  });

  it('are told apart by tip-widgets/tags, which a framework config imports', () => {
    assert.deepEqual(pkg.exports['./tags'], { types: './dist/shared/widget-tags.d.ts', default: './dist/shared/widget-tags.js' });
    for (const tag of [...WIDGET_TAGS, PROVIDER_TAG]) assert.ok(isTipElement(tag), tag);
    for (const tag of ['tip-other', 'div', 'my-element']) assert.ok(!isTipElement(tag), tag);
  });
});

describe('the script-tag bundles', () => {
  it('carry Subresource Integrity hashes of their exact bytes', () => {
    const integrity = readJson('cdn/integrity.json');
    for (const file of ['tip-widgets.js', 'tip-widgets.iife.js', 'dataset-checker.js', 'dataset-checker.iife.js', 'tip-dataset.js', 'tip-dataset.iife.js']) {
      const digest = createHash('sha384').update(readFileSync(`${dist}cdn/${file}`)).digest('base64');
      assert.equal(integrity[file], `sha384-${digest}`);
    }
  });

  it('open with the compile hint, so Chromium compiles them off the main thread', () => {
    for (const file of ['tip-widgets.js', 'tip-widgets.iife.js', 'dataset-checker.js', 'dataset-checker.iife.js', 'tip-dataset.js', 'tip-dataset.iife.js']) {
      assert.ok(readFileSync(`${dist}cdn/${file}`, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'), file);
    }
  });

  // One fetch() call, <tip-dataset src>'s: the author's own request. The checker's bundle has none;
  // test/bundle.test.ts checks that a page of widgets requests nothing but the bundle.
  // The only addresses are the documents' own, which a reader may open from a source line.
  it('contain no other network call, and no address but the sources\' links and the archive\'s, which is linked, never requested', () => {
    const sourceLinks = JSON.parse(readFileSync(`${dist}../data/dataset.json`, 'utf8')).sources.map((s: { url?: string }) => s.url).filter(Boolean);
    sourceLinks.push('https://web.archive.org/web/');
    // Text of an error Lit's hydration throws (both Lit builds mixed on one page), never requested.
    const litMessages = ['https://github.com/lit/lit/issues/4527'];
    for (const file of ['tip-widgets.js', 'tip-widgets.iife.js', 'dataset-checker.js', 'dataset-checker.iife.js', 'tip-dataset.js', 'tip-dataset.iife.js']) {
      const bundle = readFileSync(`${dist}cdn/${file}`, 'utf8');
      for (const call of ['XMLHttpRequest', 'sendBeacon', 'WebSocket', 'EventSource', 'import(', '@import', 'url(']) {
        assert.ok(!bundle.includes(call), `${file} contains ${call}`);
      }
      assert.equal(bundle.split('fetch(').length - 1, file.startsWith('tip-widgets') ? 1 : 0, `fetch( in ${file}`);
      const addresses = new Set(bundle.match(/https?:\/\/[^\s"'`)$]+/g) ?? []);
      assert.deepEqual([...addresses].sort(), file.startsWith('tip-widgets') ? [...sourceLinks, ...litMessages].sort() : [], file);
    }
  });
});

describe('the static site (dist/site)', () => {
  const site = `${dist}site/`;
  const pages = ['demo/index.html', 'demo/prerendered.html', 'builder/index.html'];

  it('holds the demo, the pre-rendered demo and the embed builder, loading nothing from another host', () => {
    for (const page of pages) {
      const html = readFileSync(`${site}${page}`, 'utf8');
      const loads = [...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      assert.ok(loads.length > 0, page);
      assert.deepEqual(loads.filter((url) => /^(?:[a-z]+:)?\/\//i.test(url)), [], page);
    }
    assert.match(readFileSync(`${site}demo/prerendered.html`, 'utf8'), /<template shadowrootmode="open">/);
  });

  it('gives the builder the release it pins (this version, the built files\' integrity), the manifest its form reads and the site\'s own files', () => {
    assert.deepEqual(JSON.parse(readFileSync(`${site}builder/release.json`, 'utf8')), {
      version: pkg.version,
      integrity: readJson('cdn/integrity.json'),
      manifest: readJson('custom-elements.json'),
      site: '../cdn/',
    });
  });
});
