/** `tip-widgets/ssr` and the `tip-widgets render` command, as a static site's build step runs them. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { renderWidgets } from '../../src/ssr/render-widgets.ts';
import { WITHOUT_SCRIPT } from '../../src/ssr/without-script.ts';
import { scaledDataset } from '../../scripts/bench/scaled-dataset.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundled = JSON.parse(readFileSync(`${root}data/dataset.json`, 'utf8'));

/** A node's children, a template's content included (a declarative shadow root's). */
const childrenOf = (node: Node): Node[] => ('content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : []);
const elements = (node: Node): Element[] => childrenOf(node).flatMap((child) => ('tagName' in child ? [child, ...elements(child)] : []));
/** The text of a node, the content of its templates included (a declarative shadow root's). */
const textOf = (node: Node): string =>
  'value' in node && node.nodeName === '#text'
    ? node.value
    : childrenOf(node).map(textOf).join('');
const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The declarative shadow root of the first element with this tag (and attribute, if given). */
function shadowOf(html: string, tag: string, attribute?: [string, string]) {
  const host = elements(parseFragment(html)).find(
    (el) => el.tagName === tag && (!attribute || el.attrs.some((a) => a.name === attribute[0] && a.value === attribute[1])),
  );
  assert.ok(host, `no <${tag}> in the output`);
  const template = host.childNodes.find((child): child is DefaultTreeAdapterMap['template'] => 'tagName' in child && child.tagName === 'template');
  assert.ok(template, `<${tag}> has no declarative shadow root`);
  assert.equal(template.attrs.find((a) => a.name === 'shadowrootmode')?.value, 'open');
  return template.content;
}

describe('renderWidgets', () => {
  it('renders a fragment: each widget as a declarative shadow root, the rest of the input byte for byte', async () => {
    const input = '<p class="intro">Before &amp; after</p>\n<tip-stat-card stat="defendants-charged"></tip-stat-card>\n<p>End</p>';
    const { html, problems } = await renderWidgets(input);
    assert.deepEqual(problems, []);
    const withoutAdded = html.replace(/<template shadowrootmode="open">[\s\S]*?<\/template>(?=<\/tip-stat-card>)/, '').replace(/<noscript>[\s\S]*?<\/noscript>/, '');
    assert.equal(withoutAdded, input);
    assert.ok(html.indexOf('<noscript><style>') < html.indexOf('<tip-stat-card'), 'what JavaScript off shows, before the first widget');
    const shadow = shadowOf(html, 'tip-stat-card');
    assert.match(collapsed(textOf(shadow)), /nearly 120 defendants charged in human trafficking cases/);
    assert.ok(elements(shadow).some((el) => el.tagName === 'style'), 'its styles inside its shadow root');
    assert.ok(elements(shadow).some((el) => el.tagName === 'details'), 'the quotes in a native <details>');
  });

  it('renders a whole page, every element, honouring attributes and the page lang', async () => {
    const input = `<!doctype html><html lang="fr"><head><title>t</title></head><body>
      <tip-stat-card stat="victims-worldwide-2012" notation="compact"></tip-stat-card>
      <task-force-timeline from="2016" order="newest" heading-level="2"></task-force-timeline>
      <agency-accomplishments agency="DOJ" theme="dark"></agency-accomplishments>
      <recommendation-list topic="migration" locale="en-US"></recommendation-list>
    </body></html>`;
    const { html, problems } = await renderWidgets(input);
    assert.deepEqual(problems, []);
    assert.ok(html.startsWith('<!doctype html><html lang="fr">'));
    const doc = parse(html);
    assert.equal(elements(doc).filter((el) => el.tagName === 'template').length, 4);
    assert.match(collapsed(textOf(shadowOf(html, 'tip-stat-card'))), /27 M/, 'fr: compact, from the page lang');
    const timeline = shadowOf(html, 'task-force-timeline');
    const years = elements(timeline).filter((el) => el.attrs.some((a) => a.name === 'part' && a.value === 'date')).map((el) => textOf(el).match(/\d{4}/)![0]);
    assert.ok(years.length > 0 && years.every((year) => year >= '2016'), `from 2016: ${years}`);
    assert.deepEqual(years, [...years].sort().reverse(), 'newest first');
    assert.ok(elements(timeline).some((el) => el.tagName === 'h2'));
    assert.match(collapsed(textOf(shadowOf(html, 'agency-accomplishments'))), /Department of Justice/);
    const recommendations = collapsed(textOf(shadowOf(html, 'recommendation-list')));
    const migration = bundled.recommendations.find((r: { topic: string }) => r.topic === 'migration');
    assert.ok(recommendations.includes(collapsed(migration.title)), 'the migration recommendation');
  });

  it('renders widgets inside a <tip-dataset src> from the dataset it names, checked as the browser checks it', async () => {
    const own = structuredClone(bundled);
    own.stats[0].label = 'our own label';
    const input = `<tip-dataset src="/data/own.json"><tip-stat-card stat="${own.stats[0].id}"></tip-stat-card></tip-dataset>`;
    const asked: string[] = [];
    const { html, problems } = await renderWidgets(input, { loadDataset: async (src) => (asked.push(src), own) });
    assert.deepEqual(asked, ['/data/own.json']);
    assert.deepEqual(problems, []);
    assert.match(textOf(shadowOf(html, 'tip-stat-card')), /our own label/);

    const broken = await renderWidgets(input, { loadDataset: async () => ({ stats: 'no' }) });
    assert.match(textOf(shadowOf(broken.html, 'tip-stat-card')), /Can’t show this tip-stat-card: the dataset at "\/data\/own.json" is not a tip-widgets dataset/);
    assert.ok(broken.problems.some((p) => p.startsWith('<tip-dataset>: the dataset at "/data/own.json" is not a tip-widgets dataset')));
  });

  it('links each widget\'s stylesheet instead of inlining it, when told where they are served', async () => {
    const { html } = await renderWidgets('<tip-stat-card stat="hotline-calls"></tip-stat-card><recommendation-list></recommendation-list>', {
      stylesheets: '/assets/tip-widgets/"styles"/',
    });
    assert.ok(!html.includes('<style>'));
    const links = elements(parseFragment(html)).filter((el) => el.tagName === 'link');
    assert.deepEqual(
      links.map((el) => el.attrs.find((a) => a.name === 'href')?.value),
      ['/assets/tip-widgets/"styles"/tip-stat-card.css', '/assets/tip-widgets/"styles"/recommendation-list.css'],
    );
  });

  it('renders a long list\'s whole first page, not the few items a browser shows in its first frame', async () => {
    const big = scaledDataset(bundled, 300);
    const input = '<tip-dataset src="big.json"><task-force-timeline></task-force-timeline><recommendation-list></recommendation-list></tip-dataset>';
    const { html } = await renderWidgets(input, { loadDataset: async () => big });
    const count = (tag: string, part: string) =>
      elements(shadowOf(html, tag)).filter((el) => el.attrs.some((a) => a.name === 'part' && a.value.split(' ').includes(part))).length;
    assert.equal(count('task-force-timeline', 'event'), 200);
    assert.equal(count('recommendation-list', 'recommendation'), 200);
    assert.equal(count('task-force-timeline', 'more'), 1, 'Show more (which JavaScript off hides: without-script.ts)');
  });

  it('shows bad input as the browser does, and says so in its problems', async () => {
    const { html, problems } = await renderWidgets(
      '<tip-stat-card stat="no-such-stat"></tip-stat-card><agency-accomplishments layout="carousel"></agency-accomplishments>',
    );
    assert.match(collapsed(textOf(shadowOf(html, 'tip-stat-card'))), /Can’t show this tip-stat-card: no stat has the id "no-such-stat"\./);
    assert.match(collapsed(textOf(shadowOf(html, 'agency-accomplishments'))), /layout "carousel" is not grid or tabs/);
    assert.deepEqual(problems, ['<tip-stat-card>: no stat has the id "no-such-stat"', '<agency-accomplishments>: layout "carousel" is not grid or tabs']);
  });

  it('keeps text from attributes as text, renders malformed HTML as a browser would parse it, and leaves rendered widgets alone', async () => {
    const hostile = await renderWidgets('<tip-stat-card stat="<img src=x onerror=alert(1)>"></tip-stat-card>');
    assert.ok(!/<img/i.test(hostile.html.replace(/stat="[^"]*"/, '')), 'no markup from the attribute');
    const unclosed = await renderWidgets('<div><p>para<tip-stat-card stat="hotline-calls"><span>light');
    assert.match(textOf(shadowOf(unclosed.html, 'tip-stat-card')), /16,000/);
    const twice = await renderWidgets(unclosed.html);
    assert.equal(twice.html, unclosed.html);
  });
});

describe('what a page with JavaScript off shows differently', () => {
  it('names parts each element has, and a page gets it once, in its head', async () => {
    const manifest = JSON.parse(readFileSync(`${root}dist/custom-elements.json`, 'utf8'));
    const partsOf = (tag: string): string[] => {
      const declarations = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []);
      const element = declarations.find((d: { tagName?: string }) => d.tagName === tag);
      return (element?.cssParts ?? []).map((p: { name: string }) => p.name);
    };
    for (const [tag, part] of WITHOUT_SCRIPT) assert.ok(partsOf(tag).includes(part), `<${tag}> has no part "${part}"`);
    const { html } = await renderWidgets('<!doctype html><html><head><title>t</title></head><body><tip-stat-card stat="hotline-calls"></tip-stat-card><recommendation-list></recommendation-list></body></html>');
    const noscripts = elements(parse(html)).filter((el) => el.tagName === 'noscript');
    assert.equal(noscripts.length, 1);
    assert.ok(html.indexOf('<noscript>') < html.indexOf('</head>'));
  });
});

describe('tip-widgets render', () => {
  // The built command, as `npx tip-widgets` runs it (npm test builds first).
  const cli = `${root}dist/ssr/cli.js`;
  const dir = mkdtempSync(join(tmpdir(), 'tip-render-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[], input?: string) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, [cli, ...args], { cwd: dir }, (error, stdout, stderr) =>
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
      );
      child.stdin!.end(input ?? '');
    });

  it('renders standard input to standard output', async () => {
    const { code, stdout } = await run(['render'], '<tip-stat-card stat="defendants-charged"></tip-stat-card>');
    assert.equal(code, 0);
    assert.match(textOf(shadowOf(stdout, 'tip-stat-card')), /nearly 120/);
  });

  it('reads a page, and a <tip-dataset src> beside it; --dataset replaces every src', async () => {
    const own = structuredClone(bundled);
    own.stats[0].label = 'from the file beside the page';
    writeFileSync(join(dir, 'own.json'), JSON.stringify(own));
    writeFileSync(join(dir, 'page.html'), `<tip-dataset src="own.json"><tip-stat-card stat="${own.stats[0].id}"></tip-stat-card></tip-dataset>`);
    const beside = await run(['render', 'page.html']);
    assert.equal(beside.code, 0, beside.stderr);
    assert.match(textOf(shadowOf(beside.stdout, 'tip-stat-card')), /from the file beside the page/);
    const replaced = await run(['render', '--dataset', `${root}data/dataset.json`, 'page.html']);
    assert.match(textOf(shadowOf(replaced.stdout, 'tip-stat-card')), new RegExp(bundled.stats[0].label.slice(0, 20)));
  });

  it('refuses --dataset on a page where no widget is inside a <tip-dataset src>, which would show the bundled data', async () => {
    const { code, stdout, stderr } = await run(['render', '--dataset', 'own.json'], `<tip-stat-card stat="${bundled.stats[0].id}"></tip-stat-card>`);
    assert.equal(code, 1);
    assert.match(stderr, /stdin: --dataset own\.json was not used: no widget on the page is inside a <tip-dataset src>/);
    assert.match(stderr, /Put the widgets inside <tip-dataset src="…">/);
    assert.equal(stdout, '');
    // A page with no widget at all shows no bundled data: it is written as it is.
    const plain = await run(['render', '--dataset', 'own.json'], '<p>No widget here.</p>');
    assert.equal(plain.code, 0, plain.stderr);
    assert.equal(plain.stdout, '<p>No widget here.</p>');
  });

  it('reads no src outside --root (the current folder by default), links followed, and prints none of its content', async () => {
    const site = join(dir, 'site');
    mkdirSync(join(site, 'data'), { recursive: true });
    const outside = join(dir, 'secret.json');
    writeFileSync(outside, JSON.stringify({ secret: 'do-not-print' }));
    symlinkSync(outside, join(site, 'data', 'link.json'));
    writeFileSync(join(site, 'data', 'own.json'), JSON.stringify(bundled));
    const page = (src: string) => `<tip-dataset src="${src}"><tip-stat-card stat="${bundled.stats[0].id}"></tip-stat-card></tip-dataset>`;
    for (const src of ['../secret.json', '/../secret.json', 'data/link.json', '../../../../etc/passwd']) {
      writeFileSync(join(site, 'page.html'), page(src));
      const { code, stdout, stderr } = await run(['render', '--root', site, join(site, 'page.html')]);
      assert.equal(code, 1, src);
      assert.ok(stderr.includes(`<tip-dataset src="${src}"> is outside the site's root (${site}): it was not read`), `${src}: ${stderr}`);
      assert.doesNotMatch(stderr, /do-not-print|root:/, src);
      assert.equal(stdout, '', src);
    }
    // Inside the root, relative to the page or to the root, it is read.
    for (const src of ['data/own.json', '/data/own.json']) {
      writeFileSync(join(site, 'page.html'), page(src));
      const { code, stderr } = await run(['render', '--root', site, join(site, 'page.html')]);
      assert.equal(code, 0, `${src}: ${stderr}`);
    }
    // The default root is the folder the command runs in: the page's dataset beside it is inside.
    const inDir = await run(['render', 'page.html']);
    assert.equal(inDir.code, 0, inDir.stderr);
  });

  it('renders files in place with --write', async () => {
    writeFileSync(join(dir, 'a.html'), '<recommendation-list></recommendation-list>');
    const { code } = await run(['render', '--write', 'a.html']);
    assert.equal(code, 0);
    shadowOf(readFileSync(join(dir, 'a.html'), 'utf8'), 'recommendation-list');
  });

  it('warns of bad attributes and still writes the page', async () => {
    const { code, stdout, stderr } = await run(['render'], '<tip-stat-card stat="nope"></tip-stat-card>');
    assert.equal(code, 0);
    assert.match(stderr, /stdin: <tip-stat-card>: no stat has the id "nope"/);
    assert.match(textOf(shadowOf(stdout, 'tip-stat-card')), /no stat has the id "nope"/);
  });

  it('names a missing page, a missing or broken dataset, and exits 1', async () => {
    const missing = await run(['render', 'missing.html']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /tip-widgets: missing\.html cannot be read \(ENOENT\)/);
    const noDataset = await run(['render', '--dataset', 'none.json'], '<p></p>');
    assert.equal(noDataset.code, 1);
    assert.match(noDataset.stderr, /the dataset none\.json cannot be read/);
    writeFileSync(join(dir, 'broken.json'), '{ not json');
    const broken = await run(['render'], '<tip-dataset src="broken.json"><tip-stat-card stat="x"></tip-stat-card></tip-dataset>');
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /broken\.json is not JSON/);
    assert.equal(broken.stdout, '');
  });
});
