import { literalAliases } from './scripts/build/literal-aliases.js';

export default {
  // bundled-ids.ts and tip-element.ts (Theme) declare the string-literal types the plugin writes out.
  globs: ['src/components/**/*.ts', 'src/shared/tip-element.ts', 'src/data/bundled-ids.ts'],
  exclude: ['**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [literalAliases()],
};
