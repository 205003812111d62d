/**
 * The widgets' own words in the reader's language: chosen as `locale` is (the element's `locale`, else the
 * nearest `lang`), falling back along the tag (`pt-BR` → `pt` → English), and redrawn when a language is
 * registered after a widget has drawn (its file loaded later).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.ts';
import '../src/tip-dataset.ts';
import '../src/i18n/translations/fr.ts';
import '../src/i18n/translations/es.ts';
import '../src/i18n/translations/pt.ts';
import '../src/i18n/translations/ar.ts';
import { registerTranslation } from '../src/i18n/translation-registry.ts';
import type { Translation } from '../src/i18n/translation.ts';
import { en } from '../src/i18n/translations/en.ts';
import type { TemplateResult } from 'lit';
import { collapsedText, part, texts, waitFor, type Widget } from './support/widget-fixture.ts';

const listIn = async (lang: string) => {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><recommendation-list></recommendation-list></div>`);
  const list = wrapper.querySelector<Widget>('recommendation-list')!;
  await list.updateComplete;
  return list;
};

describe('the widgets\' own words', () => {
  it('are the page language\'s where it has a table: Spanish', async () => {
    const list = await listIn('es');
    expect(texts(list, 'copy-button')[0]).to.match(/^Copiar «/);
    expect(part(list, 'topic')!.textContent).to.match(/^\s*Tema:/);
    expect(texts(list, 'source-line')[0]).to.match(/^Fuente:/);
  });

  it('fall back from a regional tag to its language: pt-BR speaks pt', async () => {
    const list = await listIn('pt-BR');
    expect(texts(list, 'copy-button')[0]).to.match(/^Copiar “/);
    expect(texts(list, 'source-line')[0]).to.match(/^Fonte:/);
  });

  it('are English for a language without a table', async () => {
    const list = await listIn('de');
    expect(texts(list, 'copy-button')[0]).to.match(/^Copy “/);
  });

  it('follow the element\'s locale over the page\'s lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><recommendation-list locale="es-MX"></recommendation-list></div>`);
    const list = wrapper.querySelector<Widget>('recommendation-list')!;
    await list.updateComplete;
    expect(texts(list, 'copy-button')[0]).to.match(/^Copiar «/);
  });

  it('say what went wrong in the reader\'s language, ids as the page wrote them', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><tip-stat-card stat="no-such-stat"></tip-stat-card></div>`);
    const card = wrapper.querySelector<Widget>('tip-stat-card')!;
    await card.updateComplete;
    expect(part(card, 'error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('⚠ No se puede mostrar el componente <tip-stat-card>: no hay ninguna cifra con el id "no-such-stat".');
  });

  it('name a bad attribute value and the allowed ones in the reader\'s language', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><agency-accomplishments layout="gird"></agency-accomplishments></div>`);
    const widget = wrapper.querySelector<Widget>('agency-accomplishments')!;
    await widget.updateComplete;
    expect(part(widget, 'error')!.textContent).to.contain('el valor "gird" de layout no es válido: debe ser grid o tabs');
  });

  it('are redrawn in a language registered after the widget drew', async () => {
    const list = await listIn('nl');
    expect(texts(list, 'copy-button')[0]).to.match(/^Copy “/);
    const late: Translation = { ...en, $code: 'nl', $name: 'Nederlands', copy: 'Kopiëren' };
    registerTranslation(late);
    await waitFor(() => texts(list, 'copy-button')[0].startsWith('Kopiëren'), 'the list redraws in the new words');
  });
});

/** Renders a widget inside a `<tip-dataset>` given the test dataset with Spanish translations, in a language. */
async function translatedIn<T extends Widget>(lang: string, widget: TemplateResult) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><tip-dataset src="/test/fixtures/translated-dataset.json">${widget}</tip-dataset></div>`);
  const element = wrapper.querySelector<T>('tip-stat-card, task-force-timeline, agency-accomplishments, recommendation-list')!;
  await waitFor(() => element.shadowRoot?.querySelector('.root:not(.placeholder)'), 'the dataset loads');
  return element;
}

/** The language an element's text is read in: its own `lang`, else its nearest ancestor's inside the shadow root. */
const langOf = (node: Element) => node.closest('[lang]')?.getAttribute('lang');

describe('the data\'s language', () => {
  it('marks the bundled English text lang="en" inside a Spanish widget, and quotes in their source\'s language', async () => {
    const list = await listIn('es');
    expect(langOf(part(list, 'base')!)).to.equal('es');
    const title = part(list, 'title')!.querySelector('[lang]')!;
    expect(title.getAttribute('lang')).to.equal('en');
    expect(langOf(part(list, 'text')!.firstElementChild!)).to.equal('en');
    expect(part(list, 'quote')!.querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(part(list, 'topic')!.querySelector('[lang="en"]')).to.not.equal(null);
    expect(part(list, 'copy-button')!.closest('[lang]')!.getAttribute('lang')).to.equal('es');
  });

  it('marks nothing in an English widget: its words and the data share a language', async () => {
    const list = await listIn('en-GB');
    expect(list.shadowRoot!.querySelectorAll('[part~="list"] [lang]').length).to.equal(0);
  });

  it('marks the widget\'s words with the table\'s language where it fell back to English', async () => {
    const list = await listIn('de');
    expect(part(list, 'base')!.getAttribute('lang')).to.equal('en');
    expect(list.shadowRoot!.querySelectorAll('[part~="list"] [lang]').length).to.equal(0);
  });

  it('shows a dataset\'s Spanish translations in Spanish, unmarked, and its quotes as written', async () => {
    const card = await translatedIn('es', html`<tip-stat-card stat="survivors-housed"></tip-stat-card>`);
    expect(collapsedText(part(card, 'label')!)).to.equal('sobrevivientes con vivienda segura');
    expect(part(card, 'label')!.querySelector('[lang]')).to.equal(null);
    // The quotation marks the widget's language's (Spanish «»), around the quote in its own language.
    expect(collapsedText(part(card, 'quote')!)).to.equal('«we gave 4,242 survivors safe housing»');
    expect(part(card, 'quote')!.querySelector('[lang="en"]')!.textContent).to.equal('we gave 4,242 survivors safe housing');

    const timeline = await translatedIn('es-MX', html`<task-force-timeline></task-force-timeline>`);
    expect(texts(timeline, 'title')).to.deep.equal(['Reunión de primavera de la coalición Harbor']);
    expect(texts(timeline, 'summary')).to.deep.equal(['Los grupos miembros se reunieron para informar del trabajo del año.']);

    const agencies = await translatedIn('es', html`<agency-accomplishments></agency-accomplishments>`);
    expect(texts(agencies, 'summary')).to.deep.equal(['La coalición abrió dos refugios para sobrevivientes.']);

    const list = await translatedIn('es', html`<recommendation-list></recommendation-list>`);
    expect(texts(list, 'title')).to.deep.equal(['Financiar refugios todo el año']);
    expect(texts(list, 'copy-button')[0]).to.equal('Copiar «Financiar refugios todo el año»');
  });

  it('shows the text as written, marked English, in a language the dataset does not translate', async () => {
    const timeline = await translatedIn('fr', html`<task-force-timeline></task-force-timeline>`);
    const title = part(timeline, 'title')!;
    expect(collapsedText(title)).to.equal('Harbor coalition spring meeting');
    expect(title.querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(texts(timeline, 'kind')).to.deep.equal(['Réunion']);
  });

  it('words a <tip-dataset>\'s failure in the reader\'s language', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="es"><tip-dataset src="/test/fixtures/not-a-dataset.html"><tip-stat-card stat="survivors-housed"></tip-stat-card></tip-dataset></div>`,
    );
    const card = wrapper.querySelector<Widget>('tip-stat-card')!;
    await waitFor(() => part(card, 'error'), 'the failure is shown');
    expect(collapsedText(part(card, 'error')!)).to.match(/^⚠ No se puede mostrar el componente <tip-stat-card>: el archivo "\/test\/fixtures\/not-a-dataset.html" no es JSON/);
  });
});

