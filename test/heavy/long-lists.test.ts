/**
 * Long lists (src/shared/controllers/incremental-list.ts): a chronology or list of recommendations far longer
 * than the bundled one shows its first 200 items, added without a long task, and a button that
 * shows 200 more, with focus moving to the first item it added.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/recommendation-list.ts';
import '../../src/task-force-timeline.ts';
import '../../src/tip-dataset.ts';
import { bundledDataset } from '../../src/data/dataset.ts';
import type { Dataset } from '../../src/data/schema.ts';
import { expectAccessibleParts, part, texts, type Widget, waitFor } from '../support/widget-fixture.ts';

const SIZE = 450;

const { events, recommendations } = bundledDataset;

/**
 * The bundled dataset grown to SIZE events and SIZE recommendations: the real ones, then numbered
 * copies, the events dated after every real one so that they are shown after them, in order.
 */
const longDataset: Dataset = {
  ...bundledDataset,
  events: [
    ...events,
    ...Array.from({ length: SIZE - events.length }, (_, i) => ({
      ...events[0],
      id: `event-${i + 1}`,
      title: `Event ${i + 1}`,
      date: { iso: '2030', precision: 'year' as const },
    })),
  ],
  recommendations: [
    ...recommendations,
    ...Array.from({ length: SIZE - recommendations.length }, (_, i) => ({
      ...recommendations[0],
      id: `recommendation-${i + 1}`,
      title: `Recommendation ${i + 1}`,
    })),
  ],
};
/** The title of the event and of the recommendation shown at `index`, counting from 0. */
const eventAt = (index: number) => `Event ${index - events.length + 1}`;
const recommendationAt = (index: number) => `Recommendation ${index - recommendations.length + 1}`;


async function inLongDataset<T extends Widget>(tag: string): Promise<T> {
  const provider = await fixture(html`<tip-dataset .data=${longDataset}><div style="width: 1200px">${document.createElement(tag)}</div></tip-dataset>`);
  const el = provider.querySelector<T>(tag)!;
  // A dataset this long is checked in slices: the widget holds its place until it is ready.
  await waitFor(() => !el.shadowRoot!.querySelector('[part~="placeholder"]'), 'the dataset is checked');
  await el.updateComplete;
  return el;
}

describe('a long list', function () {
  this.timeout(120_000);
  it('shows the first 200 events in order and a button for 200 more', async () => {
    const el = await inLongDataset('task-force-timeline');
    const titles = texts(el, 'title');
    expect(titles).to.have.length(200);
    expect(titles[0]).to.equal(events[0].title);
    expect(titles[199]).to.equal(eventAt(199));
    expect(texts(el, 'more')).to.deep.equal(['Show 200 more events']);
  });

  it('adds the next events on request and moves focus to the first of them, then the last ones', async () => {
    const el = await inLongDataset('task-force-timeline');
    part(el, 'more')!.click();
    await el.updateComplete;
    expect(texts(el, 'title')).to.have.length(400);
    expect(el.shadowRoot!.activeElement?.querySelector('[part~="title"]')?.textContent).to.equal(eventAt(200));
    expect(texts(el, 'more')).to.deep.equal(['Show the last 50 events']);
    part(el, 'more')!.click();
    await el.updateComplete;
    expect(texts(el, 'title')).to.have.length(SIZE);
    expect(part(el, 'more')).to.be.null;
  });

  it('moves with End to the last event shown', async () => {
    const el = await inLongDataset('task-force-timeline');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.querySelector('[part~="title"]')?.textContent).to.equal(eventAt(199));
  });

  // What keeps a long list from being one long task, checked by its steps rather than by a timing that a
  // busy machine could break: `npm run bench` measures the tasks themselves.
  it('renders its first items with the widget and the rest a slice per frame', async () => {
    const provider = await fixture(html`<tip-dataset .data=${longDataset}><recommendation-list></recommendation-list></tip-dataset>`);
    const el = provider.querySelector('recommendation-list')!;
    const counts = [texts(el, 'title').length];
    for (let frame = 0; counts[counts.length - 1] < 200 && frame < 600; frame++) {
      await new Promise(requestAnimationFrame);
      counts.push(texts(el, 'title').length);
    }
    expect(counts[0]).to.be.at.most(8);
    expect(counts[counts.length - 1]).to.equal(200);
    expect(new Set(counts).size, `items rendered frame by frame: ${[...new Set(counts)].join(', ')}`).to.be.greaterThan(4);
  });

  it('shows the first 200 recommendations and adds more on request, focusing the first added', async () => {
    const el = await inLongDataset('recommendation-list');
    expect(texts(el, 'title')).to.have.length(200);
    expect(texts(el, 'more')).to.deep.equal(['Show 200 more recommendations']);
    part(el, 'more')!.click();
    await el.updateComplete;
    expect(texts(el, 'title')).to.have.length(400);
    expect(texts(el, 'title')[200]).to.equal(recommendationAt(200));
    expect(texts(el, 'number')[200]).to.equal('201.');
    expect(el.shadowRoot!.activeElement?.getAttribute('data-recommendation')).to.equal(`recommendation-${200 - recommendations.length + 1}`);
  });

  it('passes axe-core on its button and the last item before it', async () => {
    const el = await inLongDataset('recommendation-list');
    await expectAccessibleParts(el, ['[part~="more"]', '[part~="recommendation"]:nth-child(200)']);
  });
});
