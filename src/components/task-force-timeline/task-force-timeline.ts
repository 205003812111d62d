import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { bundledEvents, bundledPeople, bundledSources, datasetShare } from '../../data/dataset.ts';
import type { TimelineEvent } from '../../data/schema.ts';
import { renderCitations } from '../../shared/templates/citation.ts';
import { renderDate } from '../../shared/templates/date-template.ts';
import { authored, renderData, renderText } from '../../shared/templates/data-language.ts';
import { formatPerson } from '../../shared/formatting/format.ts';
import { checkHeadingLevel, renderHeading, type HeadingLevel } from '../../shared/templates/heading.ts';
import { IncrementalList, incrementalListStyles } from '../../shared/controllers/incremental-list.ts';
import { prefersReducedMotion } from '../../shared/interaction/reduced-motion.ts';
import { rovingIndex } from '../../shared/interaction/roving-focus.ts';
import { ScrollEdges } from '../../shared/controllers/scroll-edges.ts';
import type { ExportedData } from '../../shared/data-and-citation/exported-data.ts';
import type { ResolveContext } from '../../shared/resolve-context.ts';
import { TipElement } from '../../shared/tip-element.ts';
import { TipInputError } from '../../shared/tip-error.ts';
import type { Translation } from '../../i18n/translation.ts';
import { en } from '../../i18n/translations/en.ts';
import { orList, oneOf, type NumberLike } from '../../shared/attribute-values.ts';
import { taskForceTimelineStyles } from './task-force-timeline.styles.ts';

type EventKind = TimelineEvent['kind'];

/** Every kind the schema knows: the keys of the English labels, which the type check holds to the schema's. */
const KINDS = Object.keys(en.eventKinds) as EventKind[];
export type TimelineOrder = 'oldest' | 'newest';
const ORDERS: readonly TimelineOrder[] = ['oldest', 'newest'];

const yearOf = (event: TimelineEvent) => Number(event.date.iso.slice(0, 4));

interface TimelineView {
  events: TimelineEvent[];
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
 * A long chronology shows its first 200 events, added without blocking the page, and a button that
 * shows 200 more.
 *
 * @summary The chronology of the task force, from its 2000 law on.
 * @tag task-force-timeline
 *
 * @csspart base - The timeline's surface.
 * @csspart timeline - The timeline's surface, by its name before 0.2.0; until 0.3.0 (use `base`).
 * @csspart list - The ordered list of events; the scrolling track in a wide container.
 * @csspart event - One event's list item.
 * @csspart heading - The heading that holds an event's date and title.
 * @csspart toggle - The button that opens and closes an event's details.
 * @csspart date - An event's date.
 * @csspart title - An event's title.
 * @csspart heading-text - An event's date and title as plain text: on a pre-rendered page with JavaScript off, in place of its toggle.
 * @csspart kind - What kind of event it was: law, meeting, statement, report, plan, commitment.
 * @csspart summary - An event's summary.
 * @csspart details - The people, date derivation and sources an event's button discloses.
 * @csspart people - The list of people involved.
 * @csspart derivation - How a date no document states outright was derived.
 * @csspart sources - The disclosure with the verbatim quotes.
 * @csspart source-line - The compact publisher and date line that opens the quotes.
 * @csspart quote - A verbatim quote.
 * @csspart archived-copy - The link to an archived copy of a quote's document.
 * @csspart more - The button that shows more events of a long chronology.
 * @csspart track-buttons - Above a wide track that scrolls: the earlier and later buttons, for a mouse.
 * @csspart track-button - One of them.
 * @csspart print-note - On paper, in place of that button: how many events are not printed.
 *
 * @cssprop --tip-task-force-timeline-marker-color - Colour of each event's marker; defaults to `--tip-color-accent`.
 * @cssprop --tip-task-force-timeline-item-width - Width of each event's column in the wide track; defaults to `16rem`.
 */
export class TaskForceTimeline extends TipElement<TimelineView> {
  static override styles = [incrementalListStyles, taskForceTimelineStyles];
  protected static override bundled = datasetShare({
    sources: bundledSources,
    people: bundledPeople,
    events: bundledEvents,
  });

