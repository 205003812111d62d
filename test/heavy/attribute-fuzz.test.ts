import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.ts';
import { WIDGET_TAGS } from '../../src/shared/widget-tags.ts';
import type { TipErrorEvent } from '../../src/shared/tip-error.ts';
import { recordUncaughtInSuite, spyOnConsole } from '../support/console-spy.ts';
import { ATTRIBUTE_SAMPLES, attributesOf } from '../support/element-attributes.ts';
import { part, type Widget, waitFor } from '../support/widget-fixture.ts';
import { XSS_PAYLOADS } from '../support/xss-payloads.ts';

/** Runs per element, each a sequence of attribute changes on one live element. */
const RUNS = 60;

/** Strings an author, a CMS or a framework could put in an attribute; valid ones too, so that renders are checked. */
const attributeValue = (attribute: string) =>
  fc.oneof(
    fc.constant(ATTRIBUTE_SAMPLES[attribute]),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.constantFrom(...XSS_PAYLOADS),
    fc.integer({ min: -10, max: 10_000 }).map(String),
    fc.constantFrom('', ' ', 'null', 'undefined', 'NaN', '0', '-1', '1e400', '\u200b', 'DARK', 'tabs ', '2012,2013', 'a'.repeat(500)),
  );

/** One step: set an attribute to a generated string, or remove it. */
const step = (attributes: string[]) =>
  fc.constantFrom(...attributes).chain((attribute) =>
    fc.record({ attribute: fc.constant(attribute), value: fc.option(attributeValue(attribute), { freq: 5, nil: null }) }),
  );

/** A `src` must stay on this page's server, as a path it can decode: the fuzz never sends a request elsewhere. */
const sameOrigin = (value: string) => {
  try {
    decodeURI(value);
  } catch {
    return false;
  }
  try {
    return new URL(value, location.href).origin === location.origin;
  } catch {
    return true; // Not a URL at all: the provider reports it.
  }
};

describe('generated attribute values, one after another on a live element', function () {
  this.timeout(300_000);
  let console: ReturnType<typeof spyOnConsole>;
  const uncaught = recordUncaughtInSuite();
  beforeEach(() => (console = spyOnConsole()));
  afterEach(() => console.restore());

  /**
   * After each change: no exception, no error logged, nothing from the value turned into markup; the
   * widget either renders its content or shows the documented message, with `tip-error` saying the same.
   */
  async function expectValidOrReported(widget: Widget, provider: Widget | undefined, fired: TipErrorEvent[]) {
    await provider?.updateComplete;
    await widget.updateComplete;
    await waitFor(() => !part(widget, 'placeholder'), 'the widget stays on its placeholder');
    await widget.updateComplete;
    expect(uncaught, 'uncaught exceptions').to.deep.equal([]);
    expect(console.error, 'errors logged').to.deep.equal([]);
    expect(widget.shadowRoot!.querySelector('script, img, iframe, object, embed, svg'), 'markup from a value').to.be.null;
    const error = part(widget, 'error');
    if (error) {
      expect(error.getAttribute('role')).to.equal('status');
      const message = error.textContent!.replace(/\s+/g, ' ').trim();
      expect(message).to.match(new RegExp(`^⚠ Can’t show this ${widget.localName}: .+\\.$`, 's'));
      expect(fired.length, 'tip-error fired for the message shown').to.be.above(0);
      expect(message).to.contain(fired.at(-1)!.detail.message.replace(/\s+/g, ' ').trim());
    } else {
      expect(widget.shadowRoot!.firstElementChild, 'content').to.exist;
    }
  }

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}>: ${RUNS} sequences of generated attributes`, async () => {
      const attributes = attributesOf(tag).map(([attribute]) => attribute);
      await fc.assert(
        fc.asyncProperty(fc.array(step(attributes), { minLength: 1, maxLength: 12 }), async (steps) => {
          const widget = document.createElement(tag) as Widget;
          const fired: TipErrorEvent[] = [];
          widget.addEventListener('tip-error', (event) => fired.push(event));
          await fixture(widget);
          for (const { attribute, value } of steps) {
            if (value === null) widget.removeAttribute(attribute);
            else widget.setAttribute(attribute, value);
            await expectValidOrReported(widget, undefined, fired);
          }
        }),
        { numRuns: RUNS },
      );
    });
  }

  it(`<tip-dataset>: ${RUNS} sequences of generated attributes, with a widget inside`, async () => {
    const attributes = attributesOf('tip-dataset').map(([attribute]) => attribute);
    const sameOriginStep = step(attributes).filter(({ attribute, value }) => attribute !== 'src' || value === null || sameOrigin(value));
    await fc.assert(
      fc.asyncProperty(fc.array(sameOriginStep, { minLength: 1, maxLength: 8 }), async (steps) => {
        const provider = document.createElement('tip-dataset') as Widget;
        const widget = Object.assign(document.createElement('tip-stat-card'), { stat: 'hotline-calls' }) as Widget;
        const fired: TipErrorEvent[] = [];
        widget.addEventListener('tip-error', (event) => fired.push(event));
        provider.append(widget);
        await fixture(provider);
        for (const { attribute, value } of steps) {
          if (value === null) provider.removeAttribute(attribute);
          else provider.setAttribute(attribute, value);
          await expectValidOrReported(widget, provider, fired);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
