/**
 * en-US is formatted by hand (src/shared/formatting/format-en-us.ts) to spare the page Intl's start-up cost; here
 * it must write exactly what Intl writes, in each browser. `en-US-u-nu-latn` names the same formatting
 * (Latin digits are en-US's own) but is not the exact tag the hand-written path takes, so it goes to Intl.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { PartialDate, Stat } from '../src/data/schema.ts';
import { formatList, formatPartialDate, formatStatValue, type StatNotation } from '../src/shared/formatting/format.ts';

const VIA_INTL = { 'en-US': 'en-US-u-nu-latn', en: 'en-u-nu-latn' };
const locale = fc.constantFrom(...(Object.keys(VIA_INTL) as (keyof typeof VIA_INTL)[]));
const RUNS = { numRuns: 3000 };

/** Where rounding and units change: a compact figure's last digit, a unit's end, the largest figures. */
const EDGES = [0, 1, 999, 1000, 1049, 1050, 9999, 99_950, 999_949, 999_950, 999_999, 1e6, 27e6, 999_949_999, 999_950_000, 1e9, 15e10,
  1e12, 999_949_999_999_999, 1e15, Number.MAX_SAFE_INTEGER];
const value = fc.oneof(
  fc.constantFrom(...EDGES),
  fc.nat(10_000),
  fc.nat(10_000_000),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  fc.integer({ min: -1e9, max: -1 }),
  fc.double({ min: 0, max: 1e7, noNaN: true }),
);

describe('hand-written en-US formatting', () => {
  it('writes each figure as Intl does', () => {
    const stat = fc.record({ value, unit: fc.constantFrom<Stat['unit']>('people', 'usd', 'percent') });
    const notation = fc.constantFrom<StatNotation>('standard', 'compact');
    fc.assert(
      fc.property(stat, notation, locale, (s, n, l) => {
        expect(formatStatValue(s, l, n), `${s.value} ${s.unit} ${n}`).to.equal(formatStatValue(s, VIA_INTL[l], n));
      }),
      RUNS,
    );
  });

  it('writes each date as Intl does', () => {
    const date = fc.record({
      year: fc.integer({ min: 1, max: 9999 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      precision: fc.constantFrom<PartialDate['precision']>('year', 'month', 'day'),
      bound: fc.constantFrom<PartialDate['bound']>(undefined, 'exact', 'on-or-after'),
    });
    fc.assert(
      fc.property(date, locale, ({ year, month, day, precision, bound }, l) => {
        const pad = (n: number, width = 2) => String(n).padStart(width, '0');
        const iso = [pad(year, 4), pad(month), pad(day)].slice(0, { year: 1, month: 2, day: 3 }[precision]).join('-');
        const partial: PartialDate = { iso, precision, bound };
        expect(formatPartialDate(partial, l), iso).to.equal(formatPartialDate(partial, VIA_INTL[l]));
      }),
      RUNS,
    );
  });

  it('writes each list as Intl does', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 6 }), locale, (items, l) => {
        expect(formatList(items, l)).to.equal(formatList(items, VIA_INTL[l]));
      }),
      RUNS,
    );
  });

  it('writes the documents\' figures as they do', () => {
    const figure = (value: number, unit: Stat['unit'], notation?: StatNotation) => formatStatValue({ value, unit }, 'en-US', notation);
    expect([figure(27e6, 'people'), figure(16_000, 'calls'), figure(15e10, 'usd'), figure(40, 'percent'), figure(27e6, 'people', 'compact')])
      .to.deep.equal(['27 million', '16,000', '$150 billion', '40%', '27M']);
    expect(figure(999_949_999, 'usd')).to.equal('$999.9 million');
  });
});