  /** First year to show, inclusive, e.g. `2012`. */
  @property() from?: NumberLike;

  /** Last year to show, inclusive, e.g. `2016`. */
  @property() to?: NumberLike;

  /** Comma-separated kinds to show: `law`, `meeting`, `statement`, `report`, `plan`, `commitment`. */
  @property() kinds?: string;

  /** `oldest` first (the default) or `newest` first. */
  @property({ useDefault: true }) order: 'oldest' | 'newest' = 'oldest';

  /** Level of each event's heading, 2 to 6, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level', useDefault: true }) headingLevel: NumberLike = 3;

  /** Ids of the events whose details are open. */
  @state() private expanded: ReadonlySet<string> = new Set();

  /** Id of the event whose button is the list's one tab stop. */
  @state() private activeId?: string;

  /** An event to focus and scroll to once it is rendered: the one the URL fragment names, or one a key moved to. */
  private pendingReveal?: { id: string; block: ScrollLogicalPosition };

  /** Set while a pre-rendered timeline hydrates: the event the URL fragment names opens on the update after. */
  private hashAfterHydration = false;

  /** The events, added a slice at a time so that a long chronology never blocks the page. */
  private readonly items = new IncrementalList(this, this.hydration);

  /** Whether the wide track has more events before or after those in sight. */
  private readonly edges = new ScrollEdges(this, () => (this.renderRoot as ShadowRoot | undefined)?.querySelector<HTMLElement>('.list'));

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected resolve({ data, locale, words }: ResolveContext): TimelineView {
    const headingLevel = checkHeadingLevel(this.headingLevel, words);
    const order = oneOf('order', this.order, ORDERS, 'oldest', { words, locale });
    const from = parseYear('from', this.from, words);
    const to = parseYear('to', this.to, words);
    if (from !== undefined && to !== undefined && from > to) throw new TipInputError(words.fromAfterTo(from, to));
    const kinds = parseKinds(this.kinds, words, locale);

    const events = data.dataset.events
      .filter((event) => (from === undefined || yearOf(event) >= from) && (to === undefined || yearOf(event) <= to))
      .filter((event) => kinds === undefined || kinds.includes(event.kind))
      .sort((a, b) => (a.date.iso < b.date.iso ? -1 : a.date.iso > b.date.iso ? 1 : 0));
    if (order === 'newest') events.reverse();
    if (events.length === 0) throw new TipInputError(words.noEvents(kinds && orList(kinds, locale), from, to));
    return { events, headingLevel };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A pre-rendered timeline's first update takes the server's DOM over as it is, every event closed: Lit's
    // hydration assumes the values it renders are the ones the server drew. The linked event opens after it.
    if (isServer || !this.firstView) return;
    if (this.hydration.adopting && !this.hasUpdated) this.hashAfterHydration = true;
    else this.openHashTarget();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.hashAfterHydration) {
      this.hashAfterHydration = false;
      this.onHashChange();
    }
    const pending = this.pendingReveal;
    if (!pending || !this.eventItem(pending.id)) return; // Not rendered yet: the update that renders it reveals it.
    this.pendingReveal = undefined;
    this.reveal(pending.id, pending.block);
  }

