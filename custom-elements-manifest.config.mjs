export default {
  globs: ['src/components/**/*.ts', 'src/shared/tip-element.ts'],
  exclude: ['**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
};
