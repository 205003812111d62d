import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type Plugin, type Rolldown } from 'vite';
import { minifyLiterals } from '../build/minify-literals.ts';
import { shippedDataset } from '../build/shipped-dataset.ts';

/** What a file costs on the wire: minified, gzip (level 9) and brotli (quality 11) bytes. */
export interface ByteSize {
  name: string;
  min: number;
  gzip: number;
  brotli: number;
}

export function byteSize(name: string, content: Buffer | string): ByteSize {
  const bytes = Buffer.from(content);
  return {
    name,
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Several files a page must load together, counted as one. */
export const filesSize = (name: string, paths: string[]) => byteSize(name, Buffer.concat(paths.map((path) => readFileSync(path))));

const LIT = [/^lit($|\/)/, /^lit-html($|\/)/, /^lit-element($|\/)/, /^@lit\//, /^@lit-labs\/ssr-client($|\/)/];

/**
 * An npm entry as a host page's bundler ships it: the entry and everything it imports, minified with
 * the project's own bundler. With `withoutLit`, Lit stays outside, as when the page already has it.
 */
export async function entrySize(root: string, entry: string, name: string, withoutLit = false): Promise<ByteSize> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [shippedDataset()],
    build: {
      write: false,
      lib: { entry: join(root, entry), formats: ['es'] },
      rolldownOptions: { external: withoutLit ? LIT : [], output: { minify: true } },
    },
  });
  const chunks = ([output].flat() as Rolldown.RolldownOutput[]).flatMap(({ output: files }) => files);
  return byteSize(name, chunks.map((chunk) => (chunk.type === 'chunk' ? chunk.code : chunk.source)).join(''));
}

const HYDRATE_SUPPORT = '@lit-labs/ssr-client/lit-element-hydrate-support.js';
/** Builds without one part: Lit's hydration support as an empty module, or the bundled dataset with empty collections. */
const without = (part: 'hydration' | 'dataset'): Plugin => ({
  name: `tip-bench-without-${part}`,
  enforce: 'pre',
  resolveId: (id) => (part === 'hydration' && id === HYDRATE_SUPPORT ? '\0empty' : undefined),
  load: (id) => {
    if (id === '\0empty') return '';
    if (part === 'dataset' && id.endsWith('/data/dataset.json')) {
      return JSON.stringify({ title: '', version: '', license: '', changelog: [], sources: [], agencies: [], people: [], stats: [], events: [], accomplishments: [], recommendations: [] });
    }
    return undefined;
  },
});

async function cdnBundle(root: string, plugins: Plugin[]): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [minifyLiterals(), shippedDataset(), ...plugins],
    build: { write: false, lib: { entry: join(root, 'src/cdn/tip-widgets.ts'), formats: ['es'] }, rolldownOptions: { output: { minify: true } } },
  });
  return ([output].flat() as Rolldown.RolldownOutput[]).flatMap(({ output: files }) => files).map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
}

/** What two parts of the script-tag bundle cost: the bundle built as it ships, less the bundle built without each. */
export async function bundleComposition(root: string): Promise<{ hydration: ByteSize; dataset: ByteSize }> {
  const [whole, noHydration, noDataset] = await Promise.all([[], [without('hydration')], [without('dataset')]].map((plugins) => cdnBundle(root, plugins)));
  const all = byteSize('', whole);
  const less = (name: string, without: string): ByteSize => {
    const part = byteSize(name, without);
    return { name, min: all.min - part.min, gzip: all.gzip - part.gzip, brotli: all.brotli - part.brotli };
  };
  return { hydration: less("Lit's hydration support", noHydration), dataset: less('the bundled dataset', noDataset) };
}
