import { html } from 'lit';
import type { PartialDate } from '../data/schema.ts';
import { formatPartialDate } from './format.ts';

/** A date as `<time datetime>` at its real precision: "2000", "October 2020", "March 15, 2012". */
export const renderDate = (date: PartialDate, locale: string) =>
  html`<time datetime=${date.iso}>${formatPartialDate(date, locale)}</time>`;
