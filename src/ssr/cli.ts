#!/usr/bin/env node
/// <reference types="node" />
/**
 * `tip-widgets render`: the `tip-widgets/ssr` renderer on the command line, for a static site's build step.
 */
import { readFile, realpath, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { renderWidgets } from './render-widgets.ts';

const USAGE = `Usage: tip-widgets render [--dataset FILE] [--root DIR] [--stylesheets URL] [--locale TAG] [FILE]
       tip-widgets render --write [options] FILE...

Renders every tip-widgets element in an HTML page (or fragment) as declarative shadow DOM, so the page
reads without JavaScript; the tip-widgets script then takes the widgets over.

  FILE            the page to render; standard input when there is none. The page goes to standard output.
  --write         render each FILE in place instead
  --dataset FILE  the JSON every <tip-dataset src> on the page provides, instead of the file its src names;
                  a page with no widget inside a <tip-dataset src> is an error (it would show the bundled data)
  --root DIR      the site's root: a src starting with / is read from it, and no src is read outside it;
                  default: the current folder
  --stylesheets URL
                  link each widget's stylesheet from URL (where dist/cdn/styles/ is served, ending in /)
                  instead of inlining its styles: for a page under a strict CSP (style-src 'self')
  --locale TAG    the language of the widgets the page gives none (no lang around them, no locale):
                  each gets locale="TAG", so the script in the browser picks the same words

A <tip-dataset src> is read from the disk: relative to the page's folder, or to --root, and refused where it
leads (links followed) outside --root. Problems with a widget's attributes are printed as warnings; a file or
dataset that cannot be read or is refused ends with exit code 1.`;

class CliError extends Error {}

/** Whether `path` is `folder` or inside it (both absolute). */
const isWithin = (folder: string, path: string) => {
  const way = relative(folder, path);
  return !isAbsolute(way) && way.split(sep)[0] !== '..';
};

/**
 * The file a page's `<tip-dataset src>` names, refused where it leads outside the site's root, before and after
 * following links: a build that renders pages someone else wrote must read nothing else on the machine.
 */
async function fileInRoot(path: string, root: string, src: string): Promise<string> {
  const refused = new CliError(`<tip-dataset src="${src}"> is outside the site's root (${root}): it was not read; pass --root to widen it`);
  if (!isWithin(root, path)) throw refused;
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    throw new CliError(`the dataset ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (!isWithin(await realpath(root), real)) throw refused;
  return real;
}

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`${what} ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new CliError(`${what} ${path} is not JSON`);
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'render') {
    console.error(USAGE);
    return command === '--help' || command === '-h' ? 0 : 1;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      dataset: { type: 'string' },
      root: { type: 'string' },
      stylesheets: { type: 'string' },
      locale: { type: 'string' },
      write: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.write ? positionals.length === 0 : positionals.length > 1) {
    console.error(USAGE);
    return 1;
  }
  const root = resolve(values.root ?? '.');
  const dataset = values.dataset === undefined ? undefined : await readJson(values.dataset, 'the dataset');

  /** One page: its problems as warnings; a dataset that cannot be read is an error. */
  const renderPage = async (html: string, folder: string, name: string) => {
    const unreadable: string[] = [];
    let provided = false;
    const loadDataset = async (src: string) => {
      provided = true;
      if (dataset !== undefined) return dataset;
      if (/^[a-z][a-z\d+.-]*:/i.test(src)) {
        unreadable.push(`${name}: <tip-dataset src="${src}"> is not a file: pass it with --dataset`);
        throw new Error('it is not a file here');
      }
      try {
        return await readJson(await fileInRoot(src.startsWith('/') ? join(root, src) : join(folder, src), root, src), 'the dataset');
      } catch (error) {
        unreadable.push(`${name}: ${(error as Error).message}`);
        throw error;
      }
    };
    const rendered = await renderWidgets(html, { loadDataset, stylesheets: values.stylesheets, locale: values.locale });
    for (const problem of rendered.problems) console.warn(`${name}: ${problem}`);
    if (unreadable.length) throw new CliError(unreadable.join('\n'));
    // A page with widgets, none inside a <tip-dataset src>: they show the bundled data. A page with none is left as it is.
    if (dataset !== undefined && !provided && rendered.html !== html) {
      throw new CliError(
        `${name}: --dataset ${values.dataset} was not used: no widget on the page is inside a <tip-dataset src>, so a browser would show the bundled data. Put the widgets inside <tip-dataset src="…"> naming the file the browser loads, and pass the same file with --dataset.`,
      );
    }
    return rendered.html;
  };

  if (values.write) {
    for (const file of positionals) {
      const html = await readFile(file, 'utf8').catch(() => {
        throw new CliError(`${file} cannot be read`);
      });
      await writeFile(file, await renderPage(html, dirname(resolve(file)), file));
    }
    return 0;
  }
  const [file] = positionals;
  let html: string;
  if (file === undefined) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    html = Buffer.concat(chunks).toString('utf8');
  } else {
    html = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new CliError(`${file} cannot be read (${error.code ?? error.message})`);
    });
  }
  process.stdout.write(await renderPage(html, file === undefined ? process.cwd() : dirname(resolve(file)), file ?? 'stdin'));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(error instanceof CliError ? `tip-widgets: ${error.message}` : error);
    process.exitCode = 1;
  },
);
