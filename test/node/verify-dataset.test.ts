import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../../src/data/schema.ts';
import { quoteStatesValue } from '../../scripts/dataset/number-forms.ts';
import type { SourceFile } from '../../scripts/dataset/source-text.ts';
import { verifyDataset } from '../../scripts/dataset/verify-dataset.ts';

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(`${dataDir}${path}`, 'utf8'));
const sourceFiles: SourceFile[] = readJson('sources/sources.json');
const readSource = (file: string) => readFileSync(`${dataDir}sources/${file}`, 'utf8');

/** Verifies a deliberately broken copy of the bundled dataset. */
function problemsAfter(breakIt: (data: Dataset) => void): string[] {
  const data: Dataset = readJson('dataset.json');
  breakIt(data);
  return verifyDataset(data, sourceFiles, readSource);
}

describe('the bundled dataset', () => {
  it('passes every check', () => {
    assert.deepEqual(problemsAfter(() => {}), []);
  });

  it('covers the figures the documents state', () => {
    const data: Dataset = readJson('dataset.json');
    const values = data.stats.map((s) => s.value);
    for (const value of [27e6, 120, 30, 40, 16000, 800, 37, 140, 150, 3e6, 150e9, 25e6]) {
      assert.ok(values.includes(value), `a stat with value ${value}`);
    }
    // The CFR report's four listed recommendations and its two further calls, marked apart.
    assert.deepEqual(data.recommendations.map((r) => r.placement), ['list', 'list', 'list', 'list', 'text', 'text']);
    const days = data.events.filter((e) => e.kind === 'meeting').map((e) => e.date.iso);
    assert.deepEqual(days.sort(), ['2012-03-15', '2016-10-24']);
  });
});

