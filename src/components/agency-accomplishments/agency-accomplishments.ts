import { html, isServer, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  bundledAccomplishments,
  bundledAgencies,
  bundledEvents,
  bundledPeople,
  bundledSources,
  bundledStats,
  datasetShare,
} from '../../data/dataset.ts';
import type { BundledAgencyId, BundledMeetingId, OwnId } from '../../data/bundled-ids.ts';
import type { Accomplishment, Agency, Person, Stat, TimelineEvent } from '../../data/schema.ts';
import { renderCitations } from '../../shared/templates/citation.ts';
import { renderDate } from '../../shared/templates/date-template.ts';
import { formatPerson } from '../../shared/formatting/format.ts';
import { checkHeadingLevel, renderHeading, type HeadingLevel } from '../../shared/templates/heading.ts';
import { rovingIndex } from '../../shared/interaction/roving-focus.ts';
import { authored, renderData, renderText } from '../../shared/templates/data-language.ts';
import { renderStatValue, statLine } from '../../shared/templates/stat-value.ts';
import type { ExportedData } from '../../shared/data-and-citation/exported-data.ts';
import type { ResolveContext } from '../../shared/resolve-context.ts';
import { TipElement } from '../../shared/tip-element.ts';
import { TipInputError } from '../../shared/tip-error.ts';
import { oneOf, type NumberLike } from '../../shared/attribute-values.ts';
import type { Translation } from '../../i18n/translation.ts';
import { agencyAccomplishmentsStyles } from './agency-accomplishments.styles.ts';

export type AccomplishmentsLayout = 'grid' | 'tabs';
const LAYOUTS: readonly AccomplishmentsLayout[] = ['grid', 'tabs'];

interface AccomplishmentView {
  accomplishment: Accomplishment;
  /** Who did it, where a source says so and it is not the agency that reported it. */
  owner?: Agency;
  reporter?: Person;
  meeting?: TimelineEvent;
  stats: Stat[];
}

interface AgencyView {
  agency: Agency;
  /** The department an office belongs to, shown as a sub-line. */
  parent?: Agency;
  accomplishments: AccomplishmentView[];
}

interface AgencyAccomplishmentsView {
  agencies: AgencyView[];
  layout: AccomplishmentsLayout;
  level: HeadingLevel;
  /** The filters it was made with, as the page wrote them (trimmed): they name the exported files. */
  filters: string[];
}

/** "U.S. Department of Health and Human Services (HHS)". */
const agencyTitle = (agency: Agency): string => (agency.acronym ? `${agency.name} (${agency.acronym})` : agency.name);

/**
 * What each agency reported to the task force: every agency with accomplishments, in the order the
 * dataset first lists them, each accomplishment with who reported it, at which meeting, the figures
 * it cites and the verbatim quotes behind it. As a grid of agency cards, or as tabs, one per agency.
 *
 * @summary Each agency's reported accomplishments, with figures and sources.
 * @tag agency-accomplishments
 *
 * @csspart base - The element's root.
 * @csspart agency - One agency: a card in the grid, or a tab panel.
 * @csspart agency-name - The agency's name, with its acronym where it has one.
 * @csspart agency-parent - The department an office belongs to, under the office's name.
 * @csspart list - The list of an agency's accomplishments.
 * @csspart accomplishment - One accomplishment.
 * @csspart summary - What was reported.
 * @csspart stats - The list of figures an accomplishment cites.
 * @csspart stat - One figure with what it counts.
 * @csspart stat-value - The figure itself, with its qualifier ("nearly 120").
 * @csspart owner - Who carried it out, where a source says so and it is not the agency that reported it.
 * @csspart reporter - Who reported it.
 * @csspart meeting - The meeting it was reported at, with its date.
 * @csspart tablist - The row of agency tabs (`layout="tabs"`).
 * @csspart tab - One agency tab (`layout="tabs"`).
 * @csspart tabpanel - The panel of the selected tab (`layout="tabs"`).
 * @csspart sources - The disclosure with the verbatim quotes.
 * @csspart source-line - The compact publisher and date line that opens the quotes.
 * @csspart quote - A verbatim quote.
 * @csspart archived-copy - The link to an archived copy of a quote's document.
 *
 * @cssprop --tip-agency-accomplishments-card-min-width - Narrowest a grid column gets before the grid drops a column; defaults to `18rem`.
 * @cssprop --tip-agency-accomplishments-tab-indicator-color - Colour of the selected tab's underline; defaults to `--tip-color-accent`.
 */
export class AgencyAccomplishments extends TipElement<AgencyAccomplishmentsView> {
  static override styles = agencyAccomplishmentsStyles;
  protected static override bundled = datasetShare({
    sources: bundledSources,
    agencies: bundledAgencies,
    people: bundledPeople,
    stats: bundledStats,
    events: bundledEvents,
    accomplishments: bundledAccomplishments,
  });

