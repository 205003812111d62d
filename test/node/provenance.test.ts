/**
 * The links from a quote to its words: a URL text fragment built from the quote (and checked by `npm run data`
 * to land on it), an archived copy from the source's date; and the dataset's version guard.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Dataset, Source } from '../../src/data/schema.ts';
import { archivedUrl, quoteTerms, quoteUrl } from '../../src/shared/formatting/source-links.ts';
import { fragmentProblem } from '../../scripts/dataset/text-fragments.ts';
import { contentHash, versionProblems, type VersionRecord } from '../../scripts/dataset/version-record.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

describe('a quote\'s text fragment', () => {
  it('is the whole quote when it has at most ten words, its edges\' marks left out', () => {
    assert.deepEqual(quoteTerms('“We will make sure that adequate resources are allocated”'), { start: 'We will make sure that adequate resources are allocated' });
  });

  it('is the first and last five words of a longer quote', () => {
    assert.deepEqual(quoteTerms('Around the world, some 27 million men, women and children are enslaved for labor or sexual exploitation, Clinton said.'), {
      start: 'Around the world, some 27',
      end: 'or sexual exploitation, Clinton said',
    });
  });

  it('percent-encodes the characters a text directive reserves: - & , and spaces', () => {
    assert.equal(
      quoteUrl('https://example.org/a', 'one - two & three, four five six seven eight nine ten eleven twelve'),
      'https://example.org/a#:~:text=one%20%2D%20two%20%26%20three%2C,eight%20nine%20ten%20eleven%20twelve',
    );
  });

  it('follows an address\'s own fragment as the spec writes it: #section:~:text=', () => {
    assert.equal(quoteUrl('https://example.org/a#part', 'three short words'), 'https://example.org/a#part:~:text=three%20short%20words');
  });

  it('is found once, ending where the quote ends, or reported', () => {
    const text = 'Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda. Alpha beta gamma delta epsilon again.';
    assert.equal(fragmentProblem('Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda.', text), 'its text fragment\'s start "Alpha beta gamma delta epsilon" occurs 2 times in the document, not once: begin the quote elsewhere');
    assert.equal(fragmentProblem('zeta eta theta iota kappa lambda. Alpha beta gamma delta epsilon again.', text), undefined);
    // The end's first occurrence after the start is not the quote's end.
    const repeated = 'One two three four five six seven eight nine ten. Six seven eight nine ten.';
    assert.match(fragmentProblem('One two three four five six seven eight nine ten. Six seven eight nine ten.', repeated) ?? '', /end "Six seven eight nine ten" first occurs elsewhere/);
  });

  it('matches on word boundaries only, as browsers do', () => {
    assert.equal(fragmentProblem('Human trafficking', 'Human trafficking. Human traffickings.'), undefined);
  });
});

describe('an archived copy', () => {
  const source: Source = { id: 's', title: 'T', publisher: 'P', kind: 'news-report', url: 'https://example.org/a' };
  it('is the Wayback Machine\'s nearest the source\'s date, at its precision', () => {
    assert.equal(archivedUrl({ ...source, date: { iso: '2012-03-15', precision: 'day' } }), 'https://web.archive.org/web/20120315/https://example.org/a');
    assert.equal(archivedUrl({ ...source, date: { iso: '2012', precision: 'year' } }), 'https://web.archive.org/web/2012/https://example.org/a');
    assert.equal(archivedUrl(source), 'https://web.archive.org/web/https://example.org/a');
  });
  it('is none without a secure address', () => {
    assert.equal(archivedUrl({ ...source, url: 'http://example.org/a' }), undefined);
  });
});

describe('the dataset version', () => {
  const data: Dataset = readJson('data/dataset.json');
  const record: VersionRecord = readJson('data/content-hash.json');

  it('is recorded with the hash of the content it names', () => {
    assert.deepEqual(record, { version: data.version, sha256: contentHash(data) });
    assert.deepEqual(versionProblems(data, record), []);
  });

  it('must change, with the changelog, when the content does', () => {
    const changed: Dataset = structuredClone(data);
    changed.stats[0].label += ' worldwide';
    assert.match(versionProblems(changed, record).join('\n'), /the content changed since version 1\.0\.0 was recorded: raise `version`/);
    changed.version = '1.0.1';
    assert.match(versionProblems(changed, record).join('\n'), /the changelog's newest entry is 1\.0\.0, not version 1\.0\.1/);
    changed.changelog = [{ version: '1.0.1', date: '2026-12-08', changes: 'A label reworded.', ids: [changed.stats[0].id] }, ...changed.changelog!];
    assert.deepEqual(versionProblems(changed, record), []);
    assert.match(versionProblems({ ...changed, version: '0.9.0', changelog: [{ ...changed.changelog[0], version: '0.9.0' }] }, record).join('\n'), /version 0\.9\.0 does not come after the recorded 1\.0\.0/);
  });

  it('is not moved by a version or changelog edit alone', () => {
    assert.equal(contentHash({ ...data, version: '9.9.9', changelog: [] }), contentHash(data));
  });

  it('fails `npm run data -- --check` on a changed dataset without a version bump, and `npm run data` does not record it', () => {
    const copy = mkdtempSync(join(tmpdir(), 'tip-data-'));
    for (const path of ['data', 'scripts', 'src', 'package.json', 'tsconfig.json']) cpSync(join(root, path), join(copy, path), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    const changed: Dataset = structuredClone(data);
    changed.stats[0].label += ' worldwide';
    writeFileSync(join(copy, 'data/dataset.json'), `${JSON.stringify(changed, null, 2)}\n`);
    const tsx = join(root, 'node_modules/.bin/tsx');
    const run = (...args: string[]) => {
      try {
        execFileSync(tsx, ['scripts/build-dataset.ts', ...args], { cwd: copy, stdio: 'pipe', encoding: 'utf8' });
        return { code: 0, stderr: '' };
      } catch (error) {
        const { status, stderr } = error as { status: number; stderr: string };
        return { code: status, stderr };
      }
    };
    for (const args of [['--check'], []]) {
      const { code, stderr } = run(...args);
      assert.equal(code, 1, args.join(' '));
      assert.match(stderr, /the content changed since version 1\.0\.0 was recorded/);
      assert.doesNotMatch(stderr, /content-hash\.json is out of date/);
    }
    assert.deepEqual(JSON.parse(readFileSync(join(copy, 'data/content-hash.json'), 'utf8')), record);
    rmSync(copy, { recursive: true });
  });
});

describe('CITATION.cff', () => {
  it('names the package\'s version and the dataset\'s title, version, date and licence', () => {
    const cff = readFileSync(join(root, 'CITATION.cff'), 'utf8');
    const data: Dataset = readJson('data/dataset.json');
    const field = (name: string, text = cff) => text.match(new RegExp(`^\\s*${name}: "?(.+?)"?$`, 'm'))?.[1];
    assert.equal(field('cff-version'), '1.2.0');
    assert.equal(field('version'), readJson('package.json').version);
    const dataset = cff.slice(cff.indexOf('- type: data'));
    assert.equal(field('title', dataset), data.title);
    assert.equal(field('version', dataset), data.version);
    assert.equal(field('date-released', dataset), data.changelog![0].date);
    assert.equal(field('license', dataset), data.license);
  });
});
