import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../src/index.ts';
import { TipDataset } from '../src/tip-dataset.ts';
import { WIDGET_TAGS } from '../src/shared/widget-tags.ts';
import type { Dataset } from '../src/data/schema.ts';
import type { TipErrorEvent } from '../src/shared/tip-error.ts';
import smallDataset from './fixtures/small-dataset.json';
import { spyOnConsole } from './support/console-spy.ts';
import { part, shownText, type Widget, waitFor } from './support/widget-fixture.ts';

const SMALL = '/test/fixtures/small-dataset.json';
const small = smallDataset as Dataset;
const slow = (path: string, delay: number) => `/slow${path}?delay=${delay}`;

/**
 * Resolves once a response requested now from `url` has arrived, and two frames later: a load the
 * widgets started just before, from the same slow URL, would have arrived and rendered by then, had
 * it not been aborted. A wait on the server's answer, not on a clock.
 */
async function afterResponseFrom(url: string, fetchFn = window.fetch): Promise<void> {
  await (await fetchFn(url)).text();
  for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
}

const widgetsIn = (root: Element) =>
  [...root.querySelectorAll<Widget>(WIDGET_TAGS.join(', '))];
const loaded = (widgets: Widget[]) => waitFor(() => widgets.every((w) => w.shadowRoot && !part(w, 'placeholder')), 'the widgets never left the placeholder');
const statValue = (el: Element) => part(el, 'value')?.textContent!.trim();

/** The four widgets, set up to show the small fixture's entries. */
const fourWidgets = html`<tip-stat-card stat="survivors-housed"></tip-stat-card>
  <task-force-timeline></task-force-timeline>
  <agency-accomplishments></agency-accomplishments>
  <recommendation-list></recommendation-list>`;

/** What each of the four widgets shows from the small fixture. */
function expectSmallDataset([card, timeline, accomplishments, recommendations]: Widget[]) {
  expect(statValue(card)).to.equal('4,242');
  expect(part(card, 'attribution')!.textContent).to.equal('Ana Lima, Director\u00a0· May 2, 2024');
  expect(part(timeline, 'title')!.textContent).to.equal('Harbor coalition spring meeting');
  expect(part(timeline, 'event')!.parentElement!.children).to.have.length(1);
  expect(part(accomplishments, 'agency-name')!.textContent).to.equal('Harbor Anti-Trafficking Coalition (HATC)');
  expect(shownText(accomplishments, '[part="stat"]')).to.equal('4,242 survivors given safe housing');
  expect(part(recommendations, 'title')!.textContent!.trim()).to.equal('Fund shelters year-round');
  expect(shownText(recommendations, '[part="source-line"]')).to.equal('Source: Harbor Coalition, May 2024');
}

