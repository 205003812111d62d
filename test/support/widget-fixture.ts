import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { TipErrorEvent } from '../../src/shared/tip-error.ts';

/** The text a reader sees in an element's shadow root, with whitespace collapsed. */
export const shownText = (el: Element, selector = ':host > *'): string => {
  const root = el.shadowRoot!;
  const nodes = selector === ':host > *' ? [...root.children] : [...root.querySelectorAll(selector)];
  return nodes.map((n) => (n as HTMLElement).innerText ?? n.textContent).join(' ').replace(/\s+/g, ' ').trim();
};

/**
 * Waits until `condition` holds. Its only bound is far past any normal wait (the test's own mocha
 * timeout, 60 s, comes after it): a busy machine makes a test slower, never red.
 */
export const waitFor = (condition: () => unknown, message?: string) => waitUntil(condition, message, { timeout: 50_000, interval: 16 });

export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

export const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

/** A node's text, whitespace collapsed. */
export const collapsedText = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();

/** The text of each of an element's parts of one name. */
export const texts = (el: Element, name: string) => parts(el, name).map(collapsedText);

/** A widget or `<tip-dataset>`, as the tests handle them: a Lit element. */
export type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * Renders a widget expected to reject its input, returning the `tip-error` event it fired and the
 * warnings it logged. The listener is attached to a wrapper before the widget upgrades.
 */
export async function fixtureWithError<T extends HTMLElement>(template: TemplateResult) {
  const warnings: unknown[][] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
    const fired = oneEvent(wrapper, 'tip-error') as Promise<TipErrorEvent>;
    const { render } = await import('lit');
    render(template, wrapper);
    const event = await fired;
    const el = wrapper.firstElementChild as T & { updateComplete: Promise<boolean> };
    await el.updateComplete;
    return { el, event, warnings };
  } finally {
    console.warn = warn;
  }
}

/**
 * Resolves once a handler that rendering may have set up would have run: a broken image's `error`
 * (as a payload's `onerror` would, for the same relative URL "x") and then two frames (autofocus and
 * focus handlers run with rendering). A wait on events, not on a clock: it takes as long as the machine needs.
 */
export async function afterQueuedHandlers(): Promise<void> {
  const probe = new Image();
  const failed = new Promise((resolve) => probe.addEventListener('error', resolve, { once: true }));
  probe.src = 'x';
  await failed;
  for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
}

/**
 * axe-core over some of a widget's shadow root, by selectors: for a long list, where axe over every
 * item takes seconds on a busy machine and checks nothing the short lists' tests do not.
 */
export async function expectAccessibleParts(el: Element, selectors: string[]): Promise<void> {
  // @ts-expect-error axe's browser build registers itself on window and has no module types.
  await import('axe-core/axe.min.js');
  const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
  const include = selectors.map((selector) => ({ fromShadowDom: [el.localName, selector] }));
  expect(el.shadowRoot!.querySelectorAll(selectors.join(', ')).length, 'what axe checks is there').to.equal(selectors.length);
  const { violations } = await axe.run({ include } as import('axe-core').ElementContext);
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).to.deep.equal([]);
}

/** Host-page CSS that tries to break embedded widgets. */
export const HOSTILE_CSS = `
  * { color: red !important; font-size: 40px; background: yellow; }
  li { display: none !important; }
  p, span, div { margin: 3em !important; }
  blockquote { display: none; }
`;

export type BadInputCase = [what: string, template: TemplateResult, message: RegExp];

/**
 * One test per case of bad input: the message shows (role=status) in place of the content part,
 * one warning is logged, `tip-error` fires (bubbling, composed) with the message, and axe passes.
 */
export function itReportsBadInput(cases: BadInputCase[], contentPart: string): void {
  for (const [what, template, message] of cases) {
    it(`shows a message, warns once and fires tip-error for ${what}`, async () => {
      const { el, event, warnings } = await fixtureWithError(template);
      const shown = part(el, 'error')!;
      expect(shown.getAttribute('role')).to.equal('status');
      expect(shown.textContent).to.match(message);
      expect(event.detail.message).to.match(message);
      expect(event.bubbles && event.composed).to.be.true;
      expect(warnings).to.have.length(1);
      expect(part(el, contentPart)).to.be.null;
      await expect(el).to.be.accessible();
    });
  }
}

/** Counts the calls of a widget's protected method (`resolve`, `renderView`) from now on. */
export function countCalls(el: Element, method: 'resolve' | 'renderView'): { readonly count: number } {
  const widget = el as unknown as Record<string, (...args: unknown[]) => unknown>;
  const original = widget[method];
  const counter = { count: 0 };
  widget[method] = function (this: unknown, ...args: unknown[]) {
    counter.count += 1;
    return original.apply(this, args);
  };
  return counter;
}
