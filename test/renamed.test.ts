/**
 * The names replaced in 0.2.0 (scripts/build/renamed.ts) keep working until 0.3.0: a page that styles a widget
 * through an old part or custom property looks as it did, and the new names do the same.
 */
import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/index.ts';
import { RENAMED_PARTS, RENAMED_PROPERTIES } from '../scripts/build/renamed.ts';
import { WIDGET_TAGS } from '../src/shared/widget-tags.ts';
import type { Widget } from './support/widget-fixture.ts';

/** A widget as a page styles it: with a host stylesheet and an inline style. */
async function styled(tag: string, css: string, style = '', layout = 'grid'): Promise<Widget> {
  const wrapper = await fixture<HTMLDivElement>(
    staticHtml`<div style="width: 1200px"><style>${css}</style><${unsafeStatic(tag)} style=${style} layout=${layout} stat="hotline-calls"></${unsafeStatic(tag)}></div>`,
  );
  const widget = wrapper.querySelector<Widget>(tag)!;
  await widget.updateComplete;
  return widget;
}

/** What the shadow root's elements look like: the computed values a custom property of a widget can change. */
const look = (widget: Widget) =>
  [...widget.shadowRoot!.querySelectorAll('*')]
    .map((element) => {
      const style = getComputedStyle(element);
      return [style.color, style.backgroundColor, style.borderTopColor, style.borderBottomColor, Math.round(element.getBoundingClientRect().width)].join();
    })
    .join(';');

describe('renamed in 0.2.0', () => {
  for (const tag of WIDGET_TAGS) {
    it(`<${tag}>'s surface is ::part(base), its root`, async () => {
      const widget = await styled(tag, `${tag}::part(base) { outline: 3px solid rgb(1, 2, 3) }`);
      const base = widget.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.parentNode).to.equal(widget.shadowRoot);
      expect(getComputedStyle(base).outlineColor).to.equal('rgb(1, 2, 3)');
    });
  }

  for (const { element, old } of RENAMED_PARTS) {
    it(`<${element}>'s old ::part(${old}) still styles its surface`, async () => {
      const widget = await styled(element, `${element}::part(${old}) { outline: 3px solid rgb(1, 2, 3) }`);
      expect(getComputedStyle(widget.shadowRoot!.querySelector('[part~="base"]')!).outlineColor).to.equal('rgb(1, 2, 3)');
    });
  }

  for (const { element, old, name } of RENAMED_PROPERTIES) {
    it(`<${element}> takes ${name}, and still ${old}, to the same effect`, async () => {
      const value = name.endsWith('width') ? '31rem' : 'rgb(1, 2, 3)';
      const layout = name.includes('tab') ? 'tabs' : 'grid';
      const plain = look(await styled(element, '', '', layout));
      const renamed = look(await styled(element, '', `${name}: ${value}`, layout));
      const before = look(await styled(element, '', `${old}: ${value}`, layout));
      expect(renamed).not.to.equal(plain);
      expect(before).to.equal(renamed);
    });
  }
});
