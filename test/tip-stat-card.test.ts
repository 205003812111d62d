import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/tip-stat-card.ts';
import type { TipStatCard } from '../src/tip-stat-card.ts';
import { bundledDataset } from '../src/data/dataset.ts';
import { archivedUrl, quoteUrl } from '../src/shared/formatting/source-links.ts';
import {
  collapsedText,
  countCalls,
  fixtureWithError,
  HOSTILE_CSS,
  part,
  shownText,
  texts,
  itReportsBadInput,
  type BadInputCase,
  waitFor,
} from './support/widget-fixture.ts';

const card = (template: ReturnType<typeof html>) => fixture<TipStatCard>(template);

describe('<tip-stat-card>', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }));

  it('shows a figure as the document states it, what it counts, who said it and when', async () => {
    const el = await card(html`<tip-stat-card stat="defendants-charged"></tip-stat-card>`);
    expect(part(el, 'value')!.textContent!.trim()).to.equal('nearly 120');
    expect(part(el, 'label')!.textContent).to.contain('defendants charged in human trafficking cases');
    expect(part(el, 'attribution')!.textContent).to.equal('Eric Holder, Attorney General\u00a0· March 15, 2012', 'the dot kept with the name before it');
    expect(part(el, 'source-line')!.textContent, 'its date never wraps').to.contain('CNN, March\u00a015,\u00a02012');
  });

  it('writes large figures, money and percentages the way the documents do', async () => {
    const values: Record<string, string> = {
      'victims-worldwide-2012': '27 million',
      'grant-countries': 'some 37',
      'trafficking-profits': 'an estimated $150 billion',
      'hotline-calls-increase': '40%',
      'hotline-calls': '16,000',
    };
    for (const [stat, expected] of Object.entries(values)) {
      const el = await card(html`<tip-stat-card stat=${stat}></tip-stat-card>`);
      expect(part(el, 'value')!.textContent!.replace(/[▲▼]/, '').trim(), stat).to.equal(expected);
    }
  });

  it('marks a change with its direction in words as well as an arrow', async () => {
    const el = await card(html`<tip-stat-card stat="hotline-calls-increase"></tip-stat-card>`);
    expect(el.shadowRoot!.querySelector('.direction')!.getAttribute('aria-hidden')).to.equal('true');
    expect(part(el, 'label')!.textContent).to.match(/^increase in calls/);
  });

  it('shortens figures with notation="compact"', async () => {
    const el = await card(html`<tip-stat-card stat="victims-worldwide-2012" notation="compact"></tip-stat-card>`);
    expect(part(el, 'value')!.textContent!.trim()).to.equal('27M');
    el.stat = 'trafficking-profits';
    await el.updateComplete;
    expect(part(el, 'value')!.textContent!.trim()).to.equal('an estimated $150B');
  });

  it('formats for the locale attribute, else the nearest lang in the page', async () => {
    const el = await card(html`<tip-stat-card stat="victims-worldwide-2012" locale="de-DE"></tip-stat-card>`);
    expect(part(el, 'value')!.textContent).to.contain('27 Millionen');
    const wrapper = await fixture(html`<div lang="fr"><tip-stat-card stat="hotline-calls"></tip-stat-card></div>`);
    const inner = wrapper.querySelector('tip-stat-card')!;
    await inner.updateComplete;
    expect(part(inner, 'value')!.textContent!.trim()).to.equal('16\u202f000');
    expect(part(inner, 'attribution')!.textContent).to.contain('15 mars 2012');
  });

  it('links each quote\'s words in its document and an archived copy, in a new tab with no referrer, says where a link is a republication, and keeps other wordings apart', async () => {
    const el = await card(html`<tip-stat-card stat="prosecutions-rise"></tip-stat-card>`);
    const stat = bundledDataset.stats.find((s) => s.id === 'prosecutions-rise')!;
    const [cnn, iip] = ['cnn-2012-03-15', 'iip-2012-03-16'].map((id) => bundledDataset.sources.find((s) => s.id === id)!);
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => [a.href, a.target, a.rel, a.referrerPolicy])).to.deep.equal(
      [
        quoteUrl(cnn.url!, stat.citations[0].quote),
        archivedUrl(cnn),
        quoteUrl(iip.url!, stat.wordings![0].quote),
        archivedUrl(iip),
      ].map((url) => [url, '_blank', 'noopener noreferrer', 'no-referrer']),
    );
    expect(links[0].href).to.equal(
      'https://thecnnfreedomproject.blogs.cnn.com/2012/03/15/human-trafficking-a-national-security-issue-obama-task-force-told/#:~:text=Holder%20said%20the%20programs%20are,and%20adult%20sex%20trafficking%20prosecutions',
    );
    expect(links[1].href).to.equal(`https://web.archive.org/web/20120315/${cnn.url}`);
    expect(links.map((a) => a.textContent!.trim().replaceAll('\u00a0', ' ')).filter((_, i) => i % 2)).to.deep.equal(['archived copy (may differ)', 'archived copy (may differ)']);
    expect(links[2].parentElement!.textContent).to.contain('(a republication)');
    // CNN's words are the stat's; IIP's, another wording of the same figure, follow them, said to be worded differently.
    expect(part(el, 'label')!.textContent).to.contain('rise in forced labor and adult sex trafficking prosecutions');
    expect(texts(el, 'wording')).to.deep.equal(['Worded differently in another source:']);
    expect(texts(el, 'quote')[1]).to.contain('Prosecutions of human traffickers increased 30 percent over the past three years');
    expect(collapsedText(part(el, 'source-line')!)).to.contain('CNN, March 15, 2012; IIP, March 16, 2012');
  });

  it('says where a publisher is read from the web address, not the page', async () => {
    const el = await card(html`<tip-stat-card stat="trafficking-profits"></tip-stat-card>`);
    expect(collapsedText(part(el, 'source-line')!)).to.contain('The Crime Report [per its web address], 2021 or later');
  });

  it('opens the verbatim quote from the source line, by keyboard', async () => {
    const el = await card(html`<tip-stat-card stat="defendants-charged"></tip-stat-card>`);
    const details = part(el, 'sources') as HTMLDetailsElement;
    expect(details.open).to.be.false;
    part(el, 'source-line')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.be.true;
    expect(part(el, 'quote')!.textContent).to.contain('we charged nearly 120 defendants');
    expect(shownText(el, '.cite')).to.contain('Human trafficking \'a national security issue,\' Obama task force told');
  });

  describe('bad input', () => {
    const cases: BadInputCase[] = [
      ['an unknown id', html`<tip-stat-card stat="no-such-figure"></tip-stat-card>`, /no stat has the id "no-such-figure"/],
      ['no stat at all', html`<tip-stat-card></tip-stat-card>`, /no stat attribute/],
      ['a bad notation', html`<tip-stat-card stat="hotline-calls" notation="tiny"></tip-stat-card>`, /notation "tiny"/],
      ['a bad locale', html`<tip-stat-card stat="hotline-calls" locale="not a locale!"></tip-stat-card>`, /locale "not a locale!"/],
    ];
    itReportsBadInput(cases, 'card');

    it('recovers when the attribute is corrected', async () => {
      const { el } = await fixtureWithError<TipStatCard>(html`<tip-stat-card stat="nope"></tip-stat-card>`);
      el.stat = 'hotline-calls';
      await el.updateComplete;
      expect(part(el, 'error')).to.be.null;
      expect(part(el, 'value')!.textContent!.trim()).to.equal('16,000');
    });
  });

  describe('count-up animation', () => {
    it('brings the figure in whole: every frame shows the figure its source states, never one on the way to it', async () => {
      const el = await card(html`<tip-stat-card stat="defendants-charged" count-up></tip-stat-card>`);
      const value = part(el, 'value')!;
      const [animation] = value.getAnimations();
      expect(animation, 'the figure coming in').to.exist;
      const shown = new Set<string>();
      while (animation.playState === 'running') {
        shown.add(collapsedText(value));
        await new Promise(requestAnimationFrame);
      }
      expect(shown.size, 'frames seen').to.be.greaterThan(0);
      expect([...shown]).to.deep.equal(['nearly 120']);
    });

    it('resolves its view once, and only a changed attribute resolves it again', async () => {
      const el = document.createElement('tip-stat-card');
      const resolved = countCalls(el, 'resolve');
      el.setAttribute('stat', 'hotline-calls');
      el.setAttribute('count-up', '');
      document.body.append(el);
      try {
        await waitFor(() => part(el, 'value')?.getAnimations().length === 1, 'the figure never came in');
        expect(resolved.count).to.equal(1);
        el.notation = 'compact';
        await el.updateComplete;
        expect(resolved.count).to.equal(2);
        expect(part(el, 'value')!.textContent!.trim()).to.equal('16K');
      } finally {
        el.remove();
      }
    });

    it('does not move at all under prefers-reduced-motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await card(html`<tip-stat-card stat="hotline-calls" count-up></tip-stat-card>`);
      const value = part(el, 'value')!;
      expect(value.textContent!.trim()).to.equal('16,000');
      expect(value.getAnimations()).to.deep.equal([]);
    });
  });

  describe('themes and containers', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe-core in the ${theme} theme, with the quote open`, async () => {
        const el = await card(html`<tip-stat-card stat="prosecutions-rise" theme=${theme}></tip-stat-card>`);
        (part(el, 'sources') as HTMLDetailsElement).open = true;
        await expect(el).to.be.accessible();
      });
    }

    it('follows the reader’s colour scheme with theme="auto"', async () => {
      const el = await card(html`<tip-stat-card stat="hotline-calls"></tip-stat-card>`);
      const light = getComputedStyle(part(el, 'card')!).backgroundColor;
      await emulateMedia({ colorScheme: 'dark' });
      const dark = getComputedStyle(part(el, 'card')!).backgroundColor;
      expect(light).to.equal('rgb(255, 255, 255)');
      expect(dark).not.to.equal(light);
    });

    it('follows the page\'s own colour scheme with theme="auto", as a site\'s dark-mode switch sets it', async () => {
      const root = document.documentElement;
      const el = await card(html`<tip-stat-card stat="hotline-calls"></tip-stat-card>`);
      const background = () => getComputedStyle(part(el, 'card')!).backgroundColor;
      expect(background()).to.equal('rgb(255, 255, 255)');
      try {
        root.style.colorScheme = 'dark';
        await waitFor(() => background() === 'rgb(21, 25, 30)', 'the card turns dark with the page');
        root.style.colorScheme = 'light dark'; // Left to the reader again, who prefers light.
        await waitFor(() => background() === 'rgb(255, 255, 255)', 'the card follows the reader again');
        root.style.colorScheme = 'dark';
        await waitFor(() => background() === 'rgb(21, 25, 30)', 'dark again');
        el.setAttribute('theme', 'light');
        await el.updateComplete;
        expect(background(), 'an explicit theme wins over the page').to.equal('rgb(255, 255, 255)');
      } finally {
        root.style.removeProperty('color-scheme');
      }
    });

    for (const width of [280, 1200]) {
      it(`fits a ${width}px container without overflowing`, async () => {
        const wrapper = await fixture(html`<div style="width:${width}px"><tip-stat-card stat="trafficking-profits"></tip-stat-card></div>`);
        const el = wrapper.querySelector('tip-stat-card')!;
        await el.updateComplete;
        const surface = part(el, 'card')!;
        expect(surface.getBoundingClientRect().width).to.be.at.most(width);
        expect(surface.scrollWidth).to.be.at.most(surface.clientWidth);
      });
    }

    it('keeps its colours and content under hostile host-page CSS', async () => {
      const style = document.createElement('style');
      style.textContent = HOSTILE_CSS;
      document.head.append(style);
      try {
        const el = await card(html`<tip-stat-card stat="defendants-charged"></tip-stat-card>`);
        (part(el, 'sources') as HTMLDetailsElement).open = true;
        expect(getComputedStyle(part(el, 'value')!).color).not.to.equal('rgb(255, 0, 0)');
        expect(getComputedStyle(part(el, 'card')!).backgroundColor).to.equal('rgb(255, 255, 255)');
        expect(part(el, 'quote')!.getBoundingClientRect().height).to.be.greaterThan(0);
      } finally {
        style.remove();
      }
    });
  });
});
