import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/task-force-timeline.ts';
import type { TaskForceTimeline } from '../src/task-force-timeline.ts';
import {
  collapsedText,
  countCalls,
  fixtureWithError,
  HOSTILE_CSS,
  part,
  parts,
  texts,
  itReportsBadInput,
  type BadInputCase,
  waitFor,
} from './support/widget-fixture.ts';

const timeline = (template: ReturnType<typeof html>) => fixture<TaskForceTimeline>(template);

/** A timeline inside a container of the given width. */
async function timelineIn(width: number, attributes = html``) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${attributes}</div>`);
  const el = wrapper.querySelector('task-force-timeline')!;
  await el.updateComplete;
  return el;
}

const item = (el: Element, id: string) => el.shadowRoot!.getElementById(id)!;
const toggleOf = (el: Element, id: string) => item(el, id).querySelector<HTMLButtonElement>('[part~="toggle"]')!;
const detailsOf = (el: Element, id: string) => item(el, id).querySelector<HTMLElement>('[part~="details"]')!;
const focusedTitle = (el: Element) => el.shadowRoot!.activeElement?.querySelector('[part~="title"]')?.textContent;
const isShown = (node: HTMLElement) => node.getClientRects().length > 0;
const fitsInside = (inner: Element, outer: Element) => {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  return a.left >= b.left - 1 && a.right <= b.right + 1;
};

async function openAll(el: TaskForceTimeline) {
  for (const toggle of parts(el, 'toggle')) toggle.click();
  await el.updateComplete;
  for (const sources of parts(el, 'sources')) (sources as HTMLDetailsElement).open = true;
}

const CHRONOLOGY = [
  'Trafficking Victims Protection Act of 2000',
  'Task force annual meeting, 2012',
  'President Obama’s statement on the task force meeting',
  '2016 Trafficking in Persons Report',
  'Our Ocean commitment on forced labor in fishing',
  'Task force annual meeting, 2016',
  'U.S. National Action Plan',
  'Council on Foreign Relations special report on human trafficking',
];

describe('<task-force-timeline>', () => {
  const startUrl = location.href;
  afterEach(async () => {
    history.replaceState(null, '', startUrl);
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  describe('the chronology', () => {
    it('lists the 8 events oldest first, each date at its real precision', async () => {
      const el = await timeline(html`<task-force-timeline></task-force-timeline>`);
      const list = part(el, 'list')!;
      expect(list.localName).to.equal('ol');
      expect(parts(el, 'event').every((event) => event.parentElement === list && event.localName === 'li')).to.be.true;
      expect(texts(el, 'title')).to.deep.equal(CHRONOLOGY);
      expect(texts(el, 'date')).to.deep.equal([
        '2000', 'March 15, 2012', 'March 15, 2012', '2016', '2016', 'October 24, 2016', 'October 2020', '2021 or later',
      ]);
      expect(parts(el, 'date').map((date) => date.querySelector('time')!.dateTime)).to.deep.equal([
        '2000', '2012-03-15', '2012-03-15', '2016', '2016', '2016-10-24', '2020-10', '2021',
      ]);
      expect(texts(el, 'kind')).to.deep.equal(['Law', 'Meeting', 'Statement', 'Report', 'Commitment', 'Meeting', 'Plan', 'Report']);
      expect(texts(el, 'summary')[0]).to.equal(
        'The federal law that authorized the President’s Interagency Task Force to coordinate federal efforts to combat human trafficking.',
      );
    });

    it('gives each event a heading holding its date and title, at heading-level', async () => {
      const el = await timeline(html`<task-force-timeline></task-force-timeline>`);
      const headings = [...el.shadowRoot!.querySelectorAll('h3')];
      expect(headings).to.have.length(8);
      // The chevron is decoration, hidden from assistive technology.
      expect(headings[1].querySelector('.chevron')!.getAttribute('aria-hidden')).to.equal('true');
      expect(headings[1].textContent!.replace('▸', '').replace(/\s+/g, ' ').trim()).to.equal('March 15, 2012, Task force annual meeting, 2012');
      el.headingLevel = 5;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('h3')).to.have.length(0);
      expect(el.shadowRoot!.querySelectorAll('h5')).to.have.length(8);
    });

    it('writes dates for the locale', async () => {
      const el = await timeline(html`<task-force-timeline locale="de-DE"></task-force-timeline>`);
      expect(texts(el, 'date')).to.include.members(['15. März 2012', 'Oktober 2020', '24. Oktober 2016']);
    });
  });

  describe('details', () => {
    it('opens and moves without resolving its view again; a changed filter resolves it', async () => {
      const el = await timeline(html`<task-force-timeline></task-force-timeline>`);
      const resolved = countCalls(el, 'resolve');
      toggleOf(el, 'annual-meeting-2012').click();
      await el.updateComplete;
      toggleOf(el, 'annual-meeting-2012').focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(resolved.count).to.equal(0);
      el.order = 'newest';
      await el.updateComplete;
      expect(resolved.count).to.equal(1);
    });

    it('opens an event’s people, with the chair marked, and its sources from its button', async () => {
      const el = await timeline(html`<task-force-timeline></task-force-timeline>`);
      const toggle = toggleOf(el, 'annual-meeting-2012');
      const details = detailsOf(el, 'annual-meeting-2012');
      expect(toggle.localName).to.equal('button');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)).to.equal(details);
      expect(isShown(details)).to.be.false;

      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(details)).to.be.true;
      const people = [...details.querySelectorAll('[part~="people"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(people).to.have.length(10);
      expect(people[0]).to.equal('Hillary Clinton, Secretary of State (chair)');
      expect(people).to.include('Eric Holder, Attorney General');
      expect(people.filter((person) => person.includes('(chair)'))).to.have.length(1);
      expect(collapsedText(details.querySelector('[part~="source-line"]')!)).to.contain('CNN, March 15, 2012');
      // The day is CNN's “Thursday” and IIP's “March 15”: the event says how it was derived.
      expect(details.querySelector('[part~="derivation"]')?.textContent).to.contain('March 15, 2012 was a Thursday');

      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(details)).to.be.false;
    });

    it('says how a date no document states was derived', async () => {
      const el = await timeline(html`<task-force-timeline></task-force-timeline>`);
      toggleOf(el, 'cfr-special-report').click();
      await el.updateComplete;
      const details = detailsOf(el, 'cfr-special-report');
      expect(details.querySelector('[part~="derivation"]')!.textContent).to.equal(
        'How this date was derived: The summary addresses President Joe Biden’s administration and calls the October 2020 plan the previous administration’s, so 2021 or later; the article prints no date.',
      );
      expect(details.textContent).to.contain('Jamille Bigio, Senior fellow');
      expect(details.textContent).not.to.contain('(chair)');
    });

    it('keeps a button target at least 24 by 24 pixels', async () => {
      const el = await timeline(html`<task-force-timeline></task-force-timeline>`);
      for (const toggle of parts(el, 'toggle')) {
        const { width, height } = toggle.getBoundingClientRect();
        expect(Math.min(width, height)).to.be.at.least(24);
      }
    });
  });

  describe('filters', () => {
    it('shows the years from and to, inclusive', async () => {
      const el = await timeline(html`<task-force-timeline from="2016" to="2016"></task-force-timeline>`);
      expect(texts(el, 'title')).to.deep.equal(CHRONOLOGY.slice(3, 6));
      el.removeAttribute('to');
      await el.updateComplete;
      expect(texts(el, 'title')).to.deep.equal(CHRONOLOGY.slice(3));
      el.removeAttribute('from');
      el.setAttribute('to', '2012');
      await el.updateComplete;
      expect(texts(el, 'date')).to.deep.equal(['2000', 'March 15, 2012', 'March 15, 2012']);
    });

    it('shows only the kinds asked for', async () => {
      const el = await timeline(html`<task-force-timeline kinds="meeting, Law"></task-force-timeline>`);
      expect(texts(el, 'title')).to.deep.equal([CHRONOLOGY[0], CHRONOLOGY[1], CHRONOLOGY[5]]);
      el.kinds = 'report,plan';
      await el.updateComplete;
      expect(texts(el, 'kind')).to.deep.equal(['Report', 'Plan', 'Report']);
    });

    it('puts the newest first with order="newest"', async () => {
      const el = await timeline(html`<task-force-timeline order="newest"></task-force-timeline>`);
      const dates = texts(el, 'date');
      expect(dates[0]).to.equal('2021 or later');
      expect(dates.at(-1)).to.equal('2000');
      expect(texts(el, 'title')).to.deep.equal([...CHRONOLOGY].reverse());
    });

    it('combines filters and order', async () => {
      const el = await timeline(html`<task-force-timeline from="2012" to="2020" kinds="meeting,plan" order="newest"></task-force-timeline>`);
      expect(texts(el, 'date')).to.deep.equal(['October 2020', 'October 24, 2016', 'March 15, 2012']);
    });
  });

  describe('bad input', () => {
    const cases: BadInputCase[] = [
      ['a from that is not a year', html`<task-force-timeline from="20x2"></task-force-timeline>`, /from "20x2" is not a year/],
      ['a to that is not a year', html`<task-force-timeline to="next year"></task-force-timeline>`, /to "next year" is not a year/],
      [
        'an unknown kind',
        html`<task-force-timeline kinds="meeting,speech"></task-force-timeline>`,
        /kind "speech" is not one of law, meeting, statement, report, plan, or commitment/,
      ],
      ['years with no events', html`<task-force-timeline from="2013" to="2014"></task-force-timeline>`, /no events between 2013 and 2014/],
      ['a kind with no events in the years', html`<task-force-timeline kinds="law" from="2010"></task-force-timeline>`, /no law events in or after 2010/],
      ['from after to', html`<task-force-timeline from="2020" to="2012"></task-force-timeline>`, /from 2020 is after to 2012/],
      ['a bad order', html`<task-force-timeline order="sideways"></task-force-timeline>`, /order "sideways" is not oldest or newest/],
      ['a bad heading level', html`<task-force-timeline heading-level="7"></task-force-timeline>`, /heading-level "7"/],
    ];
    itReportsBadInput(cases, 'list');

    it('recovers when the attribute is corrected', async () => {
      const { el } = await fixtureWithError<TaskForceTimeline>(html`<task-force-timeline from="2013" to="2014"></task-force-timeline>`);
      el.setAttribute('to', '2016');
      await el.updateComplete;
      expect(part(el, 'error')).to.be.null;
      expect(texts(el, 'date')).to.deep.equal(['2016', '2016', 'October 24, 2016']);
    });
  });

  describe('deep links', () => {
    it('opens, scrolls to and focuses the event the URL fragment names on first render', async () => {
      history.replaceState(null, '', '#cfr-special-report');
      const el = await timelineIn(1200, html`<task-force-timeline></task-force-timeline>`);
      const toggle = toggleOf(el, 'cfr-special-report');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(detailsOf(el, 'cfr-special-report'))).to.be.true;
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
      expect(toggle.tabIndex).to.equal(0);
      await waitFor(() => fitsInside(item(el, 'cfr-special-report'), part(el, 'list')!), 'the event scrolls into view');
      expect(part(el, 'list')!.scrollLeft).to.be.greaterThan(0);
    });

    it('follows a later change of the fragment', async () => {
      const el = await timelineIn(1200, html`<task-force-timeline></task-force-timeline>`);
      expect(parts(el, 'toggle').every((toggle) => toggle.getAttribute('aria-expanded') === 'false')).to.be.true;
      const changed = oneEvent(window, 'hashchange');
      location.hash = 'national-action-plan-2020';
      await changed;
      await el.updateComplete;
      const toggle = toggleOf(el, 'national-action-plan-2020');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
      await waitFor(() => fitsInside(item(el, 'national-action-plan-2020'), part(el, 'list')!), 'the event scrolls into view');
    });

    it('leaves a fragment that names no shown event alone', async () => {
      history.replaceState(null, '', '#annual-meeting-2012');
      const el = await timeline(html`<task-force-timeline from="2016"></task-force-timeline>`);
      expect(parts(el, 'toggle').every((toggle) => toggle.getAttribute('aria-expanded') === 'false')).to.be.true;
      expect(el.shadowRoot!.activeElement).to.be.null;
    });

    it('stops listening for fragment changes once removed', async () => {
      const el = await timeline(html`<task-force-timeline></task-force-timeline>`);
      el.remove();
      const changed = oneEvent(window, 'hashchange');
      location.hash = 'tvpa-2000';
      await changed;
      await el.updateComplete;
      expect(toggleOf(el, 'tvpa-2000').getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('keyboard', () => {
    it('moves focus through the events with the arrows, Home and End in a wide track', async () => {
      const el = await timelineIn(1200, html`<task-force-timeline></task-force-timeline>`);
      parts(el, 'toggle')[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedTitle(el)).to.equal(CHRONOLOGY[1]);
      await el.updateComplete;
      expect(parts(el, 'toggle').map((toggle) => toggle.tabIndex)).to.deep.equal([-1, 0, -1, -1, -1, -1, -1, -1]);

      await sendKeys({ press: 'End' });
      expect(focusedTitle(el)).to.equal(CHRONOLOGY[7]);
      await waitFor(() => fitsInside(parts(el, 'event')[7], part(el, 'list')!), 'the last event scrolls into view');

      await sendKeys({ press: 'Home' });
      expect(focusedTitle(el)).to.equal(CHRONOLOGY[0]);
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedTitle(el)).to.equal(CHRONOLOGY[7]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedTitle(el)).to.equal(CHRONOLOGY[0]);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedTitle(el)).to.equal(CHRONOLOGY[0]);
    });

    it('is one tab stop that remembers the last event focused', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1200px">
        <button id="before">Before</button><task-force-timeline hide-data></task-force-timeline><button id="after">After</button>
      </div>`);
      const el = wrapper.querySelector('task-force-timeline')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedTitle(el)).to.equal(CHRONOLOGY[0]);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.id).to.equal('after');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focusedTitle(el)).to.equal(CHRONOLOGY[2]);
    });

    it('swaps the horizontal arrows in right-to-left text', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1200px"><task-force-timeline dir="rtl"></task-force-timeline></div>`);
      const el = wrapper.querySelector('task-force-timeline')!;
      await el.updateComplete;
      parts(el, 'toggle')[0].focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedTitle(el)).to.equal(CHRONOLOGY[1]);
    });

    it('leaves arrows pressed elsewhere on the page to the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1200px">
        <input aria-label="Search" /><task-force-timeline></task-force-timeline>
      </div>`);
      const el = wrapper.querySelector('task-force-timeline')!;
      await el.updateComplete;
      const heard: Array<[string, boolean]> = [];
      const listener = (event: KeyboardEvent) => heard.push([event.key, event.defaultPrevented]);
      document.addEventListener('keydown', listener);
      try {
        wrapper.querySelector('input')!.focus();
        await sendKeys({ press: 'ArrowRight' });
        await sendKeys({ press: 'ArrowDown' });
        expect(heard).to.deep.equal([['ArrowRight', false], ['ArrowDown', false]]);
        expect(document.activeElement).to.equal(wrapper.querySelector('input'));
        expect(parts(el, 'toggle')[0].tabIndex).to.equal(0);

        // Arrows the timeline handles still reach the page's listeners, marked as handled.
        parts(el, 'toggle')[0].focus();
        await sendKeys({ press: 'ArrowRight' });
        expect(heard.at(-1)).to.deep.equal(['ArrowRight', true]);
      } finally {
        document.removeEventListener('keydown', listener);
      }
    });
  });

  describe('layout', () => {
    it('lays the events out as a horizontal scrolling track in a 1200px container', async () => {
      const el = await timelineIn(1200, html`<task-force-timeline></task-force-timeline>`);
      const list = part(el, 'list')!;
      const events = parts(el, 'event');
      expect(getComputedStyle(list).overflowX).to.equal('auto');
      expect(getComputedStyle(list).scrollSnapType).to.contain('x');
      expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
      const tops = events.map((event) => Math.round(event.getBoundingClientRect().top));
      expect(new Set(tops).size).to.equal(1);
      const lefts = events.map((event) => event.getBoundingClientRect().left);
      expect(lefts).to.deep.equal([...lefts].sort((a, b) => a - b));
      expect(events.map((event) => event.getBoundingClientRect().width)).to.deep.equal(Array(8).fill(256));
      const surface = part(el, 'timeline')!;
      expect(surface.getBoundingClientRect().width).to.be.at.most(1200);
      expect(surface.scrollWidth).to.be.at.most(surface.clientWidth);
    });

    for (const dir of ['ltr', 'rtl'] as const) {
      it(`shows that a wide track goes on, and moves it with its earlier and later buttons (${dir})`, async () => {
        // Moved at once: a smooth scroll's animation is the browser's, and headless Firefox sometimes never runs it.
        await emulateMedia({ reducedMotion: 'reduce' });
        const el = await timelineIn(1200, html`<task-force-timeline dir=${dir}></task-force-timeline>`);
        const list = part(el, 'list')!;
        const track = list.parentElement!;
        const [earlier, later] = parts(el, 'track-button') as HTMLButtonElement[];
        await waitFor(() => getComputedStyle(part(el, 'track-buttons')!).visibility === 'visible', 'the buttons never showed');
        // At the start: the far edge fades, only "later" moves.
        expect(track.classList.contains('more-after') && !track.classList.contains('more-before')).to.be.true;
        expect(getComputedStyle(track, '::after').content, 'a visible edge where it goes on').to.not.equal('none');
        expect([earlier.disabled, later.disabled]).to.deep.equal([true, false]);
        expect(earlier.getBoundingClientRect().width, 'a target of 24 px at least').to.be.at.least(24);
        later.click();
        // Towards the track's end: to the right left to right, to the left right to left.
        await waitFor(() => Math.abs(list.scrollLeft) > 100, 'the track never moved');
        expect(Math.sign(list.scrollLeft)).to.equal(dir === 'ltr' ? 1 : -1);
        await waitFor(() => !earlier.disabled, '"earlier" never became usable');
        expect(track.classList.contains('more-before')).to.be.true;
        // Not a tab stop, and hidden from assistive technology: the arrow keys already move through the events.
        expect(part(el, 'track-buttons')!.getAttribute('aria-hidden')).to.equal('true');
        expect(later.tabIndex).to.equal(-1);
      });
    }

    it('has no track buttons where the events stack (a narrow container)', async () => {
      const el = await timelineIn(360, html`<task-force-timeline></task-force-timeline>`);
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
      expect(part(el, 'track-buttons')!.getBoundingClientRect().height).to.equal(0);
    });

    it('takes its column width and marker colour from custom properties', async () => {
      const el = await timelineIn(
        1200,
        html`<task-force-timeline style="--tip-timeline-item-width: 20rem; --tip-timeline-marker-color: rgb(0, 90, 0)"></task-force-timeline>`,
      );
      expect(parts(el, 'event')[0].getBoundingClientRect().width).to.equal(320);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.marker')!).borderTopColor).to.equal('rgb(0, 90, 0)');
    });

    it('stacks the events vertically in a 280px container, without overflowing', async () => {
      const el = await timelineIn(280, html`<task-force-timeline></task-force-timeline>`);
      await openAll(el);
      const list = part(el, 'list')!;
      expect(getComputedStyle(list).overflowX).to.equal('visible');
      const events = parts(el, 'event');
      for (let i = 1; i < events.length; i++) {
        expect(events[i].getBoundingClientRect().top).to.be.at.least(events[i - 1].getBoundingClientRect().bottom);
      }
      const surface = part(el, 'timeline')!;
      expect(surface.getBoundingClientRect().width).to.be.at.most(280);
      expect(surface.scrollWidth).to.be.at.most(surface.clientWidth);
      expect(list.scrollWidth).to.be.at.most(list.clientWidth);

      parts(el, 'toggle')[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedTitle(el)).to.equal(CHRONOLOGY[1]);
    });
  });

  describe('motion', () => {
    const recordScrolls = () => {
      const calls: Array<ScrollIntoViewOptions | boolean | undefined> = [];
      const original = Element.prototype.scrollIntoView;
      Element.prototype.scrollIntoView = function (this: Element, options?: ScrollIntoViewOptions | boolean) {
        calls.push(options);
        original.call(this, options);
      };
      return { calls, restore: () => (Element.prototype.scrollIntoView = original) };
    };

    it('scrolls smoothly to the focused event when motion is fine', async () => {
      const el = await timelineIn(1200, html`<task-force-timeline></task-force-timeline>`);
      const scrolls = recordScrolls();
      try {
        parts(el, 'toggle')[0].focus();
        await sendKeys({ press: 'End' });
        expect(scrolls.calls).to.have.length(1);
        expect((scrolls.calls[0] as ScrollIntoViewOptions).behavior).to.equal('smooth');
      } finally {
        scrolls.restore();
      }
    });

    it('jumps without animation under prefers-reduced-motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await timelineIn(1200, html`<task-force-timeline></task-force-timeline>`);
      const scrolls = recordScrolls();
      try {
        parts(el, 'toggle')[0].focus();
        await sendKeys({ press: 'End' });
        expect((scrolls.calls[0] as ScrollIntoViewOptions).behavior).to.equal('auto');
        // No animation frames needed: the last event is in view at once.
        expect(fitsInside(parts(el, 'event')[7], part(el, 'list')!)).to.be.true;
        expect(getComputedStyle(el.shadowRoot!.querySelector('.chevron')!).transitionDuration).to.equal('0s');
      } finally {
        scrolls.restore();
      }
    });
  });

  describe('themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe-core in the ${theme} theme, with every event and source open`, async () => {
        const el = await timeline(html`<task-force-timeline theme=${theme}></task-force-timeline>`);
        await openAll(el);
        expect(parts(el, 'details').every(isShown)).to.be.true;
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe-core in a wide track too', async () => {
      const el = await timelineIn(1200, html`<task-force-timeline theme="dark"></task-force-timeline>`);
      await openAll(el);
      await expect(el).to.be.accessible();
    });

    it('follows the reader’s colour scheme with theme="auto"', async () => {
      const el = await timeline(html`<task-force-timeline></task-force-timeline>`);
      const light = getComputedStyle(part(el, 'timeline')!).backgroundColor;
      await emulateMedia({ colorScheme: 'dark' });
      const dark = getComputedStyle(part(el, 'timeline')!).backgroundColor;
      expect(light).to.equal('rgb(255, 255, 255)');
      expect(dark).to.equal('rgb(21, 25, 30)');
    });

    it('keeps its colours and content under hostile host-page CSS', async () => {
      const style = document.createElement('style');
      style.textContent = HOSTILE_CSS;
      document.head.append(style);
      try {
        const el = await timeline(html`<task-force-timeline></task-force-timeline>`);
        await openAll(el);
        expect(getComputedStyle(part(el, 'title')!).color).not.to.equal('rgb(255, 0, 0)');
        expect(getComputedStyle(part(el, 'timeline')!).backgroundColor).to.equal('rgb(255, 255, 255)');
        expect(parts(el, 'event').every(isShown)).to.be.true;
        expect(part(el, 'quote')!.getBoundingClientRect().height).to.be.greaterThan(0);
      } finally {
        style.remove();
      }
    });
  });
});
