import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  bundledAgencies,
  bundledPeople,
  bundledRecommendations,
  bundledSources,
  datasetShare,
} from '../../data/dataset.ts';
import type { BundledSourceId, BundledTopic, OwnId } from '../../data/bundled-ids.ts';
import type { Recommendation } from '../../data/schema.ts';
import { authored, renderData, renderText, type DataText } from '../../shared/templates/data-language.ts';
import { renderCitations } from '../../shared/templates/citation.ts';
import { citationText } from '../../shared/formatting/citation-text.ts';
import { renderDate } from '../../shared/templates/date-template.ts';
import { formatList } from '../../shared/formatting/format.ts';
import { checkHeadingLevel, renderHeading, type HeadingLevel } from '../../shared/templates/heading.ts';
import { IncrementalList, incrementalListStyles } from '../../shared/controllers/incremental-list.ts';
import type { ExportedData } from '../../shared/data-and-citation/exported-data.ts';
import type { NumberLike } from '../../shared/attribute-values.ts';
import type { ResolveContext } from '../../shared/resolve-context.ts';
import { TipElement } from '../../shared/tip-element.ts';
import { TipInputError } from '../../shared/tip-error.ts';
import { recommendationListStyles } from './recommendation-list.styles.ts';

interface RecommendationView {
  recommendation: Recommendation;
  title: DataText;
  text: DataText;
  topic: string;
  issuer: string;
  authors?: string;
  /** The text with its citation, as plain text for the clipboard. */
  copyText: string;
}

interface RecommendationListView {
  level: HeadingLevel;
  /** The recommendations shown; each one's view is made when it is rendered, so a long list costs nothing up front. */
  recommendations: Recommendation[];
  /** The filters it was made with (`topic`, `source`): they name the exported files. */
  filters: string[];
}