  /** Resolves once every event is rendered, not only the first slice. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.items.complete;
    return super.getUpdateComplete();
  }

  /** Opens the event the URL fragment names, if this timeline shows it, and reveals it once rendered; true if it does. */
  private openHashTarget(): boolean {
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return false; // A malformed fragment names nothing here.
    }
    const index = id ? (this.view?.events.findIndex((event) => event.id === id) ?? -1) : -1;
    if (index < 0) return false;
    if (!this.expanded.has(id)) this.expanded = new Set(this.expanded).add(id);
    this.activeId = id;
    this.pendingReveal = { id, block: 'start' };
    this.items.showThrough(index);
    return true;
  }

  private onHashChange = (): void => {
    if (this.openHashTarget()) this.requestUpdate();
  };

  private eventItem(id: string): HTMLElement | null {
    return (this.renderRoot as ShadowRoot).getElementById(id);
  }

  /** Focuses an event's button and scrolls the event into view, smoothly unless the reader asked for no motion. */
  private reveal(id: string, block: ScrollLogicalPosition): void {
    const item = this.eventItem(id);
    item?.querySelector<HTMLButtonElement>('button.toggle')?.focus({ preventScroll: true });
    item?.scrollIntoView({ block, inline: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }

  private onListKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || !this.view) return;
    // Counted in the events shown, not in the buttons rendered so far: End reaches the last of a long list.
    const events = this.view.events.slice(0, this.items.revealed);
    const current = events.findIndex(({ id }) => id === (event.target as HTMLElement).dataset.event);
    if (current < 0) return; // Keys pressed in an event's details are theirs.
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const next =
      rovingIndex(event.key, current, events.length, 'horizontal', rtl) ??
      rovingIndex(event.key, current, events.length, 'vertical');
    if (next === undefined) return;
    event.preventDefault();
    const { id } = events[next];
    this.activeId = id;
    if (this.eventItem(id)) this.reveal(id, 'nearest');
    else this.pendingReveal = { id, block: 'nearest' };
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

  protected exported({ events }: TimelineView, context: ResolveContext): ExportedData {
    const years = events.map(yearOf);
    const [first, last] = [Math.min(...years), Math.max(...years)];
    return {
      name: `task-force-timeline-${first === last ? first : `${first}-${last}`}`,
      records: events.map((event) => ({
        fields: {
          id: event.id,
          date: event.date.iso,
          date_bound: event.date.bound,
          kind: event.kind,
          title: authored(event, 'title', context).text,
          summary: authored(event, 'summary', context).text,
          people: (event.people ?? []).flatMap((id) => context.data.people.get(id)?.name ?? []).join('; '),
        },
        citations: event.citations,
      })),
    };
  }

  protected renderView({ events, headingLevel }: TimelineView, context: ResolveContext, dataControl: unknown) {
    const tabStop = events.some(({ id }) => id === this.activeId) ? this.activeId : events[0].id;
    const { before, after } = this.edges;
    // The list's tabindex -1: Firefox makes a scrolling track a tab stop of its own; the events' buttons already scroll it.
    return html`<div class="root timeline" part="base timeline" lang=${context.lang} dir=${context.dir}>
      ${this.renderTrackButtons(context.words)}
      <div class="track ${before ? 'more-before' : ''} ${after ? 'more-after' : ''}">
        <ol class="list" part="list" role="list" tabindex="-1" @keydown=${this.onListKeydown} @focusin=${this.onListFocusin}>
          ${this.items.render(
            events,
            (event) => this.renderEvent(event, headingLevel, event.id === tabStop, context),
            (event) => [event, this.expanded.has(event.id), event.id === tabStop],
            [context.data, context.locale, context.words, headingLevel, this.print.printing],
          )}
        </ol>
      </div>
      ${this.items.renderMore(context.words.moreEvents, context.words.notPrinted, (first) => {
        // Focus moves to the first event added, where the reader continues.
        this.activeId = events[first].id;
        this.pendingReveal = { id: events[first].id, block: 'nearest' };
      })}
      ${dataControl}
    </div>`;
  }

  /**
   * Earlier and later, for a mouse on the wide track (shown only there, and only when it scrolls). Hidden from
   * assistive technology and out of the tab order: the arrow keys already move through the events, focus following.
   */
  private renderTrackButtons(words: Translation) {
    const { before, after } = this.edges;
    // Always there in a wide container, invisible while the track does not scroll: the track never moves when they
    // show (no layout shift), and what the server drew and what hydration takes over match.
    return html`<div class="track-buttons ${before || after ? '' : 'idle'}" part="track-buttons" aria-hidden="true">
      <button type="button" class="button track-button" part="track-button" tabindex="-1" title=${words.earlierEvents} ?disabled=${!before} @click=${() => this.edges.page(-1)}>
        <span class="track-arrow">‹</span>
      </button>
      <button type="button" class="button track-button" part="track-button" tabindex="-1" title=${words.laterEvents} ?disabled=${!after} @click=${() => this.edges.page(1)}>
        <span class="track-arrow">›</span>
      </button>
    </div>`;
  }

  private renderEvent(event: TimelineEvent, headingLevel: HeadingLevel, isTabStop: boolean, context: ResolveContext) {
    const open = this.expanded.has(event.id);
    // Pre-rendered (and so while it hydrates): every event's details are there, and the toggle's text
    // as plain text, for a reader with JavaScript off (src/ssr/without-script.ts shows them then).
    const scriptless = isServer || this.hydration.adopting;
    const detailsId = `${event.id}-details`;
    const text = html`<span class="date" part="date">${renderDate(event.date, context.locale)}</span><span class="visually-hidden">${context.words.separator}</span>
      <span class="title" part="title">${renderText(authored(event, 'title', context), context)}</span>`;
    const button = html`<button
      class="toggle"
      part="toggle"
      type="button"
      data-event=${event.id}
      tabindex=${isTabStop ? 0 : -1}
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${detailsId}
      @click=${() => this.toggle(event.id)}
    >
      <span class="chevron" aria-hidden="true">▸</span>
      <span class="toggle-text">${text}</span>
    </button>${scriptless ? html`<span class="toggle-text heading-text" part="heading-text">${text}</span>` : nothing}`;
    return html`<li class="event" part="event" id=${event.id}>
      <span class="marker" aria-hidden="true"></span>
      ${renderHeading(headingLevel, button)}
      <p class="kind" part="kind">${context.words.eventKinds[event.kind]}</p>
      <p class="summary" part="summary">${renderText(authored(event, 'summary', context), context)}</p>
      <div class="details" part="details" id=${detailsId} ?hidden=${!open && !this.print.printing}>
        ${open || scriptless || this.print.printing ? this.renderDetails(event, context) : nothing}
      </div>
    </li>`;
  }

  /** What an event's button discloses, rendered only while it is open (a long chronology stays light), or pre-rendered. */
  private renderDetails(event: TimelineEvent, context: ResolveContext) {
    const { data, words } = context;
    const people = (event.people ?? []).flatMap((id) => {
      const person = data.people.get(id);
      return person ? [{ person, chair: id === event.chair }] : [];
    });
    return html`${people.length
      ? html`<p class="details-label">${words.peopleInvolved(people.length)}</p>
          <ul class="people" part="people">
            ${people.map(
              ({ person, chair }) => html`<li>${renderData(formatPerson(person), context)}${chair ? html` <span class="chair">${words.chair}</span>` : nothing}</li>`,
            )}
          </ul>`
      : nothing}
    ${event.date.derivation
      ? html`<p class="derivation" part="derivation">${words.dateDerivation} ${renderData(event.date.derivation, context)}</p>`
      : nothing}
    ${renderCitations(event.citations, context)}`;
  }
}

/** A `from` or `to` attribute: a four-digit year, or absent. */
function parseYear(name: string, value: NumberLike | undefined, words: Translation): number | undefined {
  if (value == null) return undefined; // Absent, or the attribute was removed.
  const text = String(value).trim();
  if (!/^\d{4}$/.test(text)) throw new TipInputError(words.notAYear(name, String(value)));
  return Number(text);
}

/** The `kinds` attribute: known kinds, or absent for all of them. */
function parseKinds(value: string | undefined, words: Translation, locale: string): EventKind[] | undefined {
  const names = [...new Set((value ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean))];
  if (names.length === 0) return undefined;
  for (const name of names) {
    if (!(KINDS as string[]).includes(name)) {
      throw new TipInputError(words.unknownKind(name, orList(KINDS, locale)));
    }
  }
  return names as EventKind[];
}
