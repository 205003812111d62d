/**
 * Every count a table words, as its language writes it: at 0, 1, 2, 3, 11 and 100, each count function's
 * form follows `Intl.PluralRules` of the table's language (the same form within a category; a distinct one
 * wherever the language distinguishes the numbers: all six Arabic categories where the count is printed, the
 * singular and the dual where it is not), and a printed count is in the language's digits and grouping.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { formatCount } from '../../src/i18n/plural.ts';
import type { Translation } from '../../src/i18n/translation.ts';

const tables = fileURLToPath(new URL('../../src/i18n/translations/', import.meta.url));
const NUMBERS = [0, 1, 2, 3, 11, 100];

/** Each function of a table that takes a count, as one-argument functions (the "more" buttons twice: last or not). */
const countFunctions = (t: Translation): Record<string, (count: number) => string> => ({
  sourcesLabel: t.sourcesLabel,
  peopleInvolved: t.peopleInvolved,
  citeSources: t.citeSources,
  notPrinted: t.notPrinted,
  moreEvents: (count) => t.moreEvents(count, false),
  lastEvents: (count) => t.moreEvents(count, true),
  moreRecommendations: (count) => t.moreRecommendations(count, false),
  lastRecommendations: (count) => t.moreRecommendations(count, true),
});

for (const file of readdirSync(tables)) {
  const module = await import(join(tables, file));
  const table = Object.values(module)[0] as Translation;
  const lang = table.$code;
  const rules = new Intl.PluralRules(lang);

  describe(`${file}: counts in ${lang}`, () => {
    for (const [name, words] of Object.entries(countFunctions(table))) {
      it(`${name} takes the form of each count's plural category`, () => {
        const said = new Map(NUMBERS.map((n) => [n, words(n)]));
        const printed = NUMBERS.some((n) => n > 1 && said.get(n)!.includes(formatCount(lang, n)));
        // The sentence with its count taken out: what must agree within a category and differ across them.
        const shape = (n: number) => said.get(n)!.replaceAll(formatCount(lang, n), '#');
        for (const n of NUMBERS) {
          for (const m of NUMBERS.filter((m) => m > n)) {
            const [a, b] = [rules.select(n), rules.select(m)];
            if (a === b) assert.equal(shape(n), shape(m), `${n} and ${m} are both "${a}" in ${lang}: one form`);
            else if (printed || [a, b].some((category) => category === 'one' || category === 'two')) {
              assert.notEqual(shape(n), shape(m), `${n} ("${a}") and ${m} ("${b}") take different forms in ${lang}`);
            }
          }
        }
        if (printed) assert.ok(words(1000).includes(formatCount(lang, 1000)), `1000 written as ${lang} writes it: ${formatCount(lang, 1000)} in "${words(1000)}"`);
      });
    }
  });
}
