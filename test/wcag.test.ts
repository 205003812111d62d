/**
 * WCAG 2.2 criteria that need a browser's layout, in each engine (ACCESSIBILITY.md names the rest): reflow at
 * 320 CSS px (1.4.10), text spacing overrides (1.4.12), targets of at least 24 by 24 px (2.5.8), and focus never
 * hidden (2.4.11).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/index.ts';
import type { Widget } from './support/widget-fixture.ts';

const WIDGETS: TemplateResult[] = [
  html`<tip-stat-card stat="trafficking-profits"></tip-stat-card>`,
  html`<task-force-timeline></task-force-timeline>`,
  html`<agency-accomplishments></agency-accomplishments>`,
  html`<agency-accomplishments layout="tabs"></agency-accomplishments>`,
  html`<recommendation-list></recommendation-list>`,
];

async function widgetIn(width: number, template: TemplateResult): Promise<Widget> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const widget = wrapper.firstElementChild as Widget;
  await widget.updateComplete;
  return widget;
}

/** Opens every disclosure and event, so that what a reader can reveal is measured too. */
async function openEverything(widget: Widget) {
  for (const details of widget.shadowRoot!.querySelectorAll('details')) details.open = true;
  for (const toggle of widget.shadowRoot!.querySelectorAll<HTMLElement>('[part~="toggle"][aria-expanded="false"]')) toggle.click();
  await widget.updateComplete;
}

/** Elements that clip what overflows them and do overflow: content a reader loses. */
function clipped(widget: Widget): string[] {
  return [...widget.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((el) => !el.classList.contains('visually-hidden') && el.localName !== 'style')
    .filter((el) => {
      const { overflowX, overflowY } = getComputedStyle(el);
      const clipsX = overflowX === 'hidden' || overflowX === 'clip';
      const clipsY = overflowY === 'hidden' || overflowY === 'clip';
      return (clipsX && el.scrollWidth > el.clientWidth + 1) || (clipsY && el.scrollHeight > el.clientHeight + 1);
    })
    .map((el) => `${el.localName}.${el.className}`);
}

const name = (template: TemplateResult) => template.strings.join('').match(/<[^>]+>/)![0];

describe('WCAG 2.2 in a real layout', () => {
  for (const template of WIDGETS) {
    describe(name(template), () => {
      it('reflows at 320 CSS px: nothing scrolls sideways but the wide timeline track, nothing clipped (1.4.10)', async () => {
        const widget = await widgetIn(320, template);
        await openEverything(widget);
        for (const el of widget.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
          if (el.localName === 'style' || el.classList.contains('visually-hidden')) continue;
          expect(el.getBoundingClientRect().right, `${el.localName}.${el.className}`).to.be.at.most(widget.getBoundingClientRect().right + 1);
        }
        expect(clipped(widget)).to.deep.equal([]);
      });

      it('loses nothing under the text spacing overrides (1.4.12)', async () => {
        const widget = await widgetIn(360, template);
        // As a reader's tool applies them: to every element, shadow roots included.
        const spacing = new CSSStyleSheet();
        spacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
          p { margin-block-end: 2em !important; }`);
        widget.shadowRoot!.adoptedStyleSheets = [...widget.shadowRoot!.adoptedStyleSheets, spacing];
        await openEverything(widget);
        expect(getComputedStyle(widget.shadowRoot!.querySelector('.root')!).letterSpacing).to.not.equal('normal');
        expect(clipped(widget)).to.deep.equal([]);
        for (const el of widget.shadowRoot!.querySelectorAll<HTMLElement>('.root *')) {
          if (el.localName === 'style' || el.classList.contains('visually-hidden')) continue;
          expect(el.getBoundingClientRect().right, `${el.localName}.${el.className}`).to.be.at.most(widget.getBoundingClientRect().right + 1);
        }
      });

      it('makes every target at least 24 by 24 CSS px, but links inside a sentence (2.5.8)', async () => {
        const widget = await widgetIn(800, template);
        await openEverything(widget);
        const targets = [...widget.shadowRoot!.querySelectorAll<HTMLElement>('button, summary, [role="tab"], input, textarea, a')].filter(
          (el) => el.getClientRects().length > 0 && !(el.localName === 'a' && el.closest('p')),
        );
        expect(targets.length).to.be.greaterThan(0);
        const small = targets.filter((el) => el.getBoundingClientRect().width < 24 || el.getBoundingClientRect().height < 24);
        expect(small.map((el) => `${el.localName} "${el.textContent!.trim().slice(0, 30)}" ${el.getBoundingClientRect().width}x${el.getBoundingClientRect().height}`)).to.deep.equal([]);
      });

      it('keeps the focused control in view and on top, Tab after Tab (2.4.11)', async () => {
        // Narrower than the test page's 800px viewport: the page never scrolls sideways.
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 640px"><button id="before">Before</button>${template}</div>`);
        const widget = wrapper.querySelector<Widget>(':scope > :not(button)')!;
        await widget.updateComplete;
        // Its buttons too: the data and citation control open.
        widget.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="data-and-citation"]')!.open = true;
        await widget.updateComplete;
        wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
        for (let step = 0; step < 12; step++) {
          await sendKeys({ press: 'Tab' });
          const focused = widget.shadowRoot!.activeElement as HTMLElement | null;
          if (!focused) break; // Tabbed out of the widget.
          const box = focused.getBoundingClientRect();
          expect(box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth, `${focused.localName} in view`).to.equal(true);
          // A point of it inside the viewport: what a sighted keyboard user must see.
          const [x, y] = [(Math.max(box.left, 0) + Math.min(box.right, innerWidth)) / 2, (Math.max(box.top, 0) + Math.min(box.bottom, innerHeight)) / 2];
          const top = widget.shadowRoot!.elementFromPoint(x, y);
          expect(top && (top === focused || focused.contains(top)), `${focused.localName} "${focused.textContent!.trim().slice(0, 30)}" on top`).to.equal(true);
        }
      });
    });
  }
});
