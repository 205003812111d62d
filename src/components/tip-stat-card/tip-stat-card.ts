import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  bundledAgencies,
  bundledEvents,
  bundledPeople,
  bundledSources,
  bundledStats,
  datasetShare,
} from '../../data/dataset.ts';
import type { BundledStatId, OwnId } from '../../data/bundled-ids.ts';
import type { Agency, PartialDate, Person, Stat } from '../../data/schema.ts';
import { renderCitations } from '../../shared/templates/citation.ts';
import { renderDate } from '../../shared/templates/date-template.ts';
import { formatPerson } from '../../shared/formatting/format.ts';
import { authored, renderData, renderText } from '../../shared/templates/data-language.ts';
import { renderStatValue, statLine } from '../../shared/templates/stat-value.ts';
import { prefersReducedMotion } from '../../shared/interaction/reduced-motion.ts';
import type { ExportedData } from '../../shared/data-and-citation/exported-data.ts';
import type { ResolveContext } from '../../shared/resolve-context.ts';
import { TipElement } from '../../shared/tip-element.ts';
import { TipInputError } from '../../shared/tip-error.ts';
import { oneOf } from '../../shared/attribute-values.ts';
import { statCardStyles } from './tip-stat-card.styles.ts';

export type StatNotation = 'standard' | 'compact';
const NOTATIONS: readonly StatNotation[] = ['standard', 'compact'];

interface StatCardView {
  stat: Stat;
  notation: StatNotation;
  person?: Person;
  agency?: Agency;
  when?: PartialDate;
}

/**
 * A headline figure from the dataset, as its source states it ("nearly 120", "27 million"),
 * with what it counts, who said it and when, and the verbatim quote behind it.
 *
 * @summary One source-verified figure.
 * @tag tip-stat-card
 *
 * @csspart base - The card's surface.
 * @csspart card - The card's surface, by its name before 0.2.0; until 0.3.0 (use `base`).
 * @csspart value - The figure with its qualifier.
 * @csspart label - What the figure counts.
 * @csspart attribution - Who stated it and when: the date of the stat's `meeting`, else of its first source.
 * @csspart sources - The disclosure with the verbatim quotes.
 * @csspart source-line - The compact publisher and date line that opens the quotes.
 * @csspart quote - A verbatim quote.
 * @csspart archived-copy - The link to an archived copy of a quote's document.
 * @csspart wording - Says that the quote after it words the figure differently, in another source.
 *
 * @cssprop --tip-stat-card-value-color - Colour of the figure; defaults to `--tip-color-accent`.
 * @cssprop --tip-stat-card-value-size - Font size of the figure; defaults to `--tip-font-size-display`.
 */
export class TipStatCard extends TipElement<StatCardView> {
  static override styles = statCardStyles;
  protected static override bundled = datasetShare({
    sources: bundledSources,
    agencies: bundledAgencies,
    people: bundledPeople,
    stats: bundledStats,
    events: bundledEvents,
  });

  /** Id of the stat to show, e.g. `defendants-charged`. */
  @property({ reflect: true, useDefault: true }) stat: BundledStatId | OwnId = '';

  /** `standard` writes the figure as the documents do ("27 million"); `compact` shortens it ("27M"). */
  @property({ useDefault: true }) notation: 'standard' | 'compact' = 'standard';

  /**
   * Brings the figure in with a short rise when first shown; never under `prefers-reduced-motion: reduce`. The figure
   * appears whole, as its source states it: counting through the numbers below it would show, for a moment, figures
   * no document states ("nearly 99 defendants"), which a screenshot would then quote.
   */
  @property({ type: Boolean, attribute: 'count-up' }) countUp = false;

  /** Whether the figure is brought in (count-up on first view). */
  @state() private revealing = false;

  protected resolve({ data, locale, words }: ResolveContext): StatCardView {
    const notation = oneOf('notation', this.notation, NOTATIONS, 'standard', { words, locale });
    if (!this.stat) throw new TipInputError(words.noStatAttribute);
    const stat = data.stats.get(this.stat);
    if (!stat) throw new TipInputError(words.noStat(this.stat));
    const date = (stat.meeting && data.events.get(stat.meeting)?.date) || data.sources.get(stat.citations[0].source)?.date;
    return {
      stat,
      notation,
      person: stat.statedBy ? data.people.get(stat.statedBy) : undefined,
      agency: stat.agency ? data.agencies.get(stat.agency) : undefined,
      when: date || undefined,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A pre-rendered card already shows its figure: bringing it in again would only flicker.
    if (!isServer && this.firstView && this.countUp && !this.hydration.serverDrawn && !prefersReducedMotion()) this.revealing = true;
  }

  protected exported({ stat, person, agency, when }: StatCardView, context: ResolveContext): ExportedData {
    const fields = {
      id: stat.id,
      value: stat.value,
      unit: stat.unit,
      qualifier: authored(stat, 'qualifier', context)?.text,
      label: authored(stat, 'label', context).text,
      period: authored(stat, 'period', context)?.text,
      direction: stat.direction,
      stated_by: person && formatPerson(person),
      agency: agency?.name,
      date: when?.iso,
    };
    return { name: `tip-stat-card-${stat.id}`, records: [{ fields, citations: [...stat.citations, ...(stat.wordings ?? [])] }] };
  }

  protected renderView({ stat, notation, person, agency, when }: StatCardView, context: ResolveContext, dataControl: unknown) {
    const { locale } = context;
    const who = person ? formatPerson(person) : agency?.name;
    const { label, period, lang, dir, within } = statLine(stat, context);
    return html`<article class="root card" part="base card" lang=${context.lang} dir=${context.dir}>
      <p class="figure" lang=${lang} dir=${dir}>
        <span class="value ${this.revealing ? 'reveal' : ''}" part="value">
          ${stat.direction ? html`<span class="direction" aria-hidden="true">${stat.direction === 'increase' ? '▲' : '▼'}</span>` : nothing}
          ${renderStatValue(stat, context, notation, within)}
        </span>
        <span class="label" part="label"
          >${renderText(label, context, within)}${period ? html` <span class="period">(${renderText(period, context, within)})</span>` : nothing}</span
        >
      </p>
      ${who || when
        ? html`<p class="attribution" part="attribution">${renderData(who, context)}${who && when ? '\u00a0· ' : nothing}${when ? renderDate(when, locale) : nothing}</p>`
        : nothing}
      ${renderCitations(stat.citations, context, stat.wordings)}${dataControl}
    </article>`;
  }
}