describe('<tip-dataset>', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }));

  describe('providing a dataset', () => {
    it('gives the dataset at src to every widget inside it; a widget outside keeps the bundled one', async () => {
      const page = await fixture(html`<div>
        <tip-dataset src=${SMALL}>${fourWidgets}</tip-dataset>
        <tip-stat-card id="outside" stat="hotline-calls"></tip-stat-card>
      </div>`);
      const widgets = widgetsIn(page.querySelector('tip-dataset')!);
      await loaded(widgets);
      expectSmallDataset(widgets);
      expect(statValue(page.querySelector('#outside')!)).to.equal('16,000');
    });

    it('takes a dataset object as its data property', async () => {
      const provider = await fixture<TipDataset>(html`<tip-dataset .data=${small}>${fourWidgets}</tip-dataset>`);
      const widgets = widgetsIn(provider);
      await loaded(widgets);
      expectSmallDataset(widgets);
    });

    it('updates every widget inside when data or src changes, and falls back to the bundled dataset without either', async () => {
      const provider = await fixture<TipDataset>(html`<tip-dataset .data=${small}>${fourWidgets}</tip-dataset>`);
      const [card, timeline, accomplishments] = widgetsIn(provider);
      await loaded([card]);
      const changed = structuredClone(small);
      changed.stats[0].value = 5000;
      provider.data = changed;
      await waitFor(() => statValue(card) === '5,000');
      await accomplishments.updateComplete;
      expect(shownText(accomplishments, '[part="stat-value"]')).to.equal('5,000');

      const console = spyOnConsole();
      try {
        provider.data = undefined;
        await provider.updateComplete;
        await timeline.updateComplete;
        expect(part(timeline, 'title')!.textContent).to.equal('Trafficking Victims Protection Act of 2000');
        expect(console.warn).to.deep.equal(['<tip-stat-card>: no stat has the id "survivors-housed"']);
      } finally {
        console.restore();
      }

      provider.src = SMALL;
      await waitFor(() => part(timeline, 'title')?.textContent === 'Harbor coalition spring meeting');
      expect(statValue(card)).to.equal('4,242');
    });

    it('reaches widgets at any depth, inside shadow roots too; the nearest provider wins', async () => {
      const outer = await fixture<TipDataset>(html`<tip-dataset .data=${small}>
        <div id="host"></div>
        <tip-dataset src="/data/dataset.json"><tip-stat-card stat="hotline-calls"></tip-stat-card></tip-dataset>
      </tip-dataset>`);
      const shadow = outer.querySelector('#host')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<section><tip-stat-card stat="survivors-housed"></tip-stat-card></section>';
      const deep = shadow.querySelector<Widget>('tip-stat-card')!;
      const inner = outer.querySelector<Widget>('tip-dataset tip-stat-card')!;
      await loaded([deep, inner]);
      expect(statValue(deep)).to.equal('4,242');
      expect(statValue(inner)).to.equal('16,000');
    });

    it('reaches widgets that were upgraded before it was defined', async () => {
      const console = spyOnConsole();
      try {
        const provider = await fixture(html`<late-tip-dataset .data=${small}><tip-stat-card stat="survivors-housed"></tip-stat-card></late-tip-dataset>`);
        const card = provider.querySelector<Widget>('tip-stat-card')!;
        await card.updateComplete;
        expect(part(card, 'error')!.textContent).to.contain('no stat has the id "survivors-housed"'); // The bundled dataset, for now.
        customElements.define('late-tip-dataset', class extends TipDataset {});
        await waitFor(() => statValue(card) === '4,242', 'the late provider never reached the card');
      } finally {
        console.restore();
      }
    });

    it('draws nothing of its own: its children lay out as if it were not there', async () => {
      const grid = await fixture(html`<div style="display: grid; grid-template-columns: 1fr 1fr; width: 600px">
        <tip-dataset .data=${small}><tip-stat-card stat="survivors-housed"></tip-stat-card><tip-stat-card stat="survivors-housed"></tip-stat-card></tip-dataset>
      </div>`);
      const [first, second] = widgetsIn(grid);
      await loaded([first, second]);
      expect(getComputedStyle(grid.querySelector('tip-dataset')!).display).to.equal('contents');
      expect(first.getBoundingClientRect().width).to.equal(300);
      expect(second.getBoundingClientRect().left - first.getBoundingClientRect().left).to.equal(300);
    });
  });

  describe('while loading', () => {
    it('shows a placeholder that holds each widget’s place, so nothing moves when the data arrives', async () => {
      const measured = await fixture(html`<div style="width: 420px"><tip-dataset .data=${small}><tip-stat-card stat="survivors-housed"></tip-stat-card></tip-dataset></div>`);
      const [ready] = widgetsIn(measured);
      await loaded([ready]);
      const height = ready.getBoundingClientRect().height;

      const page = await fixture(html`<div style="width: 420px; --tip-placeholder-min-height: ${height}px">
        <tip-dataset src=${slow(SMALL, 400)}><tip-stat-card stat="survivors-housed"></tip-stat-card></tip-dataset>
        <p id="after">After the widget</p>
      </div>`);
      const [card] = widgetsIn(page);
      await card.updateComplete;
      const placeholder = part(card, 'placeholder')!;
      expect(placeholder.getAttribute('aria-busy')).to.equal('true');
      expect(placeholder.getBoundingClientRect().height).to.equal(height);
      expect(part(card, 'error')).to.be.null;
      await expect(card).to.be.accessible();
      const afterTop = page.querySelector('#after')!.getBoundingClientRect().top;

      await loaded([card]);
      expect(statValue(card)).to.equal('4,242');
      expect(page.querySelector('#after')!.getBoundingClientRect().top).to.equal(afterTop);
    });

    it('reserves 12rem by default, and pulses except under reduced motion', async () => {
      const provider = await fixture(html`<tip-dataset src=${slow(SMALL, 1500)}><tip-stat-card stat="survivors-housed"></tip-stat-card></tip-dataset>`);
      const [card] = widgetsIn(provider);
      await card.updateComplete;
      const placeholder = part(card, 'placeholder')!;
      expect(placeholder.getBoundingClientRect().height).to.equal(12 * parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect(getComputedStyle(placeholder).animationName).not.to.equal('none');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(placeholder).animationName).to.equal('none');
    });

    it('never lets a superseded load win: the latest src does', async () => {
      const provider = await fixture<TipDataset>(html`<tip-dataset src=${slow(SMALL, 500)}><tip-stat-card stat="hotline-calls"></tip-stat-card></tip-dataset>`);
      const firstFileArrived = afterResponseFrom(slow(SMALL, 500));
      const [card] = widgetsIn(provider);
      provider.src = '/data/dataset.json';
      await waitFor(() => statValue(card) === '16,000');
      await firstFileArrived;
      expect(statValue(card)).to.equal('16,000');
      expect(part(card, 'error')).to.be.null;
    });

    it('aborts its load when removed, loads again when put back, and sends no cookies to other origins', async () => {
      const fetches: RequestInit[] = [];
      const realFetch = window.fetch;
      window.fetch = (input, init) => {
        fetches.push(init!);
        return realFetch(input, init);
      };
      try {
        const page = await fixture(html`<div><tip-dataset src=${slow(SMALL, 300)}><tip-stat-card stat="survivors-housed"></tip-stat-card></tip-dataset></div>`);
        const fileArrived = afterResponseFrom(slow(SMALL, 300), realFetch);
        const provider = page.querySelector('tip-dataset')!;
        const [card] = widgetsIn(page);
        provider.remove();
        expect(fetches[0].signal!.aborted).to.be.true;
        await fileArrived;
        expect(part(card, 'placeholder')).to.exist;
        page.append(provider);
        await loaded([card]);
        expect(statValue(card)).to.equal('4,242');
        expect(fetches).to.have.length(2);
        expect(fetches.map((init) => init.credentials)).to.deep.equal(['same-origin', 'same-origin']);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('starts the count-up and opens the linked event when the data arrives, not before', async () => {
      history.replaceState(null, '', '#harbor-meeting-2024');
      try {
        const provider = await fixture(html`<tip-dataset src=${slow(SMALL, 300)}>
          <tip-stat-card stat="survivors-housed" count-up></tip-stat-card><task-force-timeline></task-force-timeline>
        </tip-dataset>`);
        const [card, timeline] = widgetsIn(provider);
        await loaded([card, timeline]);
        expect(part(card, 'value')!.getAnimations(), 'the figure coming in').to.have.length(1);
        expect(statValue(card), 'whole from the first frame').to.equal('4,242');
        expect(part(timeline, 'toggle')!.getAttribute('aria-expanded')).to.equal('true');
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
    });
  });

  describe('when the dataset cannot be used', () => {
    /**
     * Renders a provider with two widgets, waits for both to show their message, and returns what
     * they show, the tip-error events and what was logged.
     */
    async function failing(provider: ReturnType<typeof html>) {
      const console = spyOnConsole();
      try {
        const page = await fixture<HTMLDivElement>(html`<div></div>`);
        const events: TipErrorEvent[] = [];
        page.addEventListener('tip-error', (event) => events.push(event));
        const { render } = await import('lit');
        render(provider, page);
        const widgets = widgetsIn(page);
        await waitFor(() => widgets.every((w) => w.shadowRoot && part(w, 'error')), 'the widgets never showed an error');
        await Promise.all(widgets.map((w) => w.updateComplete));
        return { widgets, events, warnings: console.warn, errors: console.error };
      } finally {
        console.restore();
      }
    }

    const twoWidgets = html`<tip-stat-card stat="survivors-housed"></tip-stat-card><recommendation-list></recommendation-list>`;

    /** Each widget shows the message in place of its content and fires tip-error; the provider logs it once. */
    async function expectReported(provider: ReturnType<typeof html>, message: RegExp) {
      const { widgets, events, warnings, errors } = await failing(provider);
      for (const widget of widgets) {
        const shown = part(widget, 'error')!;
        expect(shown.getAttribute('role')).to.equal('status');
        expect(shown.textContent!.replace(/\s+/g, ' ')).to.match(message);
        expect(part(widget, 'placeholder')).to.be.null;
        await expect(widget).to.be.accessible();
      }
      expect(events.map((event) => event.target)).to.have.members(widgets);
      for (const event of events) expect(event.detail.message).to.match(message);
      expect(warnings.filter((w) => w.startsWith('<tip-dataset>'))).to.have.length(1);
      expect(warnings).to.have.length(widgets.length + 1);
      expect(errors).to.deep.equal([]);
      return { warnings };
    }

    it('says so when the server answers with an HTTP error', async () => {
      await expectReported(
        html`<tip-dataset src="/test/fixtures/no-such-file.json">${twoWidgets}</tip-dataset>`,
        /the dataset at "\/test\/fixtures\/no-such-file.json" could not be loaded: the server answered 404/,
      );
    });

    it('says so when the file is not JSON', async () => {
      await expectReported(
        html`<tip-dataset src="/test/fixtures/not-a-dataset.html">${twoWidgets}</tip-dataset>`,
        /the file at "\/test\/fixtures\/not-a-dataset.html" is not JSON \(the server sent text\/html\)/,
      );
    });

    it('says so when the connection drops without an answer', async () => {
      await expectReported(
        html`<tip-dataset src="/reset/test/fixtures/small-dataset.json">${twoWidgets}</tip-dataset>`,
        /the dataset at "\/reset\/test\/fixtures\/small-dataset.json" could not be fetched: the network failed, or its server does not allow this page to read it \(CORS\)/,
      );
    });

    it('says so when the server refuses the connection', async () => {
      const url = (await executeServerCommand<string, undefined>('refusing-url'))!;
      await expectReported(html`<tip-dataset src=${url}>${twoWidgets}</tip-dataset>`, /could not be fetched: the network failed/);
    });

    it('says so when the file does not arrive within the timeout', async () => {
      // A file that never arrives (until released): only the timeout can end the load, however slow the machine.
      try {
        await expectReported(
          html`<tip-dataset src="/pending/test/fixtures/small-dataset.json?load=timeout" timeout="250">${twoWidgets}</tip-dataset>`,
          /the dataset at "\/pending\/test\/fixtures\/small-dataset.json\?load=timeout" did not load within 250 ms \(its timeout\)/,
        );
      } finally {
        await fetch('/pending-release');
      }
    });

    it('says so when the timeout or the src is malformed', async () => {
      await expectReported(html`<tip-dataset src=${SMALL} timeout="soon">${twoWidgets}</tip-dataset>`, /the timeout "soon" is not a number of milliseconds/);
      await expectReported(html`<tip-dataset src="http://[::1">${twoWidgets}</tip-dataset>`, /src "http:\/\/\[::1" is not a URL/);
    });

    it('names the first three problems of an invalid dataset, path and expected shape, and logs them all once', async () => {
      const { warnings } = await expectReported(
        html`<tip-dataset src="/test/fixtures/invalid-dataset.json">${twoWidgets}</tip-dataset>`,
        new RegExp(
          [
            'the dataset at "/test/fixtures/invalid-dataset.json" is not a tip-widgets dataset: ',
            'sources.0.url: expected an https: URL, got "javascript:alert\\(1\\)"; ',
            'agencies.0.kind: expected one of "department" \\| "office" .*, got "club"; ',
            'stats.0.value: expected a number, got "4242"; and 2 more \\(see the console\\)',
          ].join(''),
        ),
      );
      const report = warnings.find((w) => w.startsWith('<tip-dataset>'))!;
      expect(report.split('\n').slice(1)).to.deep.equal([
        '  - sources.0.url: expected an https: URL, got "javascript:alert(1)"',
        '  - agencies.0.kind: expected one of "department" | "office" | "program" | "council" | "intergovernmental" | "nongovernmental", got "club"',
        '  - stats.0.value: expected a number, got "4242"',
        '  - events.0.title: missing',
        '  - recommendations.0.date.iso: expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD, got "May 2024"',
      ]);
      expect(report).to.contain('(5 problems; see data/dataset.schema.json)');
    });

    it('checks a data object the same way, and the ids a widget looks up', async () => {
      const dangling = structuredClone(small);
      dangling.accomplishments[0].agency = 'harbour-coalition';
      dangling.stats[0].citations[0].source = 'no-such-source';
      await expectReported(
        html`<tip-dataset .data=${dangling}>${twoWidgets}</tip-dataset>`,
        /the dataset given as data is not a tip-widgets dataset: stats.0.citations.0.source: "no-such-source" is not an id in sources; accomplishments.0.agency: "harbour-coalition" is not an id in agencies/,
      );
    });

    it('checks a large dataset in slices, letting the page run between them, and names problems by the same paths', async () => {
      const large = structuredClone(small);
      large.events.push(...Array.from({ length: 2000 }, (_, i) => ({ ...small.events[0], id: `event-${i}` })));
      const provider = await fixture<TipDataset>(html`<tip-dataset>${twoWidgets}</tip-dataset>`);
      const widgets = widgetsIn(provider);
      let ranBetween = false;
      provider.data = large;
      setTimeout(() => (ranBetween = part(widgets[0], 'placeholder') !== null));
      await provider.updateComplete;
      await loaded(widgets);
      expect(ranBetween, 'a task ran while the widgets waited for the check').to.be.true;
      expect(statValue(widgets[0])).to.equal('4,242');

      const broken = structuredClone(large);
      delete (broken.events[1500] as { title?: string }).title;
      provider.data = broken;
      await waitFor(() => part(widgets[0], 'error'), 'the widget shows the problem');
      expect(part(widgets[0], 'error')!.textContent).to.contain('events.1500.title: missing');
    });

    it('recovers when given a valid dataset', async () => {
      const { widgets } = await failing(html`<tip-dataset src="/test/fixtures/invalid-dataset.json">${twoWidgets}</tip-dataset>`);
      widgets[0].closest<TipDataset>('tip-dataset')!.src = SMALL;
      await waitFor(() => statValue(widgets[0]) === '4,242');
      expect(part(widgets[0], 'error')).to.be.null;
    });
  });
});
