/**
 * The widgets' own words in the reader's language: chosen as `locale` is (the element's `locale`, else the
 * nearest `lang`), falling back along the tag (`pt-BR` → `pt` → English), and redrawn when a language is
 * registered after a widget has drawn (its file loaded later).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.ts';
import '../src/i18n/translations/es.ts';
import '../src/i18n/translations/pt.ts';
import { registerTranslation, type Translation } from '../src/i18n/translation-registry.ts';
import { en } from '../src/i18n/translations/en.ts';
import { part, texts, waitFor, type Widget } from './support/widget-fixture.ts';

const listIn = async (lang: string) => {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><recommendation-list></recommendation-list></div>`);
  const list = wrapper.querySelector<Widget>('recommendation-list')!;
  await list.updateComplete;
  return list;
};

describe('the widgets\' own words', () => {
  it('are the page language\'s where it has a table: Spanish', async () => {
    const list = await listIn('es');
    expect(texts(list, 'copy-button')[0]).to.match(/^Copiar “/);
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
    expect(texts(list, 'copy-button')[0]).to.match(/^Copiar “/);
  });

  it('say what went wrong in the reader\'s language, ids as the page wrote them', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><tip-stat-card stat="no-such-stat"></tip-stat-card></div>`);
    const card = wrapper.querySelector<Widget>('tip-stat-card')!;
    await card.updateComplete;
    expect(part(card, 'error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('⚠ No se puede mostrar este tip-stat-card: no hay ninguna cifra con el id "no-such-stat".');
  });

  it('name a bad attribute value and the allowed ones in the reader\'s language', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><agency-accomplishments layout="gird"></agency-accomplishments></div>`);
    const widget = wrapper.querySelector<Widget>('agency-accomplishments')!;
    await widget.updateComplete;
    expect(part(widget, 'error')!.textContent).to.contain('layout "gird" no es grid o tabs');
  });

  it('are redrawn in a language registered after the widget drew', async () => {
    const list = await listIn('nl');
    expect(texts(list, 'copy-button')[0]).to.match(/^Copy “/);
    const late: Translation = { ...en, $code: 'nl', $name: 'Nederlands', copy: 'Kopiëren' };
    registerTranslation(late);
    await waitFor(() => texts(list, 'copy-button')[0].startsWith('Kopiëren'), 'the list redraws in the new words');
  });
});
