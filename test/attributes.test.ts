import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.ts';
import { WIDGET_TAGS, type WidgetTag } from '../src/shared/widget-tags.ts';
import { TipDataset } from '../src/tip-dataset.ts';
import { ATTRIBUTE_SAMPLES, attributesOf } from './support/element-attributes.ts';
import { spyOnConsole } from './support/console-spy.ts';
import { part, shownText, type Widget, waitFor } from './support/widget-fixture.ts';

/** What each widget needs to show content at all; every other attribute is left at its default. */
const BASE: Record<WidgetTag, Record<string, string>> = {
  'tip-stat-card': { stat: 'victims-worldwide-2012' },
  'task-force-timeline': {},
  'agency-accomplishments': {},
  'recommendation-list': {},
};

/** A widget with its base attributes but `without`, counting the `tip-error` events it fires. */
async function widget(tag: WidgetTag, without?: string) {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(BASE[tag])) if (name !== without) el.setAttribute(name, value);
  const errors: string[] = [];
  el.addEventListener('tip-error', (event) => errors.push(event.detail.message));
  await fixture(el);
  return { el, errors };
}

/** What a reader and a stylesheet see of a widget: its text, its error if any, and its attributes. */
const seen = (el: Widget) => ({
  text: shownText(el),
  error: part(el, 'error')?.textContent?.trim(),
  attributes: el.getAttributeNames().sort().map((name) => `${name}=${el.getAttribute(name)}`),
});

describe('attributes', () => {
  it('every attribute has a sample value here', () => {
    for (const tag of [...WIDGET_TAGS, 'tip-dataset']) {
      for (const [attribute] of attributesOf(tag)) expect(ATTRIBUTE_SAMPLES, `<${tag} ${attribute}>`).to.have.property(attribute);
    }
  });

  for (const tag of WIDGET_TAGS) {
    describe(`<${tag}>`, () => {
      it('shows as with theme="auto", and warns in the console, when its theme is none of light, dark or auto', async () => {
        const { el: auto } = await widget(tag);
        const console = spyOnConsole();
        try {
          const { el, errors } = await widget(tag);
          el.setAttribute('theme', 'drak');
          await el.updateComplete;
          expect(errors).to.deep.equal([]);
          expect(seen(el).text).to.equal(seen(auto).text);
          expect(getComputedStyle(part(el, 'base')!).color).to.equal(getComputedStyle(part(auto, 'base')!).color);
          expect(console.warn).to.deep.equal([`<${tag}>: theme "drak" is not one of light, dark, or auto; it follows the page, as with "auto".`]);
        } finally {
          console.restore();
        }
      });

      for (const [attribute, property] of attributesOf(tag)) {
        it(`removing ${attribute}, or setting its property to null or undefined, restores the default`, async () => {
          const { el: untouched } = await widget(tag, attribute);
          const expected = seen(untouched);
          const { el, errors } = await widget(tag, attribute);
          const startErrors = errors.length;

          el.setAttribute(attribute, ATTRIBUTE_SAMPLES[attribute]);
          await el.updateComplete;
          expect(errors, `${attribute}="${ATTRIBUTE_SAMPLES[attribute]}" is valid`).to.have.length(startErrors);
          el.removeAttribute(attribute);
          await el.updateComplete;
          expect(seen(el), 'after removing the attribute').to.deep.equal(expected);

          // Frameworks set properties: a value, then null or undefined to clear it.
          el.setAttribute(attribute, ATTRIBUTE_SAMPLES[attribute]);
          await el.updateComplete;
          const value = (el as unknown as Record<string, unknown>)[property];
          el.removeAttribute(attribute);
          for (const empty of [null, undefined]) {
            (el as unknown as Record<string, unknown>)[property] = value;
            await el.updateComplete;
            (el as unknown as Record<string, unknown>)[property] = empty;
            await el.updateComplete;
            expect(seen(el), `after setting ${property} to ${empty}`).to.deep.equal(expected);
          }
          // The default fires no tip-error of its own: only as many as the untouched widget's own.
          expect(errors).to.have.length(startErrors + (expected.error ? 3 : 0));
        });
      }
    });
  }

  describe('<tip-dataset>', () => {
    /** A provider around a stat card; the card shows what it provides. */
    async function provided(stat = 'victims-worldwide-2012') {
      const provider = await fixture<TipDataset>(html`<tip-dataset><tip-stat-card stat=${stat}></tip-stat-card></tip-dataset>`);
      const card = provider.firstElementChild as Widget;
      const settled = async () => {
        await provider.updateComplete;
        await waitFor(() => !part(card, 'placeholder'), 'the dataset never arrived');
        await card.updateComplete;
      };
      return { provider, card, settled };
    }

    for (const [attribute, property] of attributesOf('tip-dataset')) {
      it(`removing ${attribute}, or setting its property to null or undefined, restores the default`, async () => {
        const { provider, card, settled } = await provided();
        const expected = seen(card);
        for (const reset of [
          () => provider.removeAttribute(attribute),
          () => ((provider as unknown as Record<string, unknown>)[property] = null),
          () => ((provider as unknown as Record<string, unknown>)[property] = undefined),
        ]) {
          provider.setAttribute(attribute, ATTRIBUTE_SAMPLES[attribute]);
          await settled();
          reset();
          await settled();
          expect(seen(card)).to.deep.equal(expected);
        }
      });
    }

    it('a timeout reset to its default still loads a dataset', async () => {
      const { provider, card, settled } = await provided('survivors-housed');
      for (const reset of [() => provider.removeAttribute('timeout'), () => (provider.timeout = null as unknown as number)]) {
        provider.setAttribute('timeout', '5000');
        reset();
        provider.src = ATTRIBUTE_SAMPLES.src;
        await settled();
        expect(seen(card).error).to.be.undefined;
        expect(part(card, 'value')?.textContent?.trim()).to.equal('4,242');
        provider.removeAttribute('src');
        await settled();
      }
    });
  });
});
