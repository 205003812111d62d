import { html } from 'lit';
import type { PartialDate } from '../../data/schema.ts';
import { formatPartialDate } from '../formatting/format.ts';

/**
 * A date inside a line of text (a source line, a reference) that never wraps: its spaces made no-break, with no
 * element of its own, which a pre-rendered page would pay for in every citation.
 */
export const unbrokenDate = (date: PartialDate, locale: string) => formatPartialDate(date, locale).replaceAll(' ', '\u00a0');

/** A date as `<time datetime>` at its real precision: "2000", "October 2020", "March 15, 2012". */
export const renderDate = (date: PartialDate, locale: string) =>
  html`<time datetime=${date.iso}>${formatPartialDate(date, locale)}</time>`;
