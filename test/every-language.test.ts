/**
 * Every element in every language: with everything it can show open (sources, events, tabs, Show more),
 * no English word of the widget's own is left outside the dataset's text (which stays English, marked
 * lang="en") and its addresses (translate="no"), and a bad attribute's message is the translated one.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/index.ts';
import '../src/i18n/translations/ar.ts';
import '../src/i18n/translations/es.ts';
import '../src/i18n/translations/fr.ts';
import '../src/i18n/translations/pt.ts';
import { translations } from '../src/i18n/translation-registry.ts';
import type { Translation } from '../src/i18n/translation.ts';
import { en } from '../src/i18n/translations/en.ts';
import { orList } from '../src/shared/attribute-values.ts';
import { WIDGET_TAGS, type WidgetTag } from '../src/shared/widget-tags.ts';
import { collapsedText, part, parts, waitFor, type Widget } from './support/widget-fixture.ts';

const LANGUAGES = ['es', 'fr', 'pt', 'ar'];

/** Each table entry's words, a function's for a few kinds of arguments (a count of one and of two, ids). */
function vocabulary(table: Translation): Set<string> {
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') texts.push(value);
    else if (typeof value === 'function') for (const args of [[1, true, 1], [2, false, 2], ['x', 'y', 3]]) texts.push(value(...args));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const [key, value] of Object.entries(table)) if (!key.startsWith('$')) walk(value);
  return new Set(texts.join(' ').toLowerCase().match(/\p{L}{3,}/gu));
}

/** The text a widget writes in its own words: everything but what lies inside an element of the dataset's language. */
function ownText(widget: Element): string {
  const root = widget.shadowRoot!;
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      if (node.localName === 'style') continue;
      const label = node.getAttribute('aria-label');
      if (label && node.closest('[lang]')?.getAttribute('lang') !== 'en') texts.push(label);
    } else if (
      node.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'en' &&
      !node.parentElement?.closest('[translate="no"]') && // An address, in no language.
      node.parentElement?.localName !== 'style'
    ) {
      texts.push(node.nodeValue!);
    }
  }
  return texts.join(' ');
}

/** Opens what a widget hides behind a control: its sources, its events' details, its next page of items. */
async function openEverything(widget: Widget) {
  for (const details of widget.shadowRoot!.querySelectorAll('details')) details.open = true;
  for (const toggle of parts(widget, 'toggle')) if (toggle.getAttribute('aria-expanded') === 'false') toggle.click();
  await widget.updateComplete;
}

const WIDGETS = [
  staticHtml`<tip-stat-card stat="defendants-charged"></tip-stat-card>`,
  staticHtml`<task-force-timeline></task-force-timeline>`,
  staticHtml`<agency-accomplishments></agency-accomplishments>`,
  staticHtml`<agency-accomplishments layout="tabs"></agency-accomplishments>`,
  staticHtml`<recommendation-list></recommendation-list>`,
];

/** A bad value of one of each widget's attributes, and what the widget says of it in a language. */
const oneOf = (attribute: string, allowed: string[]) => (table: Translation, lang: string) => table.notOneOf(attribute, 'purple', orList(allowed, lang), allowed.length);
const BAD: Record<WidgetTag, [string, (table: Translation, lang: string) => string]> = {
  'tip-stat-card': ['notation', oneOf('notation', ['standard', 'compact'])],
  'task-force-timeline': ['order', oneOf('order', ['oldest', 'newest'])],
  'agency-accomplishments': ['layout', oneOf('layout', ['grid', 'tabs'])],
  'recommendation-list': ['heading-level', (table) => table.badHeadingLevel(undefined)],
};

describe('every element in every language', () => {
  for (const lang of LANGUAGES) {
    const table = translations.get(lang)!;
    // English's words that this language does not share (Plan, Sources, an attribute's name).
    const own = vocabulary(table);
    const englishOnly = [...vocabulary(en)].filter((word) => !own.has(word));

    describe(`${table.$name} (${lang})`, () => {
      for (const template of WIDGETS) {
        it(`${template.strings[0].match(/<[^>]+>/)![0]} writes no English word of its own`, async () => {
          const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${table.$dir}>${template}</div>`);
          const widget = wrapper.firstElementChild as Widget;
          await widget.updateComplete;
          await openEverything(widget);
          const words = new Set(ownText(widget).toLowerCase().match(/\p{L}{3,}/gu));
          expect([...words].filter((word) => englishOnly.includes(word))).to.deep.equal([]);
          expect(part(widget, 'error')).to.equal(null);
        });
      }

      for (const tag of WIDGET_TAGS) {
        it(`<${tag}> says a bad attribute is bad in ${table.$name}`, async () => {
          const [attribute, says] = BAD[tag];
          const widget = staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attribute)}="purple" stat="defendants-charged"></${unsafeStatic(tag)}>`;
          const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${widget}</div>`);
          const element = wrapper.firstElementChild as Widget;
          await waitFor(() => part(element, 'error'), 'the error is shown');
          const problem = says(table, lang);
          expect(collapsedText(part(element, "error")!)).to.equal(`⚠ ${table.cannotShow(tag, problem)}`.replace(/\s+/g, " "));
        });
      }
    });
  }
});
