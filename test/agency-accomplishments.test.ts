import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/agency-accomplishments.ts';
import '../src/tip-dataset.ts';
import { bundledDataset } from '../src/data/dataset.ts';
import type { AgencyAccomplishments } from '../src/agency-accomplishments.ts';
import { collapsedText, fixtureWithError, HOSTILE_CSS, part, parts, shownText, texts, itReportsBadInput, type BadInputCase } from './support/widget-fixture.ts';

const widget = (template: ReturnType<typeof html>) => fixture<AgencyAccomplishments>(template);
const tabs = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const visiblePanels = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tabpanel"]')].filter((p) => p.offsetHeight > 0);
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const openAllSources = (el: Element) => parts(el, 'sources').forEach((d) => ((d as HTMLDetailsElement).open = true));

/** A widget inside a container of the given width. */
async function inContainer(width: number, template: ReturnType<typeof html>) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = wrapper.querySelector('agency-accomplishments')!;
  await el.updateComplete;
  return el;
}

describe('<agency-accomplishments>', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }));

  describe('grid (the default)', () => {
    it('shows a card for every agency that reported something, in dataset order, names with acronyms', async () => {
      const el = await widget(html`<agency-accomplishments></agency-accomplishments>`);
      const names = texts(el, 'agency-name');
      expect(names.slice(0, 6)).to.deep.equal([
        'U.S. Department of Justice (DOJ)',
        'U.S. Department of Labor (DOL)',
        'U.S. Department of Health and Human Services (HHS)',
        'U.S. Department of Homeland Security (DHS)',
        'U.S. Department of Transportation (DOT)',
        'U.S. Department of State',
      ]);
      expect(names).to.include('Office of Management and Budget (OMB)');
      expect(names).to.include('The White House');
      expect(parts(el, 'agency')).to.have.length(names.length);
      expect(el.shadowRoot!.querySelectorAll('h3')).to.have.length(names.length);
    });

    it('shows what each agency reported, who reported it, at which meeting and when', async () => {
      const el = await widget(html`<agency-accomplishments></agency-accomplishments>`);
      const dhs = parts(el, 'agency')[3];
      expect(dhs.querySelector('[part="summary"]')!.textContent).to.contain('The “Blue Campaign”, designed to help train law enforcement');
      expect(dhs.querySelector('[part="reporter"]')!.textContent!.trim()).to.equal('Reported by Janet Napolitano, Secretary of Homeland Security');

      const doj = parts(el, 'agency')[0];
      const first = doj.querySelector('[part="accomplishment"]')!;
      expect(first.querySelector('[part="reporter"]')!.textContent!.trim()).to.equal('Reported by Eric Holder, Attorney General');
      const meeting = first.querySelector('[part="meeting"]')!;
      expect(meeting.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Task force annual meeting, 2012 · March 15, 2012');
      expect(meeting.querySelector('time')!.getAttribute('datetime')).to.equal('2012-03-15');
      expect(doj.querySelectorAll('[part="accomplishment"]')).to.have.length(3);
    });

    it('shows the figures an accomplishment cites, as the documents state them', async () => {
      const el = await widget(html`<agency-accomplishments></agency-accomplishments>`);
      const [doj, , hhs] = parts(el, 'agency');
      const dojStats = [...doj.querySelectorAll('[part="stat"]')].map(collapsedText);
      expect(dojStats[0]).to.equal('nearly 120 defendants charged in human trafficking cases, a record number (the past year)');
      expect(dojStats[1]).to.match(/^more than 30% rise in forced labor/);
      const value = doj.querySelector<HTMLDataElement>('[part="stat-value"]')!;
      expect(value.localName).to.equal('data');
      expect(value.value).to.equal('120');
      expect([...hhs.querySelectorAll('[part="stat-value"]')].map(collapsedText)).to.deep.equal(['40%', '16,000', '800']);
      expect(hhs.querySelector('[part="stats"]')!.localName).to.equal('ul');
    });

    it('shows the department an office belongs to under its name', async () => {
      // The bundled data places no office under a department (no quote does): a dataset that does.
      const data = structuredClone(bundledDataset);
      data.agencies.find((a) => a.id === 'office-civilian-security')!.parent = 'state';
      const provider = await fixture(html`<tip-dataset .data=${data}><agency-accomplishments agency="office-civilian-security"></agency-accomplishments></tip-dataset>`);
      const el = provider.firstElementChild as AgencyAccomplishments;
      await el.updateComplete;
      expect(part(el, 'agency-name')!.textContent).to.equal('Office of Civilian Security, Democracy and Human Rights');
      expect(part(el, 'agency-parent')!.textContent).to.equal('U.S. Department of State');
      expect(part(el, 'agency-name')!.parentElement!.localName).to.equal('hgroup');
      expect(shownText(el)).to.contain('Slavery Footprint');
      expect(part(el, 'stat')!.textContent!.replace(/\s+/g, ' ')).to.contain('3 million people who have logged on');
    });

    it('groups by the agency that reported, and shows who carried it out where the data says', async () => {
      const bundled = await widget(html`<agency-accomplishments agency="state"></agency-accomplishments>`);
      // Kerry (State) reported the executive order; Otero's office, with no department a quote names, reported Slavery Footprint.
      expect(shownText(bundled)).to.contain('a critical executive order');
      expect(shownText(bundled)).not.to.contain('Slavery Footprint');
      expect(part(bundled, 'owner')).to.equal(null);
      const data = structuredClone(bundledDataset);
      data.accomplishments.find((a) => a.id === 'executive-order-federal-contracts')!.owner = 'white-house';
      const provider = await fixture(html`<tip-dataset .data=${data}><agency-accomplishments agency="state" meeting="annual-meeting-2016"></agency-accomplishments></tip-dataset>`);
      const el = provider.firstElementChild as AgencyAccomplishments;
      await el.updateComplete;
      const owners = parts(el, 'owner');
      expect(owners.map(collapsedText)).to.deep.equal(['Carried out by The White House']);
      expect(owners[0].closest('[part="accomplishment"]')!.textContent).to.contain('executive order');
    });

    it('opens each accomplishment’s verbatim quotes from its source line, by keyboard', async () => {
      const el = await widget(html`<agency-accomplishments agency="justice"></agency-accomplishments>`);
      const details = part(el, 'sources') as HTMLDetailsElement;
      expect(collapsedText(part(el, 'source-line')!)).to.contain('CNN, March 15, 2012');
      part(el, 'source-line')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.be.true;
      expect(part(el, 'quote')!.textContent).to.contain('we charged nearly 120 defendants');
      expect(parts(el, 'sources')).to.have.length(3);
    });

    it('uses the heading level the page asks for', async () => {
      const el = await widget(html`<agency-accomplishments heading-level="2" agency="hhs"></agency-accomplishments>`);
      expect(part(el, 'agency-name')!.localName).to.equal('h2');
    });

    it('formats dates and figures for the locale', async () => {
      const el = await widget(html`<agency-accomplishments agency="hhs" locale="fr"></agency-accomplishments>`);
      expect(part(el, 'meeting')!.textContent).to.contain('15 mars 2012');
      expect(parts(el, 'stat-value')[1].textContent).to.equal('16\u202f000');
    });
  });

  describe('filters', () => {
    for (const agency of ['hhs', 'HHS', 'Hhs']) {
      it(`shows one agency by id or acronym in any case: agency="${agency}"`, async () => {
        const el = await widget(html`<agency-accomplishments agency=${agency}></agency-accomplishments>`);
        expect(texts(el, 'agency-name')).to.deep.equal(['U.S. Department of Health and Human Services (HHS)']);
        expect(shownText(el)).to.contain('16,000 calls to the HHS trafficking hotline');
      });
    }

    it('finds an agency by acronym where its id differs: agency="doj"', async () => {
      const el = await widget(html`<agency-accomplishments agency="doj"></agency-accomplishments>`);
      expect(texts(el, 'agency-name')).to.deep.equal(['U.S. Department of Justice (DOJ)']);
      expect(shownText(el)).to.contain('Eric Holder');
      const byId = await widget(html`<agency-accomplishments agency="homeland-security"></agency-accomplishments>`);
      expect(texts(byId, 'agency-name')).to.deep.equal(['U.S. Department of Homeland Security (DHS)']);
    });

    it('shows only what was reported at one meeting', async () => {
      const el = await widget(html`<agency-accomplishments meeting="annual-meeting-2016"></agency-accomplishments>`);
      // Kerry reported all four, the executive order too: State is who reported it.
      expect(texts(el, 'agency-name')).to.deep.equal(['U.S. Department of State']);
      expect(parts(el, 'accomplishment')).to.have.length(4);
      const text = shownText(el);
      expect(text).to.contain('executive order to ensure that no federal contract contributes to human trafficking');
      expect(text).to.contain('Our Ocean conference');
      expect(text).not.to.contain('Holder');
      expect(text).not.to.contain('Hillary Clinton');
      for (const reporter of texts(el, 'reporter')) expect(reporter).to.equal('Reported by John Kerry, Secretary of State');
      for (const meeting of texts(el, 'meeting')) expect(meeting).to.equal('Task force annual meeting, 2016 · October 24, 2016');
    });

    it('combines agency and meeting', async () => {
      const el = await widget(html`<agency-accomplishments agency="STATE" meeting="annual-meeting-2012"></agency-accomplishments>`);
      expect(texts(el, 'agency-name')).to.deep.equal(['U.S. Department of State']);
      expect(parts(el, 'accomplishment')).to.have.length(3);
      expect(shownText(el)).to.contain('nearly 140 countries that have enacted modern anti-trafficking laws');
      expect(shownText(el)).not.to.contain('Our Ocean');
    });
  });

  describe('bad input', () => {
    const cases: BadInputCase[] = [
      ['an unknown agency', html`<agency-accomplishments agency="xyz"></agency-accomplishments>`, /no agency has the id or acronym "xyz"/],
      ['an unknown meeting', html`<agency-accomplishments meeting="annual-meeting-1999"></agency-accomplishments>`, /no meeting has the id "annual-meeting-1999"/],
      ['an event that is not a meeting', html`<agency-accomplishments meeting="tip-report-2016"></agency-accomplishments>`, /event "tip-report-2016" is a report, not a meeting/],
      ['a bad layout', html`<agency-accomplishments layout="carousel"></agency-accomplishments>`, /layout "carousel" is not grid or tabs/],
      ['an agency with nothing at that meeting', html`<agency-accomplishments agency="doj" meeting="annual-meeting-2016"></agency-accomplishments>`, /agency "doj" reported nothing at meeting "annual-meeting-2016"/],
      ['an agency with no accomplishments', html`<agency-accomplishments agency="defense"></agency-accomplishments>`, /agency "defense" has no accomplishments/],
      ['a bad heading level', html`<agency-accomplishments heading-level="7"></agency-accomplishments>`, /heading-level "7"/],
    ];
    itReportsBadInput(cases, 'agency');

    it('recovers when the attribute is corrected', async () => {
      const { el } = await fixtureWithError<AgencyAccomplishments>(html`<agency-accomplishments agency="nope"></agency-accomplishments>`);
      el.agency = 'dhs';
      await el.updateComplete;
      expect(part(el, 'error')).to.be.null;
      expect(shownText(el)).to.contain('Blue Campaign');
    });
  });

  describe('tabs', () => {
    const tabbed = () => widget(html`<agency-accomplishments layout="tabs"></agency-accomplishments>`);

    it('follows the WAI-ARIA tabs pattern: tablist, tabs, panels and their wiring', async () => {
      const el = await tabbed();
      const tablist = part(el, 'tablist')!;
      expect(tablist.getAttribute('role')).to.equal('tablist');
      expect(tablist.getAttribute('aria-label')).to.equal('Agencies');
      const all = tabs(el);
      expect(all.length).to.equal(parts(el, 'tabpanel').length);
      expect(all.length).to.be.greaterThan(5);
      expect(all.map(collapsedText).slice(0, 6)).to.deep.equal(['DOJ', 'DOL', 'HHS', 'DHS', 'DOT', 'U.S. Department of State']);
      for (const [i, tab] of all.entries()) {
        expect(tab.localName).to.equal('button');
        expect(tab.getAttribute('part')).to.equal('tab');
        expect(tab.getAttribute('aria-selected')).to.equal(i === 0 ? 'true' : 'false');
        expect(tab.tabIndex).to.equal(i === 0 ? 0 : -1);
        const panel = el.shadowRoot!.getElementById(tab.getAttribute('aria-controls')!)!;
        expect(panel.getAttribute('role')).to.equal('tabpanel');
        expect(panel.getAttribute('aria-labelledby')).to.equal(tab.id);
        expect(panel.getAttribute('tabindex')).to.equal('0');
        expect(panel.hidden).to.equal(i !== 0);
      }
      const [shown] = visiblePanels(el);
      expect(visiblePanels(el)).to.have.length(1);
      expect(shown.querySelector('[part="agency-name"]')!.textContent).to.equal('U.S. Department of Justice (DOJ)');
      expect(shown.innerText).to.contain('nearly 120');
    });

    it('moves focus and selection with ArrowRight, ArrowLeft (wrapping), Home and End', async () => {
      const el = await tabbed();
      const all = tabs(el);
      const shownName = () => visiblePanels(el)[0].querySelector('[part="agency-name"]')!.textContent;
      const expectSelected = (index: number) => {
        expect(focused(el)).to.equal(all[index]);
        expect(all.filter((t) => t.getAttribute('aria-selected') === 'true')).to.deep.equal([all[index]]);
        expect(all.filter((t) => t.tabIndex === 0)).to.deep.equal([all[index]]);
        expect(visiblePanels(el)).to.have.length(1);
        expect(visiblePanels(el)[0].id).to.equal(all[index].getAttribute('aria-controls'));
      };
      all[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      expectSelected(1);
      expect(shownName()).to.equal('U.S. Department of Labor (DOL)');
      expect(visiblePanels(el)[0].innerText).to.contain('Hilda Solis');
      await sendKeys({ press: 'ArrowLeft' });
      expectSelected(0);
      await sendKeys({ press: 'ArrowLeft' });
      expectSelected(all.length - 1);
      await sendKeys({ press: 'ArrowRight' });
      expectSelected(0);
      await sendKeys({ press: 'End' });
      expectSelected(all.length - 1);
      await sendKeys({ press: 'Home' });
      expectSelected(0);
      expect(shownName()).to.equal('U.S. Department of Justice (DOJ)');
    });

    it('selects a tab on click and shows its panel', async () => {
      const el = await tabbed();
      const hhs = tabs(el).find((t) => t.textContent!.trim() === 'HHS')!;
      hhs.click();
      await el.updateComplete;
      expect(hhs.getAttribute('aria-selected')).to.equal('true');
      expect(visiblePanels(el)[0].innerText).to.contain('16,000');
    });

    it('moves with Tab from the selected tab into its panel', async () => {
      const el = await tabbed();
      tabs(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Tab' });
      const panel = focused(el)!;
      expect(panel.getAttribute('role')).to.equal('tabpanel');
      expect(panel.getAttribute('aria-labelledby')).to.equal(tabs(el)[2].id);
      expect(panel.innerText).to.contain('Kathleen Sebelius');
    });

    it('leaves the host page’s own arrow-key handling alone', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="outside">Outside</button>
        <agency-accomplishments layout="tabs"></agency-accomplishments>
      </div>`);
      const el = wrapper.querySelector('agency-accomplishments')!;
      await el.updateComplete;
      const seen: string[] = [];
      const listener = (event: KeyboardEvent) => seen.push(`${event.key}${event.defaultPrevented ? ' (prevented)' : ''}`);
      document.addEventListener('keydown', listener);
      try {
        wrapper.querySelector<HTMLButtonElement>('#outside')!.focus();
        await sendKeys({ press: 'ArrowRight' });
        await sendKeys({ press: 'ArrowLeft' });
        await sendKeys({ press: 'Home' });
        expect(seen).to.deep.equal(['ArrowRight', 'ArrowLeft', 'Home']);
        expect(tabs(el)[0].getAttribute('aria-selected')).to.equal('true');
        expect(document.activeElement!.id).to.equal('outside');
      } finally {
        document.removeEventListener('keydown', listener);
      }
    });

    it('marks the selected tab by weight and an underline, not by colour alone', async () => {
      const el = await tabbed();
      const [selected, other] = tabs(el).map((t) => getComputedStyle(t));
      expect(Number(selected.fontWeight)).to.be.at.least(700);
      expect(Number(other.fontWeight)).to.be.at.most(400);
      expect(selected.borderBottomWidth).to.equal('3px');
      expect(selected.borderBottomColor).to.equal('rgb(155, 28, 63)');
      expect(other.borderBottomColor).to.equal('rgba(0, 0, 0, 0)');
    });

    it('takes its underline colour from --tip-accomplishments-tab-indicator-color', async () => {
      const el = await widget(html`<agency-accomplishments layout="tabs" style="--tip-accomplishments-tab-indicator-color: rgb(0, 90, 0)"></agency-accomplishments>`);
      expect(getComputedStyle(tabs(el)[0]).borderBottomColor).to.equal('rgb(0, 90, 0)');
    });

    it('filters in tabs too: one tab per agency that reported at the meeting', async () => {
      const el = await widget(html`<agency-accomplishments layout="tabs" meeting="annual-meeting-2012"></agency-accomplishments>`);
      expect(tabs(el).map(collapsedText)).to.deep.equal([
        'DOJ',
        'DOL',
        'HHS',
        'DHS',
        'DOT',
        'U.S. Department of State',
        'Office of Civilian Security, Democracy and Human Rights',
        'OMB',
        'National Security Staff',
      ]);
      tabs(el)[0].focus();
      await sendKeys({ press: 'End' });
      expect(visiblePanels(el)[0].innerText).to.contain('McDonough');
    });
  });

  describe('themes, motion and containers', () => {
    for (const layout of ['grid', 'tabs'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        it(`passes axe-core as ${layout} in the ${theme} theme, with the quotes open`, async () => {
          const el = await widget(html`<agency-accomplishments layout=${layout} theme=${theme}></agency-accomplishments>`);
          openAllSources(el);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('draws its dark surface with theme="dark" and follows the reader with theme="auto"', async () => {
      const dark = await widget(html`<agency-accomplishments theme="dark" agency="dhs"></agency-accomplishments>`);
      expect(getComputedStyle(part(dark, 'base')!).backgroundColor).to.equal('rgb(21, 25, 30)');
      expect(getComputedStyle(part(dark, 'summary')!).color).to.equal('rgb(238, 241, 244)');
      const auto = await widget(html`<agency-accomplishments agency="dhs"></agency-accomplishments>`);
      expect(getComputedStyle(part(auto, 'base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      await emulateMedia({ colorScheme: 'dark' });
      expect(getComputedStyle(part(auto, 'base')!).backgroundColor).to.equal('rgb(21, 25, 30)');
    });

    it('does not move under prefers-reduced-motion', async () => {
      const el = await widget(html`<agency-accomplishments layout="tabs"></agency-accomplishments>`);
      const summary = visiblePanels(el)[0].querySelector('[part="source-line"]')!;
      expect(getComputedStyle(summary, '::before').transitionDuration).not.to.equal('0s');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(summary, '::before').transitionDuration).to.equal('0s');
      for (const tab of tabs(el)) expect(getComputedStyle(tab).transitionDuration).to.equal('0s');
      expect(getComputedStyle(part(el, 'tablist')!).scrollBehavior).to.equal('auto');
    });

    it('is one column of cards in a 280px container, without overflowing', async () => {
      const el = await inContainer(280, html`<agency-accomplishments></agency-accomplishments>`);
      openAllSources(el);
      const base = part(el, 'base')!;
      expect(base.getBoundingClientRect().width).to.be.at.most(280);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      const lefts = new Set(parts(el, 'agency').map((card) => Math.round(card.getBoundingClientRect().left)));
      expect(lefts.size).to.equal(1);
      for (const card of parts(el, 'agency')) expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    });

    it('lays the cards out in several columns in a 1200px container', async () => {
      const el = await inContainer(1200, html`<agency-accomplishments></agency-accomplishments>`);
      const base = part(el, 'base')!;
      expect(base.getBoundingClientRect().width).to.equal(1200);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      const lefts = new Set(parts(el, 'agency').map((card) => Math.round(card.getBoundingClientRect().left)));
      expect(lefts.size).to.be.at.least(3);
    });

    it('honours --tip-accomplishments-card-min-width', async () => {
      const el = await inContainer(1200, html`<agency-accomplishments style="--tip-accomplishments-card-min-width: 500px"></agency-accomplishments>`);
      const lefts = new Set(parts(el, 'agency').map((card) => Math.round(card.getBoundingClientRect().left)));
      expect(lefts.size).to.equal(2);
    });

    for (const width of [280, 1200]) {
      it(`keeps the tabs usable in a ${width}px container: they wrap, stay 24px high and fit`, async () => {
        const el = await inContainer(width, html`<agency-accomplishments layout="tabs"></agency-accomplishments>`);
        openAllSources(el);
        const base = part(el, 'base')!;
        const tablist = part(el, 'tablist')!;
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        expect(tablist.scrollWidth).to.be.at.most(tablist.clientWidth);
        const box = tablist.getBoundingClientRect();
        for (const tab of tabs(el)) {
          const rect = tab.getBoundingClientRect();
          expect(rect.height).to.be.at.least(24);
          expect(rect.width).to.be.at.least(24);
          expect(rect.left).to.be.at.least(box.left - 0.5);
          expect(rect.right).to.be.at.most(box.right + 0.5);
        }
        const panel = visiblePanels(el)[0];
        expect(panel.scrollWidth).to.be.at.most(panel.clientWidth);
        if (width === 280) expect(new Set(tabs(el).map((t) => Math.round(t.getBoundingClientRect().top))).size).to.be.greaterThan(1);
      });
    }

    it('keeps its colours and content under hostile host-page CSS', async () => {
      const style = document.createElement('style');
      style.textContent = HOSTILE_CSS;
      document.head.append(style);
      try {
        for (const layout of ['grid', 'tabs']) {
          const el = await widget(html`<agency-accomplishments layout=${layout} agency="doj"></agency-accomplishments>`);
          openAllSources(el);
          expect(getComputedStyle(part(el, 'summary')!).color).to.equal('rgb(27, 31, 36)');
          expect(getComputedStyle(part(el, 'stat-value')!).color).to.equal('rgb(155, 28, 63)');
          expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
          for (const item of parts(el, 'accomplishment')) expect(item.getBoundingClientRect().height).to.be.greaterThan(0);
          expect(part(el, 'quote')!.getBoundingClientRect().height).to.be.greaterThan(0);
          expect(getComputedStyle(part(el, 'summary')!).marginTop).to.equal('0px');
        }
      } finally {
        style.remove();
      }
    });
  });
});