/** A readable label for a kebab-case topic id: "forced-labor" -> "Forced labor". */
export const topicLabel = (topic: string): string => {
  const words = topic.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** What a recommendation shows, in the widget's language; made as it is rendered or exported. */
function recommendationView(recommendation: Recommendation, context: ResolveContext): RecommendationView {
  const { data, locale, words } = context;
  const title = authored(recommendation, 'title', context);
  const text = authored(recommendation, 'text', context);
  const issuer = data.agencies.get(recommendation.issuer)?.name ?? recommendation.issuer;
  const names = (recommendation.authors ?? []).map((id) => data.people.get(id)?.name ?? id);
  return {
    recommendation,
    title,
    text,
    topic: topicLabel(recommendation.topic),
    issuer,
    authors: names.length ? formatList(names, locale) : undefined,
    copyText: words.copyText(text.text, issuer, citationText(recommendation.citations, data, locale)),
  };
}

/**
 * The policy recommendations in the dataset, in order: each with its title, full text, topic, who
 * made it and when, the verbatim quote behind it, and a button that copies it with its citation.
 * A long list shows its first 200, added without blocking the page, and a button that shows 200 more.
 *
 * @summary The recommendations made to the task force, each citable and copyable.
 * @tag recommendation-list
 *
 * @csspart base - The list's surface.
 * @csspart list - The ordered list of recommendations.
 * @csspart recommendation - One recommendation.
 * @csspart number - A recommendation's number in the list.
 * @csspart title - A recommendation's short title (a heading).
 * @csspart placement - Said of a call its report makes in its text, after the recommendations it lists.
 * @csspart text - A recommendation's full text.
 * @csspart topic - The topic, as "Topic: Forced labor".
 * @csspart attribution - Who made the recommendation and when.
 * @csspart issuer - The agency that made it.
 * @csspart authors - The people who wrote it.
 * @csspart date - When it was made.
 * @csspart copy-button - The button that copies the recommendation with its citation.
 * @csspart sources - The disclosure with the verbatim quotes.
 * @csspart source-line - The compact publisher and date line that opens the quotes.
 * @csspart quote - A verbatim quote.
 * @csspart archived-copy - The link to an archived copy of a quote's document.
 * @csspart more - The button that shows more recommendations of a long list.
 * @csspart print-note - On paper, in place of that button: how many recommendations are not printed.
 *
 * @cssprop --tip-recommendation-list-number-color - Colour of each recommendation's number; defaults to `--tip-color-accent`.
 * @cssprop --tip-recommendation-list-topic-background - Background of the topic label; defaults to `--tip-color-surface-alt`.
 * @cssprop --tip-recommendation-list-topic-color - Text colour of the topic label; defaults to `--tip-color-text`.
 */
export class RecommendationList extends TipElement<RecommendationListView> {
  static override styles = [incrementalListStyles, recommendationListStyles];
  protected static override bundled = datasetShare({
    sources: bundledSources,
    agencies: bundledAgencies,
    people: bundledPeople,
    recommendations: bundledRecommendations,
  });

  /** Id of a source, e.g. `tcr-2021-cfr-report`: shows only the recommendations that cite it. */
  @property({ reflect: true, useDefault: true }) source: BundledSourceId | OwnId = '';

  /** Id of a topic, e.g. `forced-labor`: shows only the recommendations on it. */
  @property({ reflect: true, useDefault: true }) topic: BundledTopic | OwnId = '';

  /** Level of each recommendation's title heading, 2 to 6, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level', useDefault: true }) headingLevel: NumberLike = 3;

  /** A recommendation "Show more" added, whose copy button takes focus once it is rendered. */
  private pendingFocus?: string;


  /** The recommendations, added a slice at a time so that a long list never blocks the page. */
  private readonly items = new IncrementalList(this, this.hydration);

  protected resolve({ data, words, locale }: ResolveContext): RecommendationListView {
    const level = checkHeadingLevel(this.headingLevel, words);
    const all = data.dataset.recommendations;
    const topics = [...new Set(all.map((r) => r.topic))];
    if (this.source && !data.sources.has(this.source)) throw new TipInputError(words.noSource(this.source));
    if (this.topic && !topics.includes(this.topic)) {
      throw new TipInputError(words.noTopic(this.topic, topics.length ? formatList(topics, locale) : undefined));
    }
    const shown = all.filter(
      (r) => (!this.source || r.citations.some((c) => c.source === this.source)) && (!this.topic || r.topic === this.topic),
    );
    if (shown.length === 0) {
      throw new TipInputError(words.noRecommendations(this.source || undefined, this.topic || undefined));
    }
    return { level, recommendations: shown, filters: [this.topic, this.source].filter(Boolean) };
  }

  private copyButton(id: string): HTMLButtonElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLButtonElement>(`button[data-recommendation="${CSS.escape(id)}"]`);
  }

  /** Resolves once every recommendation is rendered, not only the first slice. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.items.complete;
    return super.getUpdateComplete();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const focus = this.pendingFocus && this.copyButton(this.pendingFocus);
    if (focus) {
      this.pendingFocus = undefined;
      focus.focus();
    }
  }

  protected exported({ recommendations, filters }: RecommendationListView, context: ResolveContext): ExportedData {
    return {
      name: ['recommendation-list', ...filters].join('-'),
      records: recommendations.map((recommendation, i) => {
        const { title, text, topic, issuer, authors } = recommendationView(recommendation, context);
        return {
          fields: { number: i + 1, id: recommendation.id, title: title.text, text: text.text, topic, issuer, authors, date: recommendation.date.iso },
          citations: recommendation.citations,
        };
      }),
    };
  }

  protected renderView({ level, recommendations }: RecommendationListView, context: ResolveContext, dataControl: unknown) {
    return html`<div class="root base" part="base" lang=${context.lang} dir=${context.dir}>
      <ol class="list" part="list" role="list">
        ${this.items.render(
          recommendations,
          (recommendation, index) => this.renderRecommendation(recommendationView(recommendation, context), index, level, context),
          (recommendation) => [recommendation, this.copier.copied === recommendation.id, this.copier.fallback === recommendation.id],
          [context.data, context.locale, context.words, level],
        )}
      </ol>
      ${this.items.renderMore(context.words.moreRecommendations, context.words.notPrinted, (first) => (this.pendingFocus = recommendations[first].id))}
      ${dataControl}
    </div>`;
  }

  private renderRecommendation(view: RecommendationView, index: number, level: HeadingLevel, context: ResolveContext) {
    const { locale, words } = context;
    const { recommendation: r, title, text, topic, issuer, authors } = view;
    return html`<li class="recommendation" part="recommendation">
      <div class="item">
        <div class="body">
          <span class="number" part="number">${index + 1}.</span>
          ${renderHeading(level, renderText(title, context), 'title')}
          <p class="text" part="text">${renderText(text, context)}</p>
          ${r.placement === 'text' ? html`<p class="placement" part="placement">${words.furtherCall}</p>` : nothing}
          <p class="meta">
            <span class="topic" part="topic"><span class="topic-label">${words.topic}</span> ${renderData(topic, context)}</span>
            <span class="attribution" part="attribution"
              ><span part="issuer">${renderData(issuer, context)}</span>${authors
                ? html`${words.separator}${words.by} <span part="authors">${renderData(authors, context)}</span>`
                : nothing}&nbsp;· <span part="date">${renderDate(r.date, locale)}</span></span
            >
          </p>
          ${renderCitations(r.citations, context)}
        </div>
        <div class="actions">
          <button type="button" class="button copy" part="copy-button" data-recommendation=${r.id} @click=${() => this.copier.copy(r.id, view.copyText)}>
            ${words.copy}<span class="visually-hidden"> ${renderText({ ...title, text: words.quoted(title.text) }, context)}</span>
          </button>
          ${this.copier.renderStatus(r.id, words)}
        </div>
        ${this.copier.renderFallback(r.id, view.copyText, words, () => this.copyButton(r.id))}
      </div>
    </li>`;
  }
}
