import { expect, fixture, html } from '@open-wc/testing';

// The suite's own safety net (test/support/readable-failures.ts): a failure about a DOM node must report, not hang.
describe('a failed assertion about a DOM node', () => {
  it('carries the node as text, so the runner can report it', async () => {
    const el = await fixture(html`<div><p class="greeting">hello</p></div>`);
    let failure: { actual?: unknown; message?: string } | undefined;
    try {
      expect(el.querySelector('p')).to.be.null;
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure?.message).to.equal('expected <p class="greeting">hello</p> to be null');
    expect(failure?.actual).to.equal('<p class="greeting">');
  });
});
