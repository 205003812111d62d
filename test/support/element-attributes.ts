import type { PropertyDeclaration, ReactiveElement } from 'lit';

/** An element class's attributes, each with the property it sets: Lit's own declarations, so none is missed. */
export function attributesOf(tag: string): [attribute: string, property: string][] {
  const ctor = customElements.get(tag) as unknown as typeof ReactiveElement;
  return [...ctor.elementProperties]
    .filter(([, options]: [PropertyKey, PropertyDeclaration]) => options.attribute !== false && !options.state)
    .map(([name, options]) => [typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase(), String(name)]);
}

/** A valid value, other than the default, for every attribute of every element. */
export const ATTRIBUTE_SAMPLES: Record<string, string> = {
  theme: 'dark',
  dir: 'rtl',
  locale: 'fr',
  'heading-level': '5',
  stat: 'defendants-charged',
  notation: 'compact',
  'count-up': '',
  'hide-data': '',
  from: '2012',
  to: '2013',
  kinds: 'meeting',
  order: 'newest',
  agency: 'DOJ',
  meeting: 'annual-meeting-2012',
  layout: 'tabs',
  source: 'tcr-2021-cfr-report',
  topic: 'forced-labor',
  src: '/test/fixtures/small-dataset.json',
  timeout: '5000',
};
