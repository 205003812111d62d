import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Dataset } from '../data/schema.ts';
import { translations } from '../i18n/translation-registry.ts';
import { en } from '../i18n/translations/en.ts';
import { THEMES } from '../shared/attribute-values.ts';
import type { ManifestAttribute } from './manifest-attributes.ts';
import { pickerOptions, searchOptions } from './pickers.ts';
import type { BuilderWords } from './words/en.ts';

/** Options that stand for an attribute left out, so the widget's default applies. */
export const UNSET = '';

/** What a control needs of the builder: the words, the data its pickers search, and how to report a choice. */
export interface ControlContext {
  words: BuilderWords;
  data: Dataset;
  query: (name: string) => string;
  search: (name: string, query: string) => void;
  set: (name: string, value: string | boolean) => void;
}

/**
 * What the editor reads first (the plain question, "Which figure?"), and under it, for developers, the attribute's
 * name and the manifest's description, in English as the manifest writes it.
 */
function renderLabel(attribute: ManifestAttribute, words: BuilderWords, id: string) {
  return html`<label class="question" for=${id}>${words.attributes[attribute.name] ?? attribute.name}</label> ${renderDetail(attribute, words, id)}`;
}

function renderDetail(attribute: ManifestAttribute, words: BuilderWords, id: string) {
  return html`<p class="developer" id="${id}-detail"><span class="visually-hidden">${words.forDevelopers}: </span><code dir="ltr">${attribute.name}</code>
    <span lang="en" dir="ltr">${attribute.description.replace(/`/g, '')}</span></p>`;
}

/** A fixed list's choice in the editor's words: "Grid of cards" for `grid`. */
const valueLabel = (value: string, words: BuilderWords) => words.values[value] ?? value;

/**
 * One attribute's control. Options are selected by their live property, not the `selected` attribute: once an
 * editor has picked one the browser ignores the attribute, and a search that reuses the option for another value
 * would leave it highlighted.
 */
export function renderControl(attribute: ManifestAttribute, value: string | boolean, { words, data, query, search, set }: ControlContext) {
  const id = `attribute-${attribute.name}`;
  const described = `${id}-detail`;
  const change = (event: Event) => {
    const input = event.target as HTMLInputElement;
    set(attribute.name, input.type === 'checkbox' ? input.checked : input.value);
  };
  if (attribute.name === 'locale') {
    const languages = [...translations.values()].map((t) => [t.$code, t.$name]);
    return html`<div class="field">${renderLabel(attribute, words, id)}
      <select id=${id} name=${attribute.name} aria-describedby=${described} @change=${change}>
        ${languages.map(([code, name]) => html`<option value=${code} lang=${code} .selected=${live((value || 'en') === code)}>${name}</option>`)}
      </select></div>`;
  }
  if (attribute.name === 'kinds') return renderKinds(attribute, typeof value === 'string' ? value : UNSET, words, set);
  const options = pickerOptions(attribute.name, data);
  if (options) {
    const found = searchOptions(options, query(attribute.name));
    const label = words.attributes[attribute.name] ?? attribute.name;
    return html`<div class="field picker">
      ${renderLabel(attribute, words, id)}
      <input
        type="search"
        id="${id}-search"
        aria-label=${words.searchFor(label)}
        placeholder=${words.search}
        .value=${query(attribute.name)}
        @input=${(event: Event) => search(attribute.name, (event.target as HTMLInputElement).value)}
      />
      <select id=${id} name=${attribute.name} size="5" aria-describedby=${described} @change=${change}>
        <option value=${UNSET} .selected=${live(value === UNSET)}>${words.none}</option>
        ${found.map((option) => html`<option value=${option.value} lang="en" dir="ltr" .selected=${live(option.value === value)}>${option.label}</option>`)}
      </select>
    </div>`;
  }
  const kind = attribute.name === 'theme' ? { kind: 'select' as const, options: [...THEMES] } : attribute.name === 'dir' ? { kind: 'select' as const, options: ['ltr', 'rtl'] } : attribute.type;
  switch (kind.kind) {
    case 'select':
      return html`<div class="field">${renderLabel(attribute, words, id)}
        <select id=${id} name=${attribute.name} aria-describedby=${described} @change=${change}>
          ${attribute.name === 'dir' ? html`<option value=${UNSET} .selected=${live(value === UNSET)}>${words.none}</option>` : ''}
          ${kind.options.map((option) => html`<option value=${option} .selected=${live(option === value)}>${valueLabel(option, words)}</option>`)}
        </select></div>`;
    case 'boolean':
      return html`<div class="field checkbox">
        <input type="checkbox" id=${id} name=${attribute.name} aria-describedby=${described} .checked=${value === true} @change=${change} />
        ${renderLabel(attribute, words, id)}
      </div>`;
    default:
      return html`<div class="field">${renderLabel(attribute, words, id)}
        <input id=${id} name=${attribute.name} aria-describedby=${described} type=${kind.kind === 'number' ? 'number' : 'text'} .value=${String(value)} @change=${change} /></div>`;
  }
}

/**
 * The timeline's `kinds` as a checkbox per kind of event, named as the widget names them in the builder's language;
 * none checked is every kind (the attribute left out), and the attribute lists the checked ones in the widget's order.
 */
function renderKinds(attribute: ManifestAttribute, value: string, words: BuilderWords, set: ControlContext['set']) {
  const names = (translations.get(words.$code) ?? en).eventKinds;
  const kinds = Object.keys(en.eventKinds) as (keyof typeof en.eventKinds)[];
  const chosen = new Set(value.split(',').map((kind) => kind.trim()).filter(Boolean));
  const toggle = (kind: string, checked: boolean) => {
    if (checked) chosen.add(kind);
    else chosen.delete(kind);
    set(attribute.name, kinds.filter((k) => chosen.has(k)).join(','));
  };
  const id = `attribute-${attribute.name}`;
  return html`<fieldset class="field kinds" aria-describedby="${id}-detail">
    <legend class="question">${words.attributes[attribute.name] ?? attribute.name}</legend>
    ${renderDetail(attribute, words, id)}
    ${kinds.map(
      (kind) => html`<label class="kind"
        ><input type="checkbox" name=${attribute.name} value=${kind} .checked=${chosen.has(kind)} @change=${(event: Event) => toggle(kind, (event.target as HTMLInputElement).checked)} />
        ${names[kind]}</label
      >`,
    )}
  </fieldset>`;
}