  /** Shows one agency only: its id (`justice`) or acronym (`DOJ`), in any case. */
  @property({ reflect: true }) agency?: BundledAgencyId | OwnId;

  /** Shows only what was reported at one meeting: the id of an event of kind `meeting`, e.g. `annual-meeting-2016`. */
  @property({ reflect: true }) meeting?: BundledMeetingId | OwnId;

  /** `grid`: a card per agency; `tabs`: a tab per agency, one panel shown at a time. */
  @property({ reflect: true, useDefault: true }) layout: 'grid' | 'tabs' = 'grid';

  /** Level of the agency headings, 2 to 6, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level', useDefault: true }) headingLevel: NumberLike = 3;

  /** Id of the agency whose tab is selected; the first agency when unset or no longer shown. */
  @state() private selectedAgency?: string;

  protected resolve({ data, locale, words }: ResolveContext): AgencyAccomplishmentsView {
    const layout = oneOf('layout', this.layout, LAYOUTS, 'grid', { words, locale });
    const level = checkHeadingLevel(this.headingLevel, words);
    const agencyFilter = this.agency?.trim() ? this.findAgency(this.agency, data.dataset.agencies, words) : undefined;
    const meetingFilter = this.meeting?.trim() ? this.findMeeting(this.meeting, data.events, words) : undefined;

    const byAgency = new Map<string, AccomplishmentView[]>();
    for (const accomplishment of data.dataset.accomplishments) {
      if (agencyFilter && accomplishment.agency !== agencyFilter.id) continue;
      if (meetingFilter && accomplishment.meeting !== meetingFilter.id) continue;
      const list = byAgency.get(accomplishment.agency) ?? [];
      list.push({
        accomplishment,
        owner: accomplishment.owner ? data.agencies.get(accomplishment.owner) : undefined,
        reporter: accomplishment.reportedBy ? data.people.get(accomplishment.reportedBy) : undefined,
        meeting: accomplishment.meeting ? data.events.get(accomplishment.meeting) : undefined,
        stats: (accomplishment.stats ?? []).flatMap((id) => data.stats.get(id) ?? []),
      });
      byAgency.set(accomplishment.agency, list);
    }

    if (byAgency.size === 0) {
      throw new TipInputError(words.nothingReported(agencyFilter && this.agency, meetingFilter && this.meeting));
    }

    const agencies = [...byAgency].map(([id, accomplishments]) => {
      const agency = data.agencies.get(id);
      if (!agency) throw new TipInputError(words.unknownAgency(accomplishments[0].accomplishment.id, id));
      return { agency, parent: agency.parent ? data.agencies.get(agency.parent) : undefined, accomplishments };
    });
    return { agencies, layout, level, filters: [this.agency?.trim().toLowerCase(), this.meeting?.trim()].filter((filter) => !!filter) as string[] };
  }

  private findAgency(wanted: string, agencies: Agency[], words: Translation): Agency {
    const key = wanted.trim().toLowerCase();
    const agency = agencies.find((a) => a.id === key) ?? agencies.find((a) => a.acronym?.toLowerCase() === key);
    if (!agency) throw new TipInputError(words.noAgency(wanted));
    return agency;
  }

  private findMeeting(wanted: string, events: Map<string, TimelineEvent>, words: Translation): TimelineEvent {
    const event = events.get(wanted.trim());
    if (!event) throw new TipInputError(words.noMeeting(wanted));
    if (event.kind !== 'meeting') throw new TipInputError(words.notAMeeting(wanted, event.kind));
    return event;
  }

  protected exported({ agencies, filters }: AgencyAccomplishmentsView, context: ResolveContext): ExportedData {
    return {
      name: ['agency-accomplishments', ...filters].join('-'),
      records: agencies.flatMap(({ agency, accomplishments }) =>
        accomplishments.map(({ accomplishment, owner, reporter, meeting, stats }) => ({
          fields: {
            id: accomplishment.id,
            agency: agencyTitle(agency),
            carried_out_by: owner && agencyTitle(owner),
            summary: authored(accomplishment, 'summary', context).text,
            figures: stats.map((stat) => `${stat.value} ${authored(stat, 'label', context).text}`).join('; '),
            reported_by: reporter && formatPerson(reporter),
            meeting: meeting && authored(meeting, 'title', context).text,
            meeting_date: meeting?.date.iso,
          },
          citations: accomplishment.citations,
        })),
      ),
    };
  }

  protected renderView({ agencies, layout, level }: AgencyAccomplishmentsView, context: ResolveContext, dataControl: unknown) {
    return layout === 'tabs' ? this.renderTabs(agencies, level, context, dataControl) : this.renderGrid(agencies, level, context, dataControl);
  }

  private renderGrid(agencies: AgencyView[], level: HeadingLevel, context: ResolveContext, dataControl: unknown) {
    return html`<div class="root grid" part="base" lang=${context.lang} dir=${context.dir}>
      ${agencies.map(
        (view) => html`<article class="agency card" part="agency" aria-labelledby="name-${view.agency.id}">
          ${this.renderAgency(view, level, context)}
        </article>`,
      )}
      ${dataControl}
    </div>`;
  }

