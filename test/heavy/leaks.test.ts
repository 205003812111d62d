import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.ts';
import { WIDGET_TAGS, type WidgetTag } from '../../src/shared/widget-tags.ts';
import { part, type Widget } from '../support/widget-fixture.ts';

interface LeakProbe {
  supported: true;
  heapBytes: number;
  windowListeners: string[];
  documentListeners: string[];
  instances: Record<string, number>;
}

const MOUNTS = 1000;
/** What 1,000 mounts may leave on the heap after collection: far less than one retained widget each. */
const HEAP_NOISE_BYTES = 512 * 1024;

/** Each widget set up as a page would, with the attributes that make it listen or animate. */
const WIDGETS: Record<WidgetTag, () => Widget> = {
  'tip-stat-card': () => Object.assign(document.createElement('tip-stat-card'), { stat: 'hotline-calls', countUp: true }),
  'task-force-timeline': () => document.createElement('task-force-timeline'),
  'agency-accomplishments': () => Object.assign(document.createElement('agency-accomplishments'), { layout: 'tabs' as const }),
  'recommendation-list': () => document.createElement('recommendation-list'),
};

const probe = () => executeServerCommand<LeakProbe | { supported: false }, { tags: string[] }>('leak-probe', { tags: [...WIDGET_TAGS, 'tip-dataset'] });

/** Mounts a widget, as a single-page app does, inside a `<tip-dataset>` every other time, then removes it. */
async function mountAndRemove(host: HTMLElement, tag: WidgetTag, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const widget = WIDGETS[tag]();
    const wrapper = i % 2 ? document.createElement('tip-dataset') : document.createElement('div');
    wrapper.append(widget);
    host.append(wrapper);
    await widget.updateComplete;
    if (!part(widget, 'base') && !widget.shadowRoot!.firstElementChild) throw new Error(`<${tag}> did not render`);
    wrapper.remove();
  }
}

describe('mounting and removing each widget 1,000 times', function () {
  this.timeout(120_000);

  before(async function () {
    if (!(await probe()).supported) {
      console.log('leaks: skipped here: the heap and listener probe reads them over the DevTools protocol, which only Chromium has');
      this.skip();
    }
  });

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}> leaves no listener, no live widget and no heap behind`, async () => {
      const host = await fixture<HTMLDivElement>(document.createElement('div'));
      await mountAndRemove(host, tag, 20); // Warm up: formatters, styles and templates cached once per page.
      const before = (await probe()) as LeakProbe;
      await mountAndRemove(host, tag, MOUNTS);
      const after = (await probe()) as LeakProbe;
      expect(after.windowListeners, 'listeners on window').to.deep.equal(before.windowListeners);
      expect(after.documentListeners, 'listeners on document').to.deep.equal(before.documentListeners);
      expect(after.instances, 'widgets still alive').to.deep.equal(before.instances);
      const grown = after.heapBytes - before.heapBytes;
      console.log(`leaks: <${tag}> ×${MOUNTS}: heap ${(before.heapBytes / 1e6).toFixed(2)} → ${(after.heapBytes / 1e6).toFixed(2)} MB (${grown >= 0 ? '+' : ''}${(grown / 1e3).toFixed(0)} kB), ${after.instances[tag]} alive`);
      expect(grown, 'heap growth in bytes').to.be.below(HEAP_NOISE_BYTES);
    });
  }
});
