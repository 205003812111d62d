import { css } from 'lit';

/**
 * What no page CSS may change. A page's rules reach a widget through its host element and what the
 * host passes on by inheritance; resets do both: The New CSS Reset's `all: unset` makes the host
 * inline (no container queries then) and drops its colour scheme, `*::before { content }` adds boxes
 * to it, and `letter-spacing` or `white-space` on `*` would flow into the text. An `!important`
 * `:host` rule wins over any page rule, so the host keeps its box, container and scheme (`hidden`
 * still hides it), and the content resets the inherited text properties, font aside: the page's
 * font is the one thing a widget takes from it by design. The host's own margin, padding, border,
 * background and size stay the page's to set: that is how it places a widget.
 */
export const hostGuardStyles = css`
  :host {
    display: block !important;
    container-type: inline-size !important;
    color-scheme: light dark !important;
  }
  /* theme="auto" on a page that chose a scheme around the widget (src/shared/controllers/page-scheme-controller.ts). */
  :host(:state(page-light)) {
    color-scheme: light !important;
  }
  :host(:state(page-dark)) {
    color-scheme: dark !important;
  }
  /* After those: an explicit theme wins. */
  :host([theme='light']) {
    color-scheme: light !important;
  }
  :host([theme='dark']) {
    color-scheme: dark !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  :host::before,
  :host::after {
    content: none !important;
  }
  .root {
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    font-style: normal;
    font-weight: normal;
  }
`;
