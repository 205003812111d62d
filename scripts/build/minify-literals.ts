import type { Plugin } from 'vite';

/** Collapses a css`` literal's comments and white space; its strings and `${}` parts are kept as written. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * Lit keeps styles as template literals, which no JS minifier touches: this shrinks every css``
 * literal in the library's own sources before bundling.
 */
export function minifyLiterals(): Plugin {
  return {
    name: 'tip-minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return undefined;
      return { code: code.replace(/\bcss`([^`]*)`/g, (_, body: string) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}
