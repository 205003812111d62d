import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Person, TimelineEvent } from '../../data/schema.ts';
import { renderCitations } from '../../shared/citation.ts';
import { renderDate } from '../../shared/date-template.ts';
import { formatPerson } from '../../shared/format.ts';
import { checkHeadingLevel, renderHeading, type HeadingLevel } from '../../shared/heading.ts';
import { prefersReducedMotion } from '../../shared/reduced-motion.ts';
import { rovingIndex } from '../../shared/roving-focus.ts';
import { TipElement, type ResolveContext } from '../../shared/tip-element.ts';
import { TipInputError } from '../../shared/tip-error.ts';
import { taskForceTimelineStyles } from './task-force-timeline.styles.ts';

type EventKind = TimelineEvent['kind'];

/** Every kind the schema knows, with its label; a Record so a new kind cannot be forgotten. */
const KIND_LABELS: Record<EventKind, string> = {
  law: 'Law',
  meeting: 'Meeting',
  statement: 'Statement',
  report: 'Report',
  plan: 'Plan',
  commitment: 'Commitment',
};
const KINDS = Object.keys(KIND_LABELS) as EventKind[];
const ORDERS: readonly string[] = ['oldest', 'newest'];

const orList = (items: string[]) => new Intl.ListFormat('en', { type: 'disjunction' }).format(items);
const yearOf = (event: TimelineEvent) => Number(event.date.iso.slice(0, 4));

interface TimelineEntry {
  event: TimelineEvent;
  people: Array<{ person: Person; chair: boolean }>;
}

interface TimelineView {
  entries: TimelineEntry[];
  headingLevel: HeadingLevel;
}

/**
 * The task force's chronology: each event with its date at the precision the documents support,
 * what kind of event it was, a summary, and on request the people involved, how an undated event
 * was dated, and the verbatim quotes behind it. A vertical list in a narrow container; a
 * horizontally scrolling track in a wide one, moved through with the arrow keys.
 *
 * An event whose id is the page's URL fragment (`#annual-meeting-2012`) opens, scrolls into view
 * and takes focus, on first render and whenever the fragment changes.
 *
 * @summary The chronology of the task force, from its 2000 law on.
 * @tag task-force-timeline
 *
 * @csspart timeline - The timeline's surface.
 * @csspart list - The ordered list of events; the scrolling track in a wide container.
 * @csspart event - One event's list item.
 * @csspart heading - The heading that holds an event's date and title.
 * @csspart toggle - The button that opens and closes an event's details.
 * @csspart date - An event's date.
 * @csspart title - An event's title.
 * @csspart kind - What kind of event it was: law, meeting, statement, report, plan, commitment.
 * @csspart summary - An event's summary.
 * @csspart details - The people, date derivation and sources an event's button discloses.
 * @csspart people - The list of people involved.
 * @csspart derivation - How a date no document states outright was derived.
 * @csspart sources - The disclosure with the verbatim quotes.
 * @csspart source-line - The compact publisher and date line that opens the quotes.
 * @csspart quote - A verbatim quote.
 *
 * @cssprop --tip-timeline-marker-color - Colour of each event's marker; defaults to `--tip-color-accent`.
 * @cssprop --tip-timeline-item-width - Width of each event's column in the wide track; defaults to `16rem`.
 */
export class TaskForceTimeline extends TipElement<TimelineView> {
  static override styles = [TipElement.styles, taskForceTimelineStyles];

  /** First year to show, inclusive, e.g. `2012`. */
  @property() from?: string;

  /** Last year to show, inclusive, e.g. `2016`. */
  @property() to?: string;

  /** Comma-separated kinds to show: `law`, `meeting`, `statement`, `report`, `plan`, `commitment`. */
  @property() kinds?: string;

  /** `oldest` first (the default) or `newest` first. */
  @property() order: 'oldest' | 'newest' = 'oldest';

  /** Level of each event's heading, 2 to 6, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Ids of the events whose details are open. */
  @state() private expanded: ReadonlySet<string> = new Set();

  /** Id of the event whose button is the list's one tab stop. */
  @state() private activeId?: string;

