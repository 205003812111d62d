/**
 * `npm run data`: verifies data/dataset.json against the source documents and writes what is
 * generated from it and the one schema: data/dataset.schema.json, src/data/bundled-ids.ts, and
 * data/content-hash.json, the hash of the content its version names (./dataset/version-record.ts).
 * With `--check` it writes nothing and also fails when a committed one is out of date, or when the
 * content changed but the version did not.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import type { Dataset } from '../src/data/schema.ts';
import { bundledIdsModule } from './dataset/bundled-ids.ts';
import { datasetJsonSchema } from './dataset/json-schema.ts';
import { SourceFileSchema } from './dataset/source-text.ts';
import { verifyDataset } from './dataset/verify-dataset.ts';
import { contentHash, versionProblems, type VersionRecord } from './dataset/version-record.ts';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
const check = process.argv.includes('--check');

const sourceFiles = v.parse(v.array(SourceFileSchema), JSON.parse(readFileSync(`${dataDir}sources/sources.json`, 'utf8')));
const dataset: unknown = JSON.parse(readFileSync(`${dataDir}dataset.json`, 'utf8'));
const problems = verifyDataset(dataset, sourceFiles, (file) => readFileSync(`${dataDir}sources/${file}`, 'utf8'));

const recordPath = `${dataDir}content-hash.json`;
let record: VersionRecord | undefined;
try {
  record = JSON.parse(readFileSync(recordPath, 'utf8'));
} catch {
  // No record yet: the first run writes it.
}
const versionIssues = problems.length === 0 ? versionProblems(dataset as Dataset, record) : [];
problems.push(...versionIssues);
const { version } = dataset as Dataset;

const generated: [path: string, text: string][] = [
  [recordPath, `${JSON.stringify({ version, sha256: contentHash(dataset as Dataset) }, null, 2)}\n`],
  [`${dataDir}dataset.schema.json`, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`],
  [fileURLToPath(new URL('../src/data/bundled-ids.ts', import.meta.url)), bundledIdsModule(dataset as Dataset)],
];
for (const [path, text] of generated) {
  if (!check) {
    // A record is only moved on by a version that passed: never to hide a change under the same version.
    if (path === recordPath && problems.length > 0) continue;
    writeFileSync(path, text);
    continue;
  }
  if (path === recordPath && versionIssues.length > 0) continue;
  let committed = '';
  try {
    committed = readFileSync(path, 'utf8');
  } catch {
    // A missing file is reported just like a stale one.
  }
  if (committed !== text) problems.push(`${path.replace(/^.*?\/(data|src)\//, '$1/')} is out of date: run \`npm run data\``);
}

if (problems.length > 0) {
  console.error(`Dataset verification failed with ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
const counts = Object.entries(dataset as Record<string, unknown>)
  .filter(([key, value]) => Array.isArray(value) && key !== 'changelog')
  .map(([key, value]) => `${(value as unknown[]).length} ${key}`);
console.log(`Dataset ${version} verified: ${counts.join(', ')}; every citation found verbatim in its source, its text fragment unique.`);