describe('npm run data fails, naming the entry, when', () => {
  it('the bundled dataset carries a translation, words no quote verifies', () => {
    const problems = problemsAfter((d) => (d.events[0].translations = { es: { title: 'Una reunión' } }));
    assert.match(problems.join('\n'), new RegExp(`events/${readJson('dataset.json').events[0].id}: the bundled dataset ships no translations`));
  });

  it('the bundled dataset does not say it is English', () => {
    assert.match(problemsAfter((d) => delete d.language).join('\n'), /the dataset's language must be "en"/);
  });

  it('a quote is not verbatim in its source', () => {
    const problems = problemsAfter((d) => (d.stats[0].citations[0].quote += ' (paraphrased)'));
    assert.match(problems.join('\n'), new RegExp(`stats/${readJson('dataset.json').stats[0].id}: citation 1 quote is not verbatim`));
  });

  it('a quote comes from a reader comment, not the article', () => {
    const problems = problemsAfter((d) => {
      d.events[0].citations.push({ source: 'cnn-2012-03-15', quote: 'Everything in the US is a national security issue.' });
    });
    assert.match(problems.join('\n'), /events\/[a-z0-9-]+: citation \d+ quote lies outside the article in cnn-2012-03-15/);
  });

  it("a stat's number does not appear in its quote", () => {
    const problems = problemsAfter((d) => (d.stats.find((s) => s.value === 120)!.value = 121));
    assert.match(problems.join('\n'), /stats\/[a-z0-9-]+: citation 1 quote does not state the value 121/);
  });

  it('an id is duplicated', () => {
    const problems = problemsAfter((d) => (d.stats[1].id = d.stats[0].id));
    assert.match(problems.join('\n'), /stats\/[a-z0-9-]+ id: "[a-z0-9-]+" is the id of an earlier entry too/);
  });

  it('a reference dangles', () => {
    const problems = problemsAfter((d) => (d.accomplishments[0].reportedBy = 'nobody-at-all'));
    assert.match(problems.join('\n'), /accomplishments\/[a-z0-9-]+ reportedBy: "nobody-at-all" is not an id in people/);
  });

  it('a stat names another meeting than the accomplishment that reports it', () => {
    const problems = problemsAfter((d) => delete d.stats.find((s) => s.id === 'defendants-charged')!.meeting);
    assert.match(problems.join('\n'), /accomplishments\/[a-z0-9-]+: reports stat "defendants-charged" at meeting "annual-meeting-2012", but the stat names no meeting/);
  });

  it('a date is not ISO', () => {
    const problems = problemsAfter((d) => (d.events[0].date.iso = '15 March 2012'));
    assert.match(problems.join('\n'), /events\/[a-z0-9-]+ date\.iso: expected an ISO date/);
  });

  it('a date claims more precision than its quote supports', () => {
    const problems = problemsAfter((d) => {
      const law = d.events.find((e) => e.kind === 'law')!;
      law.date = { iso: '2000-10', precision: 'month' };
    });
    assert.match(problems.join('\n'), /events\/[a-z0-9-]+: date 2000-10 claims month precision but no quote names October/);
  });

  it("a stat's other wording is not verbatim, or does not state its figure", () => {
    const paraphrased = problemsAfter((d) => (d.stats.find((s) => s.id === 'prosecutions-rise')!.wordings![0].quote += ' (roughly)'));
    assert.match(paraphrased.join('\n'), /stats\/prosecutions-rise: wording 1 quote is not verbatim in iip-2012-03-16/);
    const otherFigure = problemsAfter((d) => {
      d.stats.find((s) => s.id === 'prosecutions-rise')!.wordings = [{ source: 'iip-2012-03-16', quote: 'Clinton said the State Department provides grants in some 37 countries' }];
    });
    assert.match(otherFigure.join('\n'), /stats\/prosecutions-rise: wording 1 quote does not state the value 30/);
  });

  it("a source's address says nothing of how it was matched", () => {
    const problems = problemsAfter((d) => delete d.sources[0].urlNote);
    assert.match(problems.join('\n'), /sources\/cnn-2012-03-15: url needs a urlNote/);
  });

  it('a summary states a number its quotes do not, in digits or in words', () => {
    for (const figure of ['45', 'forty-five', 'dozens of']) {
      const problems = problemsAfter((d) => (d.accomplishments.find((a) => a.id === 'hhs-trafficking-hotline')!.summary += ` in ${figure} states`));
      assert.match(problems.join('\n'), /accomplishments\/hhs-trafficking-hotline: summary says "(45|forty five|dozens)", which none of its quotes states/, figure);
    }
  });

  it("an accomplishment's reporter is named in none of its quotes", () => {
    const problems = problemsAfter((d) => (d.accomplishments.find((a) => a.id === 'doj-prosecutions')!.reportedBy = 'hillary-clinton'));
    assert.match(problems.join('\n'), /accomplishments\/doj-prosecutions: reportedBy "hillary-clinton" is named in none of its quotes/);
  });

  it('an entry credits an agency or a person its quotes do not name', () => {
    const problems = problemsAfter((d) => {
      d.accomplishments.find((a) => a.id === 'hhs-trafficking-hotline')!.agency = 'transportation';
      d.stats.find((s) => s.id === 'defendants-charged')!.statedBy = 'hillary-clinton';
    });
    assert.match(problems.join('\n'), /accomplishments\/hhs-trafficking-hotline: agency "transportation" is named in none of its quotes/);
    assert.match(problems.join('\n'), /stats\/defendants-charged: statedBy "hillary-clinton" is named in none of its quotes/);
  });

  it('an agency is not who reported the entry (the audit of issue 26: the executive order, the coordinated teams)', () => {
    const problems = problemsAfter((d) => {
      d.accomplishments.find((a) => a.id === 'executive-order-federal-contracts')!.agency = 'white-house';
      d.accomplishments.find((a) => a.id === 'pitf-coordinated-teams')!.agency = 'pitf';
    });
    assert.match(problems.join('\n'), /accomplishments\/executive-order-federal-contracts: agency "white-house" is not the organization of its reportedBy "john-kerry" \(state\)/);
    assert.match(problems.join('\n'), /accomplishments\/pitf-coordinated-teams: agency "pitf" is not the organization of its reportedBy "hillary-clinton" \(state\)/);
  });

  it('an owner no quote names, or the same as the agency', () => {
    const problems = problemsAfter((d) => {
      d.accomplishments.find((a) => a.id === 'executive-order-federal-contracts')!.owner = 'white-house';
      d.accomplishments.find((a) => a.id === 'doj-prosecutions')!.owner = 'justice';
    });
    assert.match(problems.join('\n'), /accomplishments\/executive-order-federal-contracts: owner "white-house" is named in none of its quotes/);
    assert.match(problems.join('\n'), /accomplishments\/doj-prosecutions: owner "justice" is its agency/);
  });

  it('an office is placed under a department no quote names beside it', () => {
    const problems = problemsAfter((d) => (d.agencies.find((a) => a.id === 'office-civilian-security')!.parent = 'state'));
    assert.match(problems.join('\n'), /agencies\/office-civilian-security: parent "state" is named beside it in no quote/);
  });

  it("a publisher or an editorial kind the page does not print is not marked as read from the address", () => {
    const problems = problemsAfter((d) => {
      delete d.sources.find((s) => s.id === 'voa-2012')!.fromAddress;
      d.sources.find((s) => s.id === 'iip-2012-03-16')!.publisher = 'IIP, U.S. Department of State';
    });
    assert.match(problems.join('\n'), /sources\/voa-2012: publisher "Voice of America" is not printed in the article/);
    assert.match(problems.join('\n'), /sources\/voa-2012: kind "editorial": the article never says so/);
    assert.match(problems.join('\n'), /sources\/iip-2012-03-16: publisher "IIP, U.S. Department of State" is not printed/);
  });

  it("a quote's text fragment would land on another sentence", () => {
    const problems = problemsAfter((d) => {
      const meeting = d.events.find((e) => e.id === 'annual-meeting-2016')!;
      // Verbatim, but its first five words also open the sentence before it.
      meeting.citations[0].quote = `U.S. Secretary of State ${meeting.citations[0].quote}`;
    });
    assert.match(problems.join('\n'), /events\/annual-meeting-2016: quote 1: its text fragment's start "U\.S\. Secretary of State John" occurs 2 times in the document/);
  });

  it('the bundled dataset has no title, version, licence or changelog', () => {
    const problems = problemsAfter((d) => {
      delete d.title;
      delete d.license;
    });
    assert.match(problems.join('\n'), /the bundled dataset needs a title/);
    assert.match(problems.join('\n'), /the bundled dataset needs a license/);
  });

  it('a day is invented for a month-precise date', () => {
    const problems = problemsAfter((d) => {
      const plan = d.events.find((e) => e.kind === 'plan')!;
      plan.date = { iso: '2020-10-01', precision: 'day' };
    });
    assert.match(problems.join('\n'), /events\/[a-z0-9-]+: date 2020-10-01 claims day precision but no quote states October 1/);
  });
});

describe('quoteStatesValue', () => {
  const cases: Array<[string, number, Parameters<typeof quoteStatesValue>[2], boolean]> = [
    ['The 27 million men, women and children', 27e6, 'people', true],
    ['With 16,000 calls in the last year', 16000, 'calls', true],
    ['a 40 percent increase in calls', 40, 'percent', true],
    ['reaps an estimated $150 billion for traffickers', 150e9, 'usd', true],
    ['Three million people have logged on', 3e6, 'people', true],
    ['Nearly 140 countries now have enacted', 40, 'countries', false],
    ['a 40 percent increase', 40, 'calls', true],
    ['charged nearly 120 defendants', 12, 'defendants', false],
  ];
  for (const [quote, value, unit, expected] of cases) {
    it(`${expected ? 'finds' : 'does not find'} ${value} in "${quote}"`, () => {
      assert.equal(quoteStatesValue(quote, value, unit), expected);
    });
  }
});
