/**
 * Right to left: with `dir="rtl"` on the page or on the element, the layout mirrors (logical properties
 * throughout, held by test/node/element-styles.test.ts), arrows follow the reading direction, and figures
 * and dates keep their own order inside the other direction's text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/index.ts';
import '../src/i18n/translations/ar.ts';
import { collapsedText, part, parts, type Widget } from './support/widget-fixture.ts';

/** Renders widgets in a wrapper and waits for each to draw. */
async function inWrapper(template: TemplateResult) {
  const wrapper = await fixture<HTMLDivElement>(template);
  const widgets = [...wrapper.querySelectorAll<Widget>('tip-stat-card, task-force-timeline, agency-accomplishments, recommendation-list')];
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  return widgets;
}

const rect = (node: Element) => node.getBoundingClientRect();

/** Where a text's first line ends and starts: the right edge of an aligned-right line is its box's right edge. */
function firstLine(node: Element) {
  const range = document.createRange();
  range.selectNodeContents(node);
  return range.getClientRects()[0];
}

describe('right to left', () => {
  it('puts the first timeline event at the right end of a wide track, and the next to its left', async () => {
    const [timeline] = await inWrapper(html`<div dir="rtl" lang="ar" style="width:1200px"><task-force-timeline></task-force-timeline></div>`);
    const list = part(timeline, 'list')!;
    const [first, second] = parts(timeline, 'event');
    expect(Math.abs(rect(list).right - rect(first).right)).to.be.lessThan(24);
    expect(rect(second).right).to.be.lessThan(rect(first).left + 1);
    // Its marker at the start of the line, on the right.
    const marker = first.querySelector('.marker')!;
    expect(rect(marker).right).to.be.greaterThan(rect(first).left + rect(first).width / 2);
  });

  it('mirrors a narrow timeline: the marker line on the right, the text aligned to the right', async () => {
    const [timeline] = await inWrapper(html`<div dir="rtl" lang="ar" style="width:360px"><task-force-timeline></task-force-timeline></div>`);
    const [first] = parts(timeline, 'event');
    const marker = first.querySelector('.marker')!;
    expect(rect(first).right - rect(marker).right).to.be.lessThan(8);
    const summary = part(timeline, 'summary')!;
    expect(Math.abs(firstLine(summary).right - rect(summary).right)).to.be.lessThan(2);
  });

  it('mirrors when dir is on the element itself, on a left-to-right page', async () => {
    const [list] = await inWrapper(html`<div style="width:600px"><recommendation-list dir="rtl" locale="ar"></recommendation-list></div>`);
    const number = part(list, 'number')!;
    const title = part(list, 'title')!;
    expect(rect(number).left).to.be.greaterThan(rect(title).left);
    const text = part(list, 'text')!;
    expect(Math.abs(firstLine(text).right - rect(text).right)).to.be.lessThan(2);
  });

  it('aligns a stat card\'s text to the right', async () => {
    const [card] = await inWrapper(html`<div dir="rtl" lang="ar" style="width:400px"><tip-stat-card stat="defendants-charged"></tip-stat-card></div>`);
    // The label is English data, one left-to-right block, on the card's right side all the same: its last line ends there.
    const label = part(card, 'label')!;
    const range = document.createRange();
    range.selectNodeContents(label);
    const lines = [...range.getClientRects()];
    const lastLine = lines[lines.length - 1];
    expect(Math.abs(lastLine.right - rect(part(card, 'card')!).right)).to.be.lessThan(48);
    expect(lastLine.left).to.be.greaterThan(rect(part(card, 'card')!).left + 24);
  });

  it('moves through the agency tabs with the arrows as they read: left is next', async () => {
    const [widget] = await inWrapper(html`<div dir="rtl" lang="ar" style="width:900px"><agency-accomplishments layout="tabs"></agency-accomplishments></div>`);
    const tabs = parts(widget, 'tab');
    expect(rect(tabs[1]).right).to.be.lessThan(rect(tabs[0]).left + 1);
    tabs[0].focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(widget.shadowRoot!.activeElement).to.equal(tabs[1]);
    await sendKeys({ press: 'ArrowRight' });
    expect(widget.shadowRoot!.activeElement).to.equal(tabs[0]);
  });

  it('isolates figures and dates from the text around them', async () => {
    const [card, timeline] = await inWrapper(
      html`<div dir="rtl" lang="ar"><tip-stat-card stat="defendants-charged"></tip-stat-card><task-force-timeline></task-force-timeline></div>`,
    );
    expect(getComputedStyle(part(card, 'value')!).unicodeBidi).to.equal('isolate');
    for (const time of timeline.shadowRoot!.querySelectorAll('time')) expect(getComputedStyle(time).unicodeBidi).to.equal('isolate');
    // English from the dataset inside Arabic words: its language's direction, said (not guessed with auto), isolated.
    const english = part(timeline, 'title')!.querySelector('[lang="en"]')!;
    expect(english.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(english).direction).to.equal('ltr');
  });

  it('turns the disclosure arrows to point the way the text reads', async () => {
    const [card, timeline] = await inWrapper(
      html`<div dir="rtl" lang="ar"><tip-stat-card stat="defendants-charged"></tip-stat-card><task-force-timeline></task-force-timeline></div>`,
    );
    expect(getComputedStyle(timeline.shadowRoot!.querySelector('.chevron')!).scale).to.equal('-1 1');
    expect(getComputedStyle(part(card, 'source-line')!, '::before').scale).to.equal('-1 1');
    expect(collapsedText(part(timeline, 'kind')!)).to.not.match(/[A-Za-z]/);
  });
});