describe('a change of language after the widgets drew', () => {
  /** The root's language and direction, and the text of its copy button, as drawn now. */
  const drawn = (list: Widget) => ({ lang: part(list, 'base')!.lang, dir: part(list, 'base')!.dir, copy: texts(list, 'copy-button')[0].split(' ')[0] });
  const restore = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = restore;
  });

  it('redraws a widget in the language set on <html>, and in its direction', async () => {
    document.documentElement.lang = 'en';
    const list = await fixture<Widget>(html`<recommendation-list></recommendation-list>`);
    expect(drawn(list)).to.deep.equal({ lang: 'en', dir: 'ltr', copy: 'Copy' });
    document.documentElement.lang = 'ar';
    await waitFor(() => drawn(list).lang === 'ar', 'the widget speaks Arabic');
    expect(drawn(list)).to.deep.equal({ lang: 'ar', dir: 'rtl', copy: 'نسخ' });
    document.documentElement.lang = 'fr';
    await waitFor(() => drawn(list).lang === 'fr', 'the widget speaks French');
    expect(drawn(list)).to.deep.equal({ lang: 'fr', dir: 'ltr', copy: 'Copier' });
  });

  it('redraws a widget in the language set on an ancestor, added, changed and removed', async () => {
    document.documentElement.lang = 'en';
    const wrapper = await fixture<HTMLDivElement>(html`<div><section><recommendation-list></recommendation-list></section></div>`);
    const list = wrapper.querySelector<Widget>('recommendation-list')!;
    await list.updateComplete;
    wrapper.lang = 'es';
    await waitFor(() => drawn(list).lang === 'es', 'the widget speaks the ancestor\'s Spanish');
    expect(drawn(list).copy).to.equal('Copiar');
    wrapper.querySelector('section')!.lang = 'ar';
    await waitFor(() => drawn(list).lang === 'ar', 'the nearer ancestor\'s Arabic wins');
    expect(drawn(list)).to.deep.equal({ lang: 'ar', dir: 'rtl', copy: 'نسخ' });
    wrapper.querySelector('section')!.removeAttribute('lang');
    await waitFor(() => drawn(list).lang === 'es', 'back to the outer ancestor\'s Spanish');
    expect(drawn(list).dir).to.equal('ltr');
  });

  it('redraws a widget moved under another lang', async () => {
    document.documentElement.lang = 'en';
    const wrapper = await fixture<HTMLDivElement>(html`<div><div lang="es"></div><recommendation-list></recommendation-list></div>`);
    const list = wrapper.querySelector<Widget>('recommendation-list')!;
    await list.updateComplete;
    expect(drawn(list).lang).to.equal('en');
    wrapper.firstElementChild!.append(list);
    await waitFor(() => drawn(list).lang === 'es', 'the widget speaks Spanish where it now is');
  });

  it('keeps a widget\'s own locale and dir whatever the page says', async () => {
    document.documentElement.lang = 'en';
    const list = await fixture<Widget>(html`<recommendation-list locale="fr" dir="rtl"></recommendation-list>`);
    expect(drawn(list)).to.deep.equal({ lang: 'fr', dir: 'rtl', copy: 'Copier' });
    document.documentElement.lang = 'es';
    // The page's change reaches the widget's observer before this wait ends: a redraw would show by then.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await list.updateComplete;
    expect(drawn(list)).to.deep.equal({ lang: 'fr', dir: 'rtl', copy: 'Copier' });
  });
});
