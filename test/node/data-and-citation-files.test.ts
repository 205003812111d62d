/**
 * The files the "Data and citation" control makes: CSV per RFC 4180 with a byte-order mark and formula cells
 * made inert, JSON with every citation, BibTeX with LaTeX's special characters escaped, and CSL-JSON.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DatasetIndex } from '../../src/data/dataset-index.ts';
import { bundledDataset } from '../../src/data/dataset.ts';
import type { Source } from '../../src/data/schema.ts';
import { toCsv } from '../../src/shared/data-and-citation/csv.ts';
import { csvFile, jsonFile } from '../../src/shared/data-and-citation/exported-data.ts';
import { bibtexFile, cslJsonFile, datasetRelease } from '../../src/shared/data-and-citation/references.ts';
import { quoteUrl } from '../../src/shared/formatting/source-links.ts';
import { elementHtml } from '../../src/builder/snippet.ts';

const data = DatasetIndex.for(bundledDataset);

describe('CSV', () => {
  it('starts with a byte-order mark and ends each record with CRLF', () => {
    assert.equal(toCsv([{ a: 'x', b: 2 }]), '\uFEFFa,b\r\nx,2\r\n');
  });

  it('quotes a field with a comma, a quote or a line break, doubling its quotes', () => {
    assert.equal(toCsv([{ a: 'one, two', b: 'say "hi"', c: 'line\nbreak' }]).split('\r\n')[1], '"one, two","say ""hi""","line\nbreak"');
  });

  it('makes a cell a spreadsheet would run as a formula inert, but leaves numbers be', () => {
    const row = toCsv([{ a: '=HYPERLINK("http://x")', b: '+1', c: '-2', d: '@SUM(A1)', e: '\tx', f: -3 }]).split('\r\n')[1];
    assert.equal(row, `"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1),'\tx,-3`);
  });

  it('gives every row every column, empty where a row has none', () => {
    assert.equal(toCsv([{ a: 1 }, { b: 2 }]), '\uFEFFa,b\r\n1,\r\n,2\r\n');
  });

  it('writes a record per item with its citations one per line', () => {
    const stat = bundledDataset.stats.find((s) => (s.wordings ?? []).length > 0)!;
    const csv = csvFile({ name: 'x', records: [{ fields: { id: stat.id }, citations: [...stat.citations, ...stat.wordings!] }] }, data);
    const [header, row] = csv.slice(1).split('\r\n');
    assert.equal(header, 'id,dataset_version,source,source_title,publisher,source_date,url,quote,quote_url,archived_url');
    assert.ok(row.startsWith(`${stat.id},${bundledDataset.version},`));
    for (const { quote } of [...stat.citations, ...stat.wordings!]) assert.ok(row.includes(quote.replace(/"/g, '""')), quote);
    // Eight citation columns, each a line per citation.
    assert.equal(row.split('\n').length, 8 * (stat.citations.length + stat.wordings!.length - 1) + 1);
  });
});

describe('JSON', () => {
  it('holds each record with the dataset version and its citations: source, title, publisher, date, URL, quote, its words\' link and an archived copy', () => {
    const event = bundledDataset.events[0];
    const [record] = JSON.parse(jsonFile({ name: 'x', records: [{ fields: { id: event.id }, citations: event.citations }] }, data));
    const source = data.sources.get(event.citations[0].source)!;
    assert.equal(record.dataset_version, bundledDataset.version);
    assert.deepEqual(record.citations[0], {
      source: source.id,
      title: source.title,
      publisher: source.publisher,
      date: source.date?.iso,
      url: source.url,
      quote: event.citations[0].quote,
      quote_url: quoteUrl(source.url!, event.citations[0].quote),
      archived_url: `https://web.archive.org/web/${source.date!.iso.replace(/-/g, '')}/${source.url}`,
    });
  });
});

describe('references', () => {
  const source: Source = { id: 'a-b', title: 'Costs & 100% of {it}', publisher: 'Voice_of #1', author: 'Ann ~ Lee', kind: 'editorial', date: { iso: '2012-03', precision: 'month' }, url: 'https://example.org/a' };

  const release = datasetRelease(bundledDataset)!;

  it('write BibTeX with LaTeX\'s special characters escaped, the date at its precision and an archived copy', () => {
    assert.equal(
      bibtexFile([source], undefined),
      '@online{a-b,\n  author = {Ann \\textasciitilde{} Lee},\n  title = {{Costs \\& 100\\% of \\{it\\}}},\n  organization = {Voice\\_of \\#1},\n  date = {2012-03},\n  year = {2012},\n  month = {3},\n  url = {https://example.org/a},\n  note = {Archived copy: \\url{https://web.archive.org/web/201203/https://example.org/a}},\n}\n',
    );
  });

  it('cite the dataset itself with its version, in BibTeX and CSL-JSON', () => {
    const [, dataset] = bibtexFile([source], release).split('\n@');
    assert.equal(
      dataset,
      `dataset{dataset,\n  title = {{${bundledDataset.title}}},\n  version = {${bundledDataset.version}},\n  date = {${release.date}},\n  year = {${release.date!.slice(0, 4)}},\n  month = {${Number(release.date!.slice(5, 7))}},\n  note = {Licence: ${bundledDataset.license}},\n}\n`,
    );
    assert.deepEqual(JSON.parse(cslJsonFile([source], release))[1], {
      id: 'dataset',
      type: 'dataset',
      title: bundledDataset.title,
      version: bundledDataset.version,
      issued: { 'date-parts': [release.date!.split('-').map(Number)] },
      note: `Licence: ${bundledDataset.license}`,
    });
  });

  it('write a URL with a brace or backslash percent-encoded in BibTeX, so it cannot end the field', () => {
    assert.match(bibtexFile([{ ...source, url: 'https://example.org/a}b{c\\d' }], undefined), /url = \{https:\/\/example\.org\/a%7Db%7Bc%5Cd\},/);
  });

  it('write CSL-JSON that reference managers read', () => {
    assert.deepEqual(JSON.parse(cslJsonFile([source], undefined)), [
      {
        id: 'a-b',
        type: 'article-newspaper',
        title: 'Costs & 100% of {it}',
        author: [{ literal: 'Ann ~ Lee' }],
        publisher: 'Voice_of #1',
        'container-title': 'Voice_of #1',
        genre: 'editorial',
        issued: { 'date-parts': [[2012, 3]] },
        URL: 'https://example.org/a',
        note: 'Archived copy: https://web.archive.org/web/201203/https://example.org/a',
      },
    ]);
  });
});

describe('the builder\'s snippet', () => {
  it('writes the dataset file\'s name as a URL, so a space, # or ? cannot cut it short', () => {
    assert.equal(
      elementHtml({ tag: 'tip-stat-card', attributes: [['stat', 'a"b']], properties: [], datasetFile: 'our data #2?.json' }),
      '<tip-dataset src="our%20data%20%232%3F.json">\n  <tip-stat-card stat="a&quot;b"></tip-stat-card>\n</tip-dataset>',
    );
  });
});
