/**
 * The embed builder as the site ships it (dist/site/builder/, from `npm run build`), in each engine: every element
 * and its manifest's attributes asked in plain words, pickers that search the data, the previews on a light and a
 * dark page, Copy, the copied snippet pasted into a blank page, the self-hosted snippet, "Check my page", its own
 * words in five languages, keyboard-only use, axe, no request beyond the page's origin, a broken file's problems,
 * and its geometry at a phone's, a tablet's and a desktop's width.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { WIDGET_TAGS } from '../src/shared/widget-tags.ts';
import { paste, primeClipboard } from './support/clipboard.ts';
import { geometryProblems } from './support/geometry.ts';
import { waitFor } from './support/widget-fixture.ts';

/** The builder's own text (its light DOM) drawn beyond the page's sides. */
function outsideThePage(builder: Element): string[] {
  const width = builder.ownerDocument.documentElement.clientWidth;
  const walker = builder.ownerDocument.createTreeWalker(builder, NodeFilter.SHOW_TEXT);
  const problems: string[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.data.trim() || node.parentElement?.closest('.visually-hidden, option, select')) continue;
    const range = builder.ownerDocument.createRange();
    range.selectNodeContents(node);
    for (const box of range.getClientRects()) {
      if (box.width > 1 && (box.left < -1 || box.right > width + 1)) problems.push(`"${node.data.trim().slice(0, 40)}" is drawn from ${Math.round(box.left)} to ${Math.round(box.right)} px of ${width}`);
    }
  }
  return problems;
}

type BuilderWindow = Window & typeof globalThis & { axe?: { run: (root: Document) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } };
type Builder = HTMLElement & { updateComplete: Promise<boolean> };

async function openBuilder(width = 1200): Promise<{ win: BuilderWindow; builder: Builder; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `border: 0; display: block; width: ${width}px; height: 900px`;
  frame.src = '/dist/site/builder/index.html';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as BuilderWindow;
  const doc = win.document;
  await waitFor(() => doc.querySelector('#cdn-head-code')?.textContent && previews(doc).length === 2 && previews(doc).every((p) => p.shadowRoot?.querySelector('.root')), 'the builder and its previews drew');
  return { win, doc, frame, builder: doc.querySelector<Builder>('tip-embed-builder')! };
}

/** The widget on the light page; `previews` gives both, the light page's first. */
const preview = (doc: Document) => doc.querySelector<HTMLElement>(`.preview-frame :is(${WIDGET_TAGS.join(',')})`);
const previews = (doc: Document) => [...doc.querySelectorAll<HTMLElement>(`.preview-frame :is(${WIDGET_TAGS.join(',')})`)];
/** What a reader sees of a widget: its root's text. */
const seen = (widget: Element) => (widget.shadowRoot!.querySelector<HTMLElement>('.root')!.innerText ?? '').replace(/\s+/g, ' ').trim();
/** The CDN snippet, its head part then its element, as a page holds them. */
const snippet = (doc: Document, host = 'cdn') => `${doc.querySelector(`#${host}-head-code`)!.textContent!}\n\n${doc.querySelector(`#${host}-element-code`)!.textContent!}`;

async function choose(builder: Builder, selector: string, value: string) {
  const control = builder.querySelector<HTMLSelectElement | HTMLInputElement>(selector)!;
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await builder.updateComplete;
}

async function pick(builder: Builder, tag: string) {
  builder.querySelector<HTMLInputElement>(`input[name="widget"][value="${tag}"]`)!.click();
  await builder.updateComplete;
  await waitFor(() => preview(builder.ownerDocument)?.localName === tag, `the preview shows <${tag}>`);
}

