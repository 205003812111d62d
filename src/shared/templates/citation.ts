import { css, html, nothing } from 'lit';
import type { Citation } from '../../data/schema.ts';
import type { Source } from '../../data/schema.ts';
import { dirAttr, langAttr, renderAround, renderData } from './data-language.ts';
import { unbrokenDate } from './date-template.ts';
import type { ResolveContext } from '../resolve-context.ts';
import { publisherWords, sourceLine } from '../formatting/citation-text.ts';
import { archivedUrl, quoteUrl, safeHttpsUrl } from '../formatting/source-links.ts';

/** `sourceLine` with the publisher marked as the dataset's text: "Voice of America editorial [per its web address], 2012 or later". */
function renderSourceLine(source: Source, context: ResolveContext) {
  return html`${renderAround(publisherWords(source, context.words), renderData(source.publisher, context))}${source.date
    ? `${context.words.separator}${unbrokenDate(source.date, context.locale)}`
    : nothing}`;
}

/**
 * A verbatim quote inside the widget's language's quotation marks, the quote itself in its source's language. A mark
 * the quote already has at an edge (a quote that is itself a quotation, “…”) is not doubled.
 */
function renderQuote(quote: string, lang: string | typeof nothing, quoted: (text: string) => string) {
  const [open, close] = quoted('\u0000').split('\u0000');
  const before = quote.startsWith(open.trim()) ? '' : open;
  const after = quote.endsWith(close.trim()) ? '' : close;
  return html`${before}${lang === nothing ? quote : html`<span lang=${lang} dir=${dirAttr(lang)}>${quote}</span>`}${after}`;
}

/**
 * The one citation template: a compact source line (publisher, date) that discloses each verbatim
 * quote and its document's title, so a reader can always check a figure. `wordings` are the same
 * figure as other sources word it: shown apart, after the quotes, and said to be worded differently.
 * A title links the document's address opened at the quote's words (a text fragment), and an archived copy
 * follows it, both in a new tab, sending no referrer: the reader's visit is not announced to the site of the
 * document, nor the page they came from.
 */
export function renderCitations(citations: Citation[], context: ResolveContext, wordings: Citation[] = []) {
  const { data, locale, words } = context;
  const cited = [...citations, ...wordings].map((citation, i) => ({ citation, source: data.sources.get(citation.source), reworded: i >= citations.length }));
  // One line per publisher and date, however many quotes come from it.
  const lines = new Map(cited.map(({ citation, source }) => [source ? sourceLine(source, locale) : citation.source, source]));
  const publishers = [...lines].map(([line, source], i) => html`${i ? words.listSeparator : nothing}${source ? renderSourceLine(source, context) : renderData(line, context)}`);
  return html`<details class="sources disclosure" part="sources">
    <summary part="source-line">
      <span class="sources-label">${words.sourcesLabel(publishers.length)}</span> ${publishers}
    </summary>
    <ul class="quotes" role="list">
      ${cited.map(({ citation, source, reworded }) => {
        const url = safeHttpsUrl(source?.url);
        const archived = source && archivedUrl(source);
        const title = source?.title ?? citation.source;
        // A quote and its document's title are in the source's language, whatever the widget's.
        const lang = langAttr(source?.language ?? context.dataLang, context);
        return html`<li>
          ${reworded ? html`<p class="reworded" part="wording">${words.wordedDifferently}</p>` : nothing}
          <blockquote part="quote">
            ${renderQuote(citation.quote, lang, words.quoted)}
          </blockquote>
          <p class="cite">
            ${url
              ? html`<a href=${quoteUrl(url, citation.quote)} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer"><cite lang=${lang}>${title}</cite></a>${source?.urlKind ===
                  'republication'
                    ? ` ${words.republication}`
                    : nothing}`
              : html`<cite lang=${lang}>${title}</cite>`}${source
              ? html`${words.separator}${renderSourceLine(source, context)}${source.author
                  ? html`${words.separator}${words.by} ${renderData(source.author, context)}`
                  : nothing}`
              : nothing}${archived
              ? html`${words.separator}<a class="archived" part="archived-copy" href=${archived} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">${words.archivedCopy.replaceAll(' ', '\u00a0')}</a>`
              : nothing}
          </p>
        </li>`;
      })}
    </ul>
  </details>`;
}

export const citationStyles = css`
  .sources-label {
    font-weight: 600;
  }
  .quotes {
    list-style: none;
    margin: var(--_space-2) 0 0;
    padding: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .quotes blockquote {
    margin: 0;
    padding-inline-start: var(--_space-2);
    border-inline-start: 3px solid var(--_color-border);
    color: var(--_color-text);
  }
  .cite,
  .reworded {
    margin: var(--_space-1) 0 0;
  }
  .reworded {
    margin-block: 0 var(--_space-1);
    font-style: italic;
  }
  .cite a {
    color: inherit;
  }
  /*
   * A label kept whole by no-break spaces breaks inside only where it cannot fit a line; \`anywhere\`, not
   * \`break-word\`, so that it does not widen a grid's column to its own length either.
   */
  .cite {
    overflow-wrap: anywhere;
  }
`;