describe('a widget\'s direction', () => {
  const rootDirection = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.root')!).direction;

  it('is that of the words it speaks: an Arabic widget is right to left on a left-to-right page', async () => {
    const [card] = await inWrapper(html`<div dir="ltr" lang="en"><tip-stat-card stat="defendants-charged" locale="ar"></tip-stat-card></div>`);
    expect(rootDirection(card)).to.equal('rtl');
  });

  it('is that of the words it speaks: an English widget is left to right on an Arabic page', async () => {
    const [card] = await inWrapper(html`<div dir="rtl" lang="ar"><tip-stat-card stat="defendants-charged" locale="en"></tip-stat-card></div>`);
    expect(rootDirection(card)).to.equal('ltr');
    // Read as written: "nearly" before "120", left to right.
    const value = part(card, 'value')!;
    const range = document.createRange();
    range.selectNodeContents(value);
    expect(collapsedText(value)).to.equal('nearly 120');
    const pieces = [...range.getClientRects()].filter((box) => box.width > 1);
    expect(pieces.length).to.be.greaterThan(1);
    expect(pieces[0].left, '"nearly" left of "120"').to.be.lessThan(pieces[pieces.length - 1].left);
  });

  it('is the element\'s own dir attribute where it has one, and follows it when it changes', async () => {
    const [card] = await inWrapper(html`<div><tip-stat-card stat="defendants-charged" locale="ar" dir="ltr"></tip-stat-card></div>`);
    expect(rootDirection(card)).to.equal('ltr');
    card.setAttribute('dir', 'rtl');
    await card.updateComplete;
    expect(rootDirection(card)).to.equal('rtl');
    card.removeAttribute('dir');
    await card.updateComplete;
    expect(rootDirection(card), 'back to its words\' direction').to.equal('rtl');
    card.dir = 'ltr';
    await card.updateComplete;
    expect(card.getAttribute('dir'), 'the property reflects, as the built-in one does').to.equal('ltr');
    expect(rootDirection(card)).to.equal('ltr');
  });

  it('lays an English data line out left to right as one block in an Arabic widget, brackets included', async () => {
    const [card] = await inWrapper(html`<div dir="rtl" lang="ar" style="width:600px"><tip-stat-card stat="defendants-charged"></tip-stat-card></div>`);
    const figure = part(card, 'value')!.parentElement!;
    expect(figure.getAttribute('lang')).to.equal('en');
    expect(getComputedStyle(figure).direction).to.equal('ltr');
    // "(the past year)": the opening bracket drawn left of "the".
    const period = card.shadowRoot!.querySelector('.period')!;
    expect(collapsedText(period)).to.equal('(the past year)');
    const text = period.firstChild as Text;
    const bracket = document.createRange();
    bracket.setStart(text, 0);
    bracket.setEnd(text, 1);
    expect(bracket.getBoundingClientRect().left).to.be.lessThan(rect(period).left + 2);
  });
});

describe('dates in a line of text', () => {
  it('never wrap: a source line\'s and a reference\'s dates are joined with no-break spaces', async () => {
    const [card] = await inWrapper(html`<div dir="rtl" lang="ar" style="width:320px"><tip-stat-card stat="defendants-charged"></tip-stat-card></div>`);
    const sourceLine = part(card, 'source-line')!.textContent!;
    expect(sourceLine.trim(), 'day, month and year held together').to.match(/[,،] \S+\u00a0\S+\u00a0\S+$/);
    const references = card.shadowRoot!.querySelector('.references')!.textContent!;
    expect(references).to.match(/\(\S+\u00a0\S+\u00a0\S+\)/);
  });
});
