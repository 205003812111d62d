/**
 * Example brand themes, built only from the widgets' public `--tip-*` custom properties, the way a
 * site would restyle them. Colours use `light-dark()`, so each theme works in both schemes; every
 * text colour keeps at least 4.5:1 against both surfaces, and borders 3:1.
 */
export interface BrandTheme {
  title: string;
  properties: Record<`--tip-${string}`, string>;
}

export const brandThemes = {
  /** Cool and square: only the colours, corners and type face change. */
  harbor: {
    title: 'Harbor',
    properties: {
      '--tip-color-text': 'light-dark(#10201e, #e6f2f0)',
      '--tip-color-muted': 'light-dark(#3f5955, #a9c4bf)',
      '--tip-color-surface': 'light-dark(#f2f8f7, #0e1d1b)',
      '--tip-color-surface-alt': 'light-dark(#e1efec, #16302c)',
      '--tip-color-border': 'light-dark(#5f8f89, #4f7d77)',
      '--tip-color-accent': 'light-dark(#0f5e55, #7fdccf)',
      '--tip-color-focus': 'light-dark(#6b2fb3, #d4b8ff)',
      '--tip-radius': '0',
      '--tip-font-family': 'system-ui, sans-serif',
    },
  },
  /** Warm and roomy: every colour, rounder corners, more space, a serif face. */
  ember: {
    title: 'Ember',
    properties: {
      '--tip-color-text': 'light-dark(#2b1d14, #f6ece4)',
      '--tip-color-muted': 'light-dark(#6b4a36, #d9c3b3)',
      '--tip-color-surface': 'light-dark(#fffaf5, #1e1410)',
      '--tip-color-surface-alt': 'light-dark(#f6e9dc, #2c1f18)',
      '--tip-color-border': 'light-dark(#a57b5e, #8a6a55)',
      '--tip-color-accent': 'light-dark(#a3360b, #ffb38a)',
      '--tip-color-focus': 'light-dark(#1d4ed8, #9cc1ff)',
      '--tip-color-error': 'light-dark(#9f1239, #fda4af)',
      '--tip-radius': '1rem',
      '--tip-space-3': '1.25rem',
      '--tip-space-4': '2rem',
      '--tip-font-family': "Georgia, 'Times New Roman', serif",
      '--tip-line-height': '1.6',
    },
  },
} satisfies Record<string, BrandTheme>;

export type BrandThemeId = keyof typeof brandThemes;
