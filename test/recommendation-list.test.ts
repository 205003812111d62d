import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/recommendation-list.ts';
import type { RecommendationList } from '../src/recommendation-list.ts';
import { paste, primeClipboard, shortcut, withClipboard } from './support/clipboard.ts';
import { fixtureWithError, HOSTILE_CSS, part, parts, texts, shownText, itReportsBadInput, type BadInputCase, waitFor } from './support/widget-fixture.ts';

const list = (template: ReturnType<typeof html>) => fixture<RecommendationList>(template);
const copyButtons = (el: Element) => parts(el, 'copy-button') as HTMLButtonElement[];

const FIRST_COPY =
  'Expand the U.S. National Action Plan announced by the previous administration in October 2020 to create a coordinated ' +
  'approach to preventing forced labor involving all government agencies — Council on Foreign Relations, recommendation ' +
  'reported in “Human Trafficking Poses ‘Strategic Threat’ to U.S. National Security: Report” (The Crime Report [per its web address], 2021 or later, ' +
  // The address opened at the recommendation's words: a text fragment, its `-` `,` and spaces percent-encoded.
  'https://thecrimereport.org/2021/06/16/human-trafficking-poses-strategic-threat-to-u-s-national-security-report/#:~:text=Expand%20the%20U.S.%20National%20Action,labor%20involving%20all%20government%20agencies)';
const LAST_COPY =
  'Strengthen cybercrime-fighting strategies to combat sex trafficking — Council on Foreign Relations, recommendation ' +
  'reported in “Human Trafficking Poses ‘Strategic Threat’ to U.S. National Security: Report” (The Crime Report [per its web address], 2021 or later, ' +
  'https://thecrimereport.org/2021/06/16/human-trafficking-poses-strategic-threat-to-u-s-national-security-report/#:~:text=Strengthen%20cybercrime%2Dfighting%20strategies%20to%20combat%20sex%20trafficking)';

