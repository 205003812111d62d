/**
 * No module of src/ imports itself through others, type-only imports included: a circle makes the order modules
 * run in depend on which one a page imports first, and a type circle is where a value circle starts.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const SRC = resolve(import.meta.dirname, '../../src');

const modules = (readdirSync(SRC, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts')).map((file) => join(SRC, file));

/** Every relative module a file imports or re-exports, statically or dynamically, values or types. */
function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\1/g)].map((match) => match[2]);
  return specifiers.map((specifier) => resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
}

/** A circle of imports, as the files in it, found by depth-first search; `undefined` if there is none. */
function findCircle(graph: Map<string, string[]>): string[] | undefined {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string): string[] | undefined => {
    const at = path.indexOf(file);
    if (at >= 0) return [...path.slice(at), file];
    if (done.has(file)) return undefined;
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      const circle = visit(next);
      if (circle) return circle;
    }
    path.pop();
    done.add(file);
    return undefined;
  };
  for (const file of graph.keys()) {
    const circle = visit(file);
    if (circle) return circle;
  }
  return undefined;
}

describe('imports', () => {
  const graph = new Map(modules.map((file) => [file, importsOf(file)]));

  it('finds the imports it checks, type-only ones included', () => {
    assert.deepEqual(
      importsOf('/x/a.ts', `import type { A } from './b.ts';\nimport { c } from "../c.js";\nexport * from './d.ts';\nimport './e.ts';\nconst f = import('./f.ts');`),
      ['/x/b.ts', '/c.ts', '/x/d.ts', '/x/e.ts', '/x/f.ts'],
    );
    assert.deepEqual(findCircle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]])), ['a', 'b', 'c', 'a']);
    assert.equal(findCircle(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]])), undefined);
  });

  it('form no circle in src/', () => {
    const circle = findCircle(graph);
    assert.equal(circle && circle.map((file) => relative(SRC, file)).join(' -> '), undefined);
  });
});