  private renderTabs(agencies: AgencyView[], level: HeadingLevel, context: ResolveContext, dataControl: unknown) {
    const selected = agencies.find((view) => view.agency.id === this.selectedAgency) ?? agencies[0];
    // Every panel is there for its tab's aria-controls; only the shown one is filled (less to render), but
    // for a server render, which shows them all with JavaScript off, and so for the hydration that takes it over.
    const fillsAll = isServer || this.hydration.adopting || this.print.printing;
    return html`<div class="root tabs" part="base" lang=${context.lang} dir=${context.dir}>
      <div class="tablist" part="tablist" role="tablist" aria-label=${context.words.agencies} @keydown=${this.onTablistKeydown}>
        ${agencies.map(({ agency }) => {
          const isSelected = agency === selected.agency;
          return html`<button
            type="button"
            class="tab"
            part="tab"
            role="tab"
            id="tab-${agency.id}"
            aria-selected=${isSelected ? 'true' : 'false'}
            aria-controls="panel-${agency.id}"
            tabindex=${isSelected ? 0 : -1}
            data-agency=${agency.id}
            @click=${() => this.select(agency.id)}
          >
            ${renderData(agency.acronym ?? agency.name, context)}
          </button>`;
        })}
      </div>
      ${agencies.map(
        (view) => html`<div
          class="agency panel"
          part="tabpanel agency"
          role="tabpanel"
          id="panel-${view.agency.id}"
          aria-labelledby="tab-${view.agency.id}"
          tabindex="0"
          ?hidden=${view !== selected && !this.print.printing}
        >
          ${view === selected || fillsAll ? this.renderAgency(view, level, context) : nothing}
        </div>`,
      )}
      ${dataControl}
    </div>`;
  }

  private renderAgency({ agency, parent, accomplishments }: AgencyView, level: HeadingLevel, context: ResolveContext) {
    const heading = renderHeading(level, renderData(agencyTitle(agency), context), 'agency-name', `name-${agency.id}`);
    return html`${parent
        ? html`<hgroup class="agency-heading">
            ${heading}
            <p class="parent" part="agency-parent">${renderData(parent.name, context)}</p>
          </hgroup>`
        : heading}
      <ul class="list" part="list" role="list">
        ${accomplishments.map((view) => this.renderAccomplishment(view, context))}
      </ul>`;
  }

  private renderAccomplishment({ accomplishment, owner, reporter, meeting, stats }: AccomplishmentView, context: ResolveContext): TemplateResult {
    const { locale, words } = context;
    return html`<li class="accomplishment" part="accomplishment">
      <p class="summary" part="summary">${renderText(authored(accomplishment, 'summary', context), context)}</p>
      ${stats.length
        ? html`<ul class="stats" part="stats" role="list">
            ${stats.map((stat) => {
              const { label, period, lang, dir, within } = statLine(stat, context);
              return html`<li class="stat" part="stat">
                <span class="stat-line" lang=${lang} dir=${dir}
                  ><data class="stat-value" part="stat-value" value=${stat.value}>${renderStatValue(stat, context, 'standard', within)}</data>
                  <span class="stat-label">${renderText(label, context, within)}${period ? html` (${renderText(period, context, within)})` : nothing}</span></span
                >
              </li>`;
            })}
          </ul>`
        : nothing}
      ${owner ? html`<p class="owner" part="owner">${words.carriedOutBy} ${renderData(agencyTitle(owner), context)}</p>` : nothing}
      ${reporter || meeting
        ? html`<p class="attribution">
            ${reporter ? html`<span class="reporter" part="reporter">${words.reportedBy} ${renderData(formatPerson(reporter), context)}</span>` : nothing}
            ${meeting
              ? html`<span class="meeting" part="meeting">${renderText(authored(meeting, 'title', context), context)}&nbsp;· ${renderDate(meeting.date, locale)}</span>`
              : nothing}
          </p>`
        : nothing}
      ${renderCitations(accomplishment.citations, context)}
    </li>`;
  }

  private select(id: string): void {
    this.selectedAgency = id;
  }

  /** Arrow keys, Home and End move focus and selection together (automatic activation). */
  private async onTablistKeydown(event: KeyboardEvent): Promise<void> {
    const tablist = event.currentTarget as HTMLElement;
    const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const current = tabs.indexOf((event.target as HTMLElement).closest<HTMLButtonElement>('[role="tab"]')!);
    if (current < 0) return;
    const rtl = getComputedStyle(tablist).direction === 'rtl';
    const next = rovingIndex(event.key, current, tabs.length, 'horizontal', rtl);
    if (next === undefined) return;
    event.preventDefault();
    this.select(tabs[next].dataset.agency!);
    await this.updateComplete;
    tabs[next].focus();
  }
}