/** Gives the file input a file, as choosing it in the file dialog does. */
async function loadFile(builder: Builder, name: string, text: string) {
  const input = builder.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('the embed builder', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('offers every element with a control per attribute of the manifest, and previews the real element', async () => {
    const { builder, doc } = await openBuilder();
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    for (const tag of WIDGET_TAGS) {
      await pick(builder, tag);
      const declaration = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []).find((d: { tagName?: string }) => d.tagName === tag);
      const names = declaration.attributes.map((a: { name: string }) => a.name);
      const controls = [...builder.querySelectorAll<HTMLInputElement>('fieldset:nth-of-type(2) [name]')].map((c) => c.name);
      expect([...new Set(controls)], tag).to.deep.equal(names);
      expect(seen(preview(doc)!)).to.not.equal('');
    }
  });

  it('finds a figure by its words and an agency by its acronym, and the preview and snippet follow', async () => {
    const { builder, doc } = await openBuilder();
    await choose(builder, '#attribute-stat-search', '27 million');
    const options = [...builder.querySelectorAll<HTMLOptionElement>('#attribute-stat option')].filter((o) => o.value);
    expect(options.length).to.be.greaterThan(0);
    expect(options.every((o) => o.textContent!.includes('27 million'))).to.equal(true);
    await choose(builder, '#attribute-stat', options[0].value);
    await waitFor(() => seen(preview(doc)!).includes('27 million'), 'the card shows the figure');
    expect(snippet(doc)).to.contain(`<tip-stat-card stat="${options[0].value}"></tip-stat-card>`);

    await pick(builder, 'agency-accomplishments');
    await choose(builder, '#attribute-agency-search', 'doj');
    const agencies = [...builder.querySelectorAll<HTMLOptionElement>('#attribute-agency option')].filter((o) => o.value);
    expect(agencies.map((o) => o.textContent)).to.deep.equal(['U.S. Department of Justice (DOJ)']);
  });

  it('shows the widget\'s own message for an impossible choice', async () => {
    const { builder, doc } = await openBuilder();
    await pick(builder, 'task-force-timeline');
    await choose(builder, '#attribute-from', '2016');
    await choose(builder, '#attribute-to', '2012');
    await waitFor(() => preview(doc)!.shadowRoot!.querySelector('[part~="error"]'), 'the timeline says why');
    expect(seen(preview(doc)!)).to.contain('from 2016 is after to 2012');
  });

  it('copies a snippet that, pasted into a blank page, shows what the preview shows', async () => {
    const { builder, doc } = await openBuilder();
    await pick(builder, 'recommendation-list');
    await choose(builder, '#attribute-topic', 'migration');
    await choose(builder, '#attribute-locale', 'es');
    await waitFor(() => seen(preview(doc)!).includes('Copiar'), 'the preview speaks Spanish');
    // The reserve CSS holds the preview's height as measured at the chosen width.
    await waitFor(() => snippet(doc).includes(`min-height: ${Math.ceil(preview(doc)!.getBoundingClientRect().height)}px;`), 'the snippet reserves the measured height');
    const text = snippet(doc);
    expect(text).to.contain('<recommendation-list topic="migration" locale="es"></recommendation-list>');
    expect(text).to.match(/integrity="sha384-/);
    expect(text).to.contain('/dist/cdn/lang/es.js');
    expect(text).to.match(/recommendation-list:not\(:defined\) \{ display: block; min-height: \d+px; \}/);

    // Each part is copied on its own: the head's lines, then the element.
    const copiedParts: string[] = [];
    for (const part of ['head', 'element']) {
      await primeClipboard('nothing copied yet');
      builder.querySelector<HTMLButtonElement>(`#cdn-${part}-copy`)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => builder.querySelector(`#cdn-${part}-copy ~ .copy-status .copied, #cdn-${part}-copy ~ .copy-fallback`), 'the copy is confirmed or offered by hand');
      copiedParts.push(
        builder.querySelector(`#cdn-${part}-copy ~ .copy-status .copied`) ? await paste() : builder.querySelector<HTMLTextAreaElement>(`#cdn-${part}-copy ~ .copy-fallback textarea`)!.value,
      );
    }
    const copied = copiedParts.join('\n\n');
    expect(copied).to.equal(text);

    // The hashes are the built files' (integrity.json, from the files themselves); this test server rewrites
    // scripts as it serves them, so the blank page loads them without.
    const integrity = await (await fetch('/dist/cdn/integrity.json')).json();
    for (const [, file, hash] of copied.matchAll(/dist\/cdn\/([a-z/.-]+)"\s+integrity="([^"]+)"/g)) expect(hash, file).to.equal(integrity[file]);
    // A blank page with the snippet, the CDN's address swapped for this server's copy of the same files.
    const local = copied.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/tip-widgets@[^/]+/g, '').replace(/\s+integrity="[^"]+" crossorigin="anonymous"/g, '');
    const page = document.createElement('iframe');
    page.style.cssText = 'width: 1200px; height: 900px';
    page.srcdoc = `<!doctype html><html><head><meta charset="utf-8"></head><body>${local}</body></html>`;
    document.body.append(page);
    await waitFor(() => page.contentDocument?.querySelector('recommendation-list')?.shadowRoot?.querySelector('.root'), 'the pasted widget drew');
    const pasted = page.contentDocument!.querySelector('recommendation-list')!;
    await waitFor(() => seen(pasted) === seen(preview(doc)!), 'the pasted widget shows what the preview shows');
  });

  it('runs an Arabic widget right to left, in the preview and in the snippet', async () => {
    const { builder, doc } = await openBuilder();
    await choose(builder, '#attribute-locale', 'ar');
    expect(snippet(doc)).to.contain('locale="ar" dir="rtl"');
    await waitFor(() => getComputedStyle(preview(doc)!.shadowRoot!.querySelector('.root')!).direction === 'rtl', 'the preview runs right to left');
  });

  it('keeps only the chosen value selected while a search changes the list', async () => {
    const { builder } = await openBuilder();
    const select = builder.querySelector<HTMLSelectElement>('#attribute-stat')!;
    // Picked as an editor picks, then a search that puts another figure where it was.
    await choose(builder, '#attribute-stat', select.options[2].value);
    const chosen = select.value;
    await choose(builder, '#attribute-stat-search', '%');
    expect(select.options.length).to.be.greaterThan(2);
    expect([...select.selectedOptions].map((o) => o.value).filter((value) => value !== chosen)).to.deep.equal([]);
    await choose(builder, '#attribute-stat-search', '');
    expect(select.value).to.equal(chosen);
  });

  it('warns when a colour falls under 4.5:1 against the background', async () => {
    const { builder } = await openBuilder();
    const warning = builder.querySelector('.warning[role="status"]')!;
    expect(warning.textContent!.trim()).to.equal('');
    await choose(builder, 'input[name="--tip-color-text"]', '#dddddd');
    expect(warning.textContent).to.match(/^Text is 1\.\d+:1 against the background/);
    expect(snippet(builder.ownerDocument)).to.contain('--tip-color-text: #dddddd;');
    // A dark brand text colour reads on a light page, and vanishes on a dark one, which theme="auto" also shows.
    await choose(builder, 'input[name="--tip-color-text"]', '#1b1f24');
    expect(warning.textContent).to.match(/^On a dark page: Text is 1\.\d+:1 against the background/);
    await choose(builder, '#attribute-theme', 'light');
    expect(warning.textContent!.trim()).to.equal('');
  });

  it('is usable with the keyboard alone, from the first control to Copy', async () => {
    const { builder, doc } = await openBuilder();
    builder.querySelector<HTMLInputElement>('input[name="widget"]:checked')!.focus();
    await sendKeys({ press: 'ArrowDown' }); // The next widget in the radio group.
    await builder.updateComplete;
    await waitFor(() => preview(doc)?.localName === 'task-force-timeline', 'the arrow picked the timeline');
    let steps = 0;
    while (doc.activeElement?.id !== 'cdn-head-copy' && steps++ < 160) await sendKeys({ press: 'Tab' });
    expect(doc.activeElement?.id).to.equal('cdn-head-copy');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => builder.querySelector('.copied, .copy-fallback'), 'Copy answers the keyboard');
  });

  it('passes axe-core and requests nothing beyond its own origin', async () => {
    const { win, doc } = await openBuilder();
    const script = Object.assign(doc.createElement('script'), { src: '/node_modules/axe-core/axe.min.js' });
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    doc.head.append(script);
    await loaded;
    const { violations } = await win.axe!.run(doc);
    expect(violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal([]);
    const requests = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin);
    expect(requests.filter((origin) => origin !== location.origin)).to.deep.equal([]);
  });

  it('checks a file an editor loads: its problems with their paths, or its data in the pickers and the snippet', async () => {
    const { builder, doc } = await openBuilder();
    await loadFile(builder, 'broken.json', '{ "sources": [');
    await waitFor(() => builder.querySelector('.problems'), 'the problems are listed');
    expect(builder.querySelector('.problems')!.textContent).to.contain('broken.json is not JSON');

    await loadFile(builder, 'invalid.json', await (await fetch('/test/fixtures/invalid-dataset.json')).text());
    await waitFor(() => builder.querySelector('.problems li:nth-child(2)'), 'each problem is listed');
    expect([...builder.querySelectorAll('.problems li')].every((li) => /^[a-z]+(\.\d+)?(\.[a-zA-Z$]+)*[: ]/.test(li.textContent!))).to.equal(true);

    await loadFile(builder, 'small-dataset.json', await (await fetch('/test/fixtures/small-dataset.json')).text());
    await waitFor(() => !builder.querySelector('.problems') && snippet(doc).includes('<tip-dataset src="small-dataset.json">'), 'the own data is used');
    const stats = [...builder.querySelectorAll<HTMLOptionElement>('#attribute-stat option')].filter((o) => o.value).map((o) => o.value);
    expect(stats).to.deep.equal(['survivors-housed']);
    await waitFor(() => seen(preview(doc)!).includes('4,242'), 'the card shows the file\'s own figure');
    expect(snippet(doc)).to.contain('/dist/cdn/dataset-checker.js');
    // Checked, a page whose card is outside its <tip-dataset src> would show the bundled data: said so.
    const area = builder.querySelector<HTMLTextAreaElement>('textarea[name="page-html"]')!;
    area.value = `${doc.querySelector('#cdn-head-code')!.textContent}<tip-stat-card stat="survivors-housed"></tip-stat-card>`;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await builder.updateComplete;
    builder.querySelector<HTMLButtonElement>('.check button')!.click();
    await builder.updateComplete;
    expect(builder.querySelector('.findings li:last-child')!.textContent).to.contain('is not inside <tip-dataset src="…">');
  });

  it('asks in plain words, with the attribute and its description under each question for developers', async () => {
    const { builder } = await openBuilder();
    const names = [...builder.querySelectorAll('.widget-name')].map((n) => n.textContent!.trim());
    expect(names).to.deep.equal(['A headline figure', 'The chronology', 'What each agency reported', 'The recommendations']);
    expect(builder.querySelectorAll('.widget-choice svg.picture')).to.have.length(4);
    const stat = builder.querySelector('label[for="attribute-stat"]')!;
    expect(stat.textContent!.trim()).to.equal('Which figure?');
    const detail = builder.querySelector('#attribute-stat-detail')!;
    expect(detail.querySelector('code')!.textContent).to.equal('stat');
    expect(builder.querySelector('#attribute-stat')!.getAttribute('aria-describedby')).to.equal('attribute-stat-detail');
    await pick(builder, 'agency-accomplishments');
    const layout = builder.querySelector<HTMLSelectElement>('#attribute-layout')!;
    expect([...layout.options].map((o) => o.textContent!.trim())).to.deep.equal(['Grid of cards', 'Tabs, one per agency']);
  });

  it('asks for the timeline\'s kinds of event as checkboxes named as the widget names them', async () => {
    const { builder, doc } = await openBuilder();
    await pick(builder, 'task-force-timeline');
    const boxes = [...builder.querySelectorAll<HTMLInputElement>('input[name="kinds"]')];
    expect(boxes.map((box) => box.parentElement!.textContent!.trim())).to.deep.equal(['Law', 'Meeting', 'Statement', 'Report', 'Plan', 'Commitment']);
    for (const kind of ['report', 'meeting']) {
      boxes.find((box) => box.value === kind)!.click();
      await builder.updateComplete;
    }
    expect(snippet(doc)).to.contain('<task-force-timeline kinds="meeting,report"></task-force-timeline>');
    await waitFor(() => preview(doc)!.getAttribute('kinds') === 'meeting,report', 'the preview shows those kinds');
  });

  it('previews the same element on a light page and on a dark page', async () => {
    const { doc } = await openBuilder();
    const [light, dark] = previews(doc);
    expect(light.outerHTML).to.equal(dark.outerHTML);
    const background = (widget: HTMLElement) => getComputedStyle(widget.shadowRoot!.querySelector('.root')!).backgroundColor;
    await waitFor(() => background(light) === 'rgb(255, 255, 255)' && background(dark) === 'rgb(21, 25, 30)', 'theme="auto" follows each page');
  });

  it('offers the snippet self-hosted beside the CDN one, from the same release and with the same hashes', async () => {
    const { builder, doc } = await openBuilder();
    await choose(builder, '#attribute-locale', 'fr');
    const cdn = snippet(doc);
    const self = snippet(doc, 'self');
    expect(self).to.contain('src="/tip-widgets/tip-widgets.js"');
    expect(self).to.contain('src="/tip-widgets/lang/fr.js"');
    expect(self).not.to.contain('https://');
    const hashes = (text: string) => [...text.matchAll(/integrity="([^"]+)"/g)].map((m) => m[1]);
    expect(hashes(self)).to.deep.equal(hashes(cdn));
    expect(hashes(self)).to.have.length(2);
    expect(builder.querySelector('#cdn-head-title')!.textContent).to.equal('In your page’s head:');
    expect(builder.querySelector('#cdn-element-title')!.textContent).to.equal('Where the widget should appear:');
  });

  it('checks a pasted page: everything there and in order, or what to fix', async () => {
    const { builder, doc } = await openBuilder();
    await choose(builder, '#attribute-locale', 'es');
    const check = async (page: string) => {
      const area = builder.querySelector<HTMLTextAreaElement>('textarea[name="page-html"]')!;
      area.value = page;
      area.dispatchEvent(new Event('input', { bubbles: true }));
      await builder.updateComplete;
      builder.querySelector<HTMLButtonElement>('.check button')!.click();
      await builder.updateComplete;
      return [...builder.querySelectorAll('.findings li')].map((li) => `${li.className} ${li.textContent!.replace(/\s+/g, ' ').trim()}`);
    };
    const whole = `<html><head>${doc.querySelector('#cdn-head-code')!.textContent}</head><body><p>Our report</p>${doc.querySelector('#cdn-element-code')!.textContent}</body></html>`;
    const good = await check(whole);
    expect(good.every((finding) => finding.startsWith('ok '))).to.equal(true, good.join('\n'));
    expect(builder.querySelector('.findings .summary')!.textContent).to.equal('Everything is there and in order.');
    const noLanguage = await check(whole.replace(/<script[^>]*lang\/es\.js[^>]*><\/script>/, ''));
    expect(noLanguage).to.include('fix ✗ The language file lang/es.js is missing: without it the widget speaks English.');
    const badHash = await check(whole.replace(/integrity="sha384-[^"]+"/, 'integrity="sha384-AAAA"'));
    expect(badHash).to.include('fix ✗ The integrity hash of tip-widgets.js does not match this release: copy the snippet again.');
    const noElement = await check(whole.replace(/<tip-stat-card[^>]*><\/tip-stat-card>/, ''));
    expect(noElement.at(-1)).to.equal('fix ✗ The widget <tip-stat-card> is missing: paste the line for where it should appear.');
    expect(builder.querySelector('.findings .summary')!.textContent).to.equal('1 thing to fix.');
    // Another widget asks for another check: the old findings go.
    await pick(builder, 'task-force-timeline');
    expect(builder.querySelector('.findings li')).to.equal(null);
  });

  it('speaks the five languages of the widgets, right to left in Arabic', async () => {
    const { builder, doc } = await openBuilder();
    const picker = builder.querySelector<HTMLSelectElement>('select[name="builder-language"]')!;
    expect([...picker.options].map((o) => o.value)).to.deep.equal(['en', 'es', 'fr', 'pt', 'ar']);
    for (const code of ['es', 'fr', 'pt', 'ar']) {
      await choose(builder, 'select[name="builder-language"]', code);
      expect(doc.documentElement.lang).to.equal(code);
      expect(builder.querySelector('h1')!.textContent).not.to.equal('Embed builder');
      expect(builder.querySelector('label[for="attribute-stat"]')!.textContent).not.to.equal('Which figure?');
    }
    expect(doc.documentElement.dir).to.equal('rtl');
    expect(getComputedStyle(builder.querySelector('.builder-form')!).direction).to.equal('rtl');
    // The code to paste stays left to right.
    expect(getComputedStyle(builder.querySelector('#cdn-head-code')!).direction).to.equal('ltr');
  });

  describe('geometry: nothing spills, is cut, or scrolls the page sideways', function () {
    this.timeout(300_000);
    for (const arabic of [false, true]) {
      it(`at 360, 768 and 1280 px, light and dark${arabic ? ', in Arabic' : ''}`, async () => {
        const { builder, doc, frame } = await openBuilder(360);
        if (arabic) await choose(builder, 'select[name="builder-language"]', 'ar');
        const problems: string[] = [];
        for (const width of [360, 768, 1280]) {
          for (const scheme of ['light', 'dark']) {
            doc.documentElement.style.colorScheme = scheme;
            frame.style.width = `${width}px`;
            for (let pass = 0; pass < 2; pass++) {
              await new Promise((resolve) => doc.defaultView!.requestAnimationFrame(resolve));
              frame.style.height = `${doc.documentElement.scrollHeight}px`;
            }
            await builder.updateComplete;
            const where = `${width} px, ${scheme}`;
            problems.push(...geometryProblems(doc, { rightToLeft: arabic }).map((problem) => `${where}: ${problem}`));
            problems.push(...outsideThePage(builder).map((problem) => `${where}: ${problem}`));
          }
        }
        expect([...new Set(problems)]).to.deep.equal([]);
      });
    }
  });
});