  /** An event the URL fragment named, to open and focus once it is rendered. */
  private pendingReveal?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected resolve({ data }: ResolveContext): TimelineView {
    const headingLevel = checkHeadingLevel(this.headingLevel);
    if (!ORDERS.includes(this.order)) throw new TipInputError(`order "${this.order}" is not oldest or newest`);
    const from = parseYear('from', this.from);
    const to = parseYear('to', this.to);
    if (from !== undefined && to !== undefined && from > to) throw new TipInputError(`from ${from} is after to ${to}`);
    const kinds = parseKinds(this.kinds);

    const events = data.dataset.events
      .filter((event) => (from === undefined || yearOf(event) >= from) && (to === undefined || yearOf(event) <= to))
      .filter((event) => kinds === undefined || kinds.includes(event.kind))
      .sort((a, b) => (a.date.iso < b.date.iso ? -1 : a.date.iso > b.date.iso ? 1 : 0));
    if (this.order === 'newest') events.reverse();
    if (events.length === 0) throw new TipInputError(`no ${kinds ? `${orList(kinds)} ` : ''}events${yearRange(from, to)}`);

    const entries = events.map((event) => ({
      event,
      people: (event.people ?? []).flatMap((id) => {
        const person = data.people.get(id);
        return person ? [{ person, chair: id === event.chair }] : [];
      }),
    }));
    return { entries, headingLevel };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.firstView) this.pendingReveal = this.openHashTarget();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const id = this.pendingReveal;
    this.pendingReveal = undefined;
    if (id) this.reveal(id, 'start');
  }

  /** Opens the event the URL fragment names, if this timeline shows it; returns its id. */
  private openHashTarget(): string | undefined {
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return undefined; // A malformed fragment names nothing here.
    }
    if (!id || !this.view?.entries.some(({ event }) => event.id === id)) return undefined;
    if (!this.expanded.has(id)) this.expanded = new Set(this.expanded).add(id);
    this.activeId = id;
    return id;
  }

  private onHashChange = (): void => {
    this.pendingReveal = this.openHashTarget();
    if (this.pendingReveal) this.requestUpdate();
  };

  private toggles(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.toggle')];
  }

  /** Focuses an event's button and scrolls the event into view, smoothly unless the reader asked for no motion. */
  private reveal(id: string, block: ScrollLogicalPosition): void {
    const item = (this.renderRoot as ShadowRoot).getElementById(id);
    item?.querySelector<HTMLButtonElement>('button.toggle')?.focus({ preventScroll: true });
    item?.scrollIntoView({ block, inline: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }

  private onListKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const toggles = this.toggles();
    const current = toggles.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return; // Keys pressed in an event's details are theirs.
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const next =
      rovingIndex(event.key, current, toggles.length, 'horizontal', rtl) ??
      rovingIndex(event.key, current, toggles.length, 'vertical');
    if (next === undefined) return;
    event.preventDefault();
    const id = toggles[next].dataset.event!;
    this.activeId = id;
    this.reveal(id, 'nearest');
  }

  private onListFocusin(event: FocusEvent): void {
    const id = (event.target as HTMLElement).dataset.event;
    if (id) this.activeId = id;
  }

  private toggle(id: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this.expanded = expanded;
  }

  protected renderView({ entries, headingLevel }: TimelineView, { data, locale }: ResolveContext) {
    const tabStop = entries.some(({ event }) => event.id === this.activeId) ? this.activeId : entries[0].event.id;
    // The list's tabindex -1: Firefox makes a scrolling track a tab stop of its own; the events' buttons already scroll it.
    return html`<div class="root timeline" part="timeline">
      <ol class="list" part="list" role="list" tabindex="-1" @keydown=${this.onListKeydown} @focusin=${this.onListFocusin}>
        ${entries.map(({ event, people }) => {
          const open = this.expanded.has(event.id);
          const detailsId = `${event.id}-details`;
          const button = html`<button
            class="toggle"
            part="toggle"
            type="button"
            data-event=${event.id}
            tabindex=${event.id === tabStop ? 0 : -1}
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${detailsId}
            @click=${() => this.toggle(event.id)}
          >
            <span class="chevron" aria-hidden="true">▸</span>
            <span class="toggle-text">
              <span class="date" part="date">${renderDate(event.date, locale)}</span><span class="visually-hidden">: </span>
              <span class="title" part="title">${event.title}</span>
            </span>
          </button>`;
          return html`<li class="event" part="event" id=${event.id}>
            <span class="marker" aria-hidden="true"></span>
            ${renderHeading(headingLevel, button)}
            <p class="kind" part="kind">${KIND_LABELS[event.kind]}</p>
            <p class="summary" part="summary">${event.summary}</p>
            <div class="details" part="details" id=${detailsId} ?hidden=${!open}>
              ${people.length
                ? html`<p class="details-label">${people.length > 1 ? 'People involved' : 'Person involved'}</p>
                    <ul class="people" part="people">
                      ${people.map(
                        ({ person, chair }) =>
                          html`<li>${formatPerson(person)}${chair ? html` <span class="chair">(chair)</span>` : nothing}</li>`,
                      )}
                    </ul>`
                : nothing}
              ${event.date.derivation
                ? html`<p class="derivation" part="derivation">How this date was derived: ${event.date.derivation}</p>`
                : nothing}
              ${renderCitations(event.citations, data, locale)}
            </div>
          </li>`;
        })}
      </ol>
    </div>`;
  }
}

/** A `from` or `to` attribute: a four-digit year, or absent. */
function parseYear(name: string, value: string | undefined): number | undefined {
  if (value == null) return undefined; // Absent, or the attribute was removed.
  const text = String(value).trim();
  if (!/^\d{4}$/.test(text)) throw new TipInputError(`${name} "${value}" is not a year such as 2012`);
  return Number(text);
}

/** The `kinds` attribute: known kinds, or absent for all of them. */
function parseKinds(value: string | undefined): EventKind[] | undefined {
  const names = [...new Set((value ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean))];
  if (names.length === 0) return undefined;
  for (const name of names) {
    if (!(KINDS as string[]).includes(name)) {
      throw new TipInputError(`kind "${name}" is not one of ${orList(KINDS)}`);
    }
  }
  return names as EventKind[];
}

/** " between 2013 and 2014", " in 2013", " in or after 2013", " in or before 2013" or nothing. */
function yearRange(from: number | undefined, to: number | undefined): string {
  if (from !== undefined && to !== undefined) return from === to ? ` in ${from}` : ` between ${from} and ${to}`;
  if (from !== undefined) return ` in or after ${from}`;
  if (to !== undefined) return ` in or before ${to}`;
  return '';
}
