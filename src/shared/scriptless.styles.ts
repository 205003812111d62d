import { css } from 'lit';

/**
 * A pre-rendered widget before its script runs, or with JavaScript off (tip-widgets/ssr): its element is
 * not defined yet. Then a control that needs the script (`.needs-script`: tabs, Copy, Show more) is not
 * there, and what such a control would disclose (`.shown-without-script`, hidden until chosen) is shown.
 * The DOM is the one the script takes over, so hydration keeps every node.
 */
export const scriptlessStyles = css`
  :host(:not(:defined)) .needs-script {
    display: none !important;
  }
  :host(:not(:defined)) .shown-without-script[hidden] {
    display: block !important;
  }
`;