describe('<recommendation-list>', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }));

  it('lists the report’s four recommendations, then its two further calls marked apart, with title, text, topic, who made them and when', async () => {
    const el = await list(html`<recommendation-list></recommendation-list>`);
    const items = parts(el, 'recommendation');
    expect(items).to.have.length(6);
    expect(items.every((item) => item.tagName === 'LI' && item.parentElement!.tagName === 'OL')).to.be.true;
    expect(texts(el, 'number')).to.deep.equal(['1.', '2.', '3.', '4.', '5.', '6.']);
    expect(texts(el, 'title')).to.deep.equal([
      'Expand the National Action Plan',
      'Enact immigration reform',
      'Make corporations answer for forced labor in supply chains',
      'Strengthen cybercrime-fighting strategies',
      'Lead on the global stage',
      'Enlist private, security and global development leaders',
    ]);
    expect(items.map((item) => item.querySelector('[part="placement"]')?.textContent ?? '')).to.deep.equal([
      '', '', '', '',
      'A further call, after the report’s list of recommendations',
      'A further call, after the report’s list of recommendations',
    ]);
    expect(parts(el, 'title').every((title) => title.tagName === 'H3')).to.be.true;
    const shown = texts(el, 'text');
    expect(shown[0]).to.match(/^Expand the U\.S\. National Action Plan announced by the previous administration in October 2020/);
    expect(shown[1]).to.contain('temporary work-visa system');
    expect(shown[2]).to.contain('their global supply chains');
    expect(shown[3]).to.equal('Strengthen cybercrime-fighting strategies to combat sex trafficking');
    expect(texts(el, 'topic')).to.deep.equal([
      'Topic: Forced labor', 'Topic: Migration', 'Topic: Supply chains', 'Topic: Cybercrime', 'Topic: Global leadership', 'Topic: Prevention and enforcement',
    ]);
    expect(texts(el, 'attribution')[0]).to.equal(
      'Council on Foreign Relations, by Jamille Bigio and Rachel B. Vogelstein · 2021 or later',
    );
    expect(texts(el, 'issuer')).to.deep.equal(Array(6).fill('Council on Foreign Relations'));
    expect(part(el, 'date')!.querySelector('time')!.getAttribute('datetime')).to.equal('2021');
    expect(texts(el, 'source-line')[0]).to.equal('Source: The Crime Report [per its web address], 2021 or later');
  });

  it('opens each recommendation’s verbatim quote from its source line, by keyboard', async () => {
    const el = await list(html`<recommendation-list></recommendation-list>`);
    const details = parts(el, 'sources')[1] as HTMLDetailsElement;
    expect(details.open).to.be.false;
    parts(el, 'source-line')[1].focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.be.true;
    expect(details.querySelector('[part="quote"]')!.textContent).to.contain('reform of the temporary work-visa system');
    expect(shownText(el, '[open] .cite')).to.contain('Human Trafficking Poses ‘Strategic Threat’ to U.S. National Security: Report');
  });

  it('uses the heading level the page asks for', async () => {
    const el = await list(html`<recommendation-list heading-level="2"></recommendation-list>`);
    expect(parts(el, 'title').map((title) => title.tagName)).to.deep.equal(Array(6).fill('H2'));
    el.headingLevel = 5;
    await el.updateComplete;
    expect(parts(el, 'title')[0].tagName).to.equal('H5');
  });

  it('writes authors and dates in the reader’s language', async () => {
    const el = await list(html`<recommendation-list locale="de-DE" topic="migration"></recommendation-list>`);
    expect(texts(el, 'authors')).to.deep.equal(['Jamille Bigio und Rachel B. Vogelstein']);
  });

  describe('filters', () => {
    it('shows only the recommendations citing a source', async () => {
      const el = await list(html`<recommendation-list source="tcr-2021-cfr-report"></recommendation-list>`);
      expect(parts(el, 'recommendation')).to.have.length(6);
    });

    it('shows only the recommendations on a topic', async () => {
      const el = await list(html`<recommendation-list topic="cybercrime"></recommendation-list>`);
      expect(texts(el, 'title')).to.deep.equal(['Strengthen cybercrime-fighting strategies']);
      expect(texts(el, 'topic')).to.deep.equal(['Topic: Cybercrime']);
      el.topic = 'supply-chains';
      await el.updateComplete;
      expect(texts(el, 'title')).to.deep.equal(['Make corporations answer for forced labor in supply chains']);
    });

    it('combines a source and a topic', async () => {
      const el = await list(html`<recommendation-list source="tcr-2021-cfr-report" topic="migration"></recommendation-list>`);
      expect(texts(el, 'title')).to.deep.equal(['Enact immigration reform']);
    });
  });

  describe('bad input', () => {
    const cases: BadInputCase[] = [
      ['an unknown source', html`<recommendation-list source="no-such-source"></recommendation-list>`, /no source has the id "no-such-source"/],
      [
        'a source with no recommendations',
        html`<recommendation-list source="cnn-2012-03-15"></recommendation-list>`,
        /no recommendation cites the source "cnn-2012-03-15"/,
      ],
      [
        'an unknown topic',
        html`<recommendation-list topic="piracy"></recommendation-list>`,
        /no recommendation has the topic "piracy" \(known topics: forced-labor, migration, supply-chains, cybercrime, global-leadership, and prevention-and-enforcement\)/,
      ],
      [
        'a source and topic that match nothing together',
        html`<recommendation-list source="iip-2012-03-16" topic="cybercrime"></recommendation-list>`,
        /no recommendation cites the source "iip-2012-03-16" and has the topic "cybercrime"/,
      ],
      ['a heading level out of range', html`<recommendation-list heading-level="7"></recommendation-list>`, /heading-level "7"/],
      ['a heading level that is no number', html`<recommendation-list heading-level="big"></recommendation-list>`, /heading-level is not a whole number from 2 to 6/],
    ];
    itReportsBadInput(cases, 'recommendation');

    it('recovers when the attribute is corrected', async () => {
      const { el } = await fixtureWithError<RecommendationList>(html`<recommendation-list topic="piracy"></recommendation-list>`);
      el.topic = 'forced-labor';
      await el.updateComplete;
      expect(part(el, 'error')).to.be.null;
      expect(texts(el, 'title')).to.deep.equal(['Expand the National Action Plan']);
    });
  });

  describe('copying', () => {
    it('gives each item a real Copy button of at least 24px, named for its recommendation', async () => {
      const el = await list(html`<recommendation-list></recommendation-list>`);
      const buttons = copyButtons(el);
      expect(buttons).to.have.length(6);
      expect(buttons[0].tagName).to.equal('BUTTON');
      expect(buttons[0].type).to.equal('button');
      // Seen: "Copy"; heard: "Copy" and the title, so the buttons are told apart.
      const seen = [...buttons[0].childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('');
      expect(seen.trim()).to.equal('Copy');
      expect(buttons[0].querySelector('.visually-hidden')!.getBoundingClientRect().width).to.be.at.most(1);
      // A button is named by its content (it has no aria-label to override it).
      expect(buttons.some((button) => button.hasAttribute('aria-label'))).to.be.false;
      expect(buttons[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Copy “Expand the National Action Plan”');
      expect(buttons[3].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Copy “Strengthen cybercrime-fighting strategies”');
      for (const button of buttons) {
        const { width, height } = button.getBoundingClientRect();
        expect(width).to.be.at.least(24);
        expect(height).to.be.at.least(24);
      }
      expect(parts(el, 'copy-status').every((status) => status.getAttribute('role') === 'status')).to.be.true;
    });

    it('copies the text with its citation on Enter, and confirms it next to the button', async () => {
      const el = await list(html`<recommendation-list></recommendation-list>`);
      await primeClipboard('nothing copied yet');
      const status = parts(el, 'copy-status')[0];
      expect(status.textContent!.trim()).to.equal('');
      copyButtons(el)[0].focus();
      await sendKeys({ press: 'Enter' });
      // Chromium grants clipboard writes to a real key press: the copy succeeds, no fallback shows.
      await waitFor(() => status.textContent!.includes('Copied'), 'no “Copied” confirmation');
      expect(status.innerText.trim()).to.equal('✓ Copied');
      expect(part(el, 'copy-fallback')).to.be.null;
      expect(await paste()).to.equal(FIRST_COPY);
    });

    it('copies on Space too, and clears the confirmation after a few seconds', async () => {
      const el = await list(html`<recommendation-list></recommendation-list>`);
      const status = parts(el, 'copy-status')[3];
      copyButtons(el)[3].focus();
      await sendKeys({ press: 'Space' });
      await waitFor(() => status.textContent!.includes('Copied'), 'no “Copied” confirmation');
      expect(parts(el, 'copy-status')[0].textContent!.trim()).to.equal('');
      expect(await paste()).to.equal(LAST_COPY);
      await waitFor(() => status.textContent!.trim() === '', 'the confirmation stayed');
    });

    it('where the clipboard refuses, shows the text selected to copy by hand, without execCommand', async () => {
      const el = await list(html`<recommendation-list></recommendation-list>`);
      const execCommand = document.execCommand;
      let execCalls = 0;
      document.execCommand = (...args) => (execCalls++, execCommand.apply(document, args));
      try {
        await withClipboard('refused', async () => {
          copyButtons(el)[0].focus();
          await sendKeys({ press: 'Enter' });
          await waitFor(() => part(el, 'copy-fallback'), 'no fallback shown');
        });
      } finally {
        document.execCommand = execCommand;
      }
      await el.updateComplete;
      const fallback = part(el, 'copy-fallback')!;
      const area = part(el, 'copy-text') as HTMLTextAreaElement;
      expect(fallback.innerText).to.contain('Press Ctrl+C (⌘C on Mac) to copy');
      expect(area.readOnly).to.be.true;
      expect(area.value).to.equal(FIRST_COPY);
      expect(el.shadowRoot!.activeElement).to.equal(area);
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, FIRST_COPY.length]);
      expect(area.labels![0].textContent).to.equal('Press Ctrl+C (⌘C on Mac) to copy');
      expect(parts(el, 'copy-status')[0].textContent!.trim()).to.equal('');
      expect(execCalls).to.equal(0);
      await expect(el).to.be.accessible();

      // The reader follows the instruction: the text reaches the clipboard and the copy is confirmed.
      await primeClipboard('nothing copied yet');
      area.focus();
      await shortcut('KeyC');
      expect(parts(el, 'copy-status')[0].textContent).to.contain('Copied');
      expect(await paste()).to.equal(FIRST_COPY);

      area.focus();
      await sendKeys({ press: 'Escape' });
      expect(part(el, 'copy-fallback')).to.be.null;
      expect(el.shadowRoot!.activeElement).to.equal(copyButtons(el)[0]);
    });

    it('falls back the same way where there is no Clipboard API', async () => {
      const el = await list(html`<recommendation-list topic="cybercrime"></recommendation-list>`);
      await withClipboard('missing', async () => {
        copyButtons(el)[0].focus();
        await sendKeys({ press: 'Space' });
        await waitFor(() => part(el, 'copy-fallback'), 'no fallback shown');
      });
      await el.updateComplete;
      const area = part(el, 'copy-text') as HTMLTextAreaElement;
      expect(area.value).to.equal(LAST_COPY);
      expect(el.shadowRoot!.activeElement).to.equal(area);
    });
  });

  describe('motion, themes and containers', () => {
    it('does not animate the confirmation or the disclosure under prefers-reduced-motion', async () => {
      const el = await list(html`<recommendation-list topic="migration"></recommendation-list>`);
      const summary = part(el, 'source-line')!;
      const copied = async () => {
        copyButtons(el)[0].focus();
        await sendKeys({ press: 'Enter' });
        await waitFor(() => el.shadowRoot!.querySelector('.copied'), 'no “Copied” confirmation');
        return getComputedStyle(el.shadowRoot!.querySelector('.copied')!).animationName;
      };
      expect(await copied()).not.to.equal('none');
      expect(getComputedStyle(summary, '::before').transitionDuration).not.to.equal('0s');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(await copied()).to.equal('none');
      expect(getComputedStyle(summary, '::before').transitionDuration).to.equal('0s');
      expect(getComputedStyle(copyButtons(el)[0]).transitionDuration).to.equal('0s');
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe-core in the ${theme} theme, with the quotes open`, async () => {
        const el = await list(html`<recommendation-list theme=${theme}></recommendation-list>`);
        for (const details of parts(el, 'sources')) (details as HTMLDetailsElement).open = true;
        await el.updateComplete;
        expect(parts(el, 'quote').every((quote) => quote.getBoundingClientRect().height > 0)).to.be.true;
        await expect(el).to.be.accessible();
      });
    }

    it('follows the reader’s colour scheme with theme="auto"', async () => {
      const el = await list(html`<recommendation-list></recommendation-list>`);
      const light = getComputedStyle(part(el, 'base')!).backgroundColor;
      await emulateMedia({ colorScheme: 'dark' });
      const dark = getComputedStyle(part(el, 'base')!).backgroundColor;
      expect(light).to.equal('rgb(255, 255, 255)');
      expect(dark).to.equal('rgb(21, 25, 30)');
    });

    it('colours the numbers and topics through its own custom properties', async () => {
      const el = await list(html`<recommendation-list
        style="--tip-recommendation-number-color: rgb(0, 90, 0); --tip-recommendation-topic-background: rgb(230, 240, 255)"
      ></recommendation-list>`);
      expect(getComputedStyle(parts(el, 'number')[0]).color).to.equal('rgb(0, 90, 0)');
      expect(getComputedStyle(part(el, 'topic')!).backgroundColor).to.equal('rgb(230, 240, 255)');
      const plain = await list(html`<recommendation-list theme="light"></recommendation-list>`);
      expect(getComputedStyle(parts(plain, 'number')[0]).color).to.equal('rgb(155, 28, 63)');
    });

    for (const width of [280, 1200]) {
      it(`fits a ${width}px container without overflowing`, async () => {
        const wrapper = await fixture(html`<div style="width:${width}px"><recommendation-list></recommendation-list></div>`);
        const el = wrapper.querySelector('recommendation-list')!;
        await el.updateComplete;
        for (const details of parts(el, 'sources')) (details as HTMLDetailsElement).open = true;
        const base = part(el, 'base')!;
        expect(base.getBoundingClientRect().width).to.be.at.most(width);
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        const text = part(el, 'text')!.getBoundingClientRect();
        const button = copyButtons(el)[0].getBoundingClientRect();
        expect(button.right).to.be.at.most(base.getBoundingClientRect().right);
        if (width === 280) expect(button.top, 'the button sits below the text').to.be.at.least(text.bottom);
        else expect(button.left, 'the button sits beside the text').to.be.at.least(text.right);
      });
    }

    it('keeps its colours and content under hostile host-page CSS', async () => {
      const style = document.createElement('style');
      style.textContent = HOSTILE_CSS;
      document.head.append(style);
      try {
        const el = await list(html`<recommendation-list></recommendation-list>`);
        for (const details of parts(el, 'sources')) (details as HTMLDetailsElement).open = true;
        const items = parts(el, 'recommendation');
        expect(items.map((item) => item.getBoundingClientRect().height > 0)).to.deep.equal(Array(6).fill(true));
        expect(getComputedStyle(part(el, 'text')!).color).not.to.equal('rgb(255, 0, 0)');
        expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
        expect(part(el, 'quote')!.getBoundingClientRect().height).to.be.greaterThan(0);
        const base = part(el, 'base')!;
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      } finally {
        style.remove();
      }
    });
  });
});
