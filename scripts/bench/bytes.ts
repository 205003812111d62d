import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

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

const LIT = [/^lit($|\/)/, /^lit-html($|\/)/, /^lit-element($|\/)/, /^@lit\//];

/**
 * An npm entry as a host page's bundler ships it: the entry and everything it imports, minified with
 * the project's own bundler. With `withoutLit`, Lit stays outside, as when the page already has it.
 */
export async function entrySize(root: string, entry: string, name: string, withoutLit = false): Promise<ByteSize> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      write: false,
      lib: { entry: join(root, entry), formats: ['es'] },
      rolldownOptions: { external: withoutLit ? LIT : [], output: { minify: true } },
    },
  });
  const chunks = ([output].flat() as Rolldown.RolldownOutput[]).flatMap(({ output: files }) => files);
  return byteSize(name, chunks.map((chunk) => (chunk.type === 'chunk' ? chunk.code : chunk.source)).join(''));
}
