import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translation } from '../../i18n/translation.ts';
import { TipInputError } from '../tip-error.ts';
import type { NumberLike } from '../attribute-values.ts';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Validates a `heading-level` attribute: the level the host page's outline needs, 2 to 6; 3 when absent. */
export function checkHeadingLevel(value: NumberLike | null | undefined, words: Translation): HeadingLevel {
  const level = value == null ? 3 : Number(value);
  if (!Number.isInteger(level) || level < 2 || level > 6) throw new TipInputError(words.badHeadingLevel(Number.isNaN(level) ? undefined : String(level)));
  return level as HeadingLevel;
}

/** A real heading (`<h2>`..`<h6>`) at the level the page's outline needs. */
export function renderHeading(level: HeadingLevel, content: unknown, part = 'heading', id?: string): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part=${part} id=${ifDefined(id)} class="heading">${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${ifDefined(id)} class="heading">${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${ifDefined(id)} class="heading">${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${ifDefined(id)} class="heading">${content}</h5>`;
    case 6:
      return html`<h6 part=${part} id=${ifDefined(id)} class="heading">${content}</h6>`;
  }
}
