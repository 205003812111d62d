import { css } from 'lit';

/**
 * A pre-rendered widget before its script runs, or with JavaScript off (tip-widgets/ssr): its element is
 * not defined yet. Then a control that needs the script (`.needs-script`: tabs, toggles, Copy, Show more)
 * is not there, what such a control would disclose (`.shown-without-script`, hidden until chosen) is
 * shown, and so is what stands in for a control (`.only-without-script`, a toggle's text as plain text).
 * The DOM is the one the script takes over, so hydration keeps every node.
 */
export const scriptlessStyles = css`
  :host(:not(:defined)) .needs-script {
    display: none !important;
  }
  :host(:not(:defined)) .shown-without-script[hidden] {
    display: block !important;
  }
  :host(:defined) .only-without-script {
    display: none !important;
  }
`;
