import { css, html } from 'lit';
import type { Source } from '../../data/schema.ts';
import type { CopyController } from '../controllers/copy-controller.ts';
import { renderData } from '../templates/data-language.ts';
import { safeHttpsUrl } from '../formatting/source-links.ts';
import { formatPartialDate } from '../formatting/format.ts';
import { unbrokenDate } from '../templates/date-template.ts';
import type { ResolveContext } from '../resolve-context.ts';
import { citedSourcesOf, csvFile, jsonFile, type ExportedData } from './exported-data.ts';
import { bibtexFile, cslJsonFile, datasetRelease, type DatasetRelease } from './references.ts';

/** Id of the citation for the widget's CopyController. */
const CITE = 'cite';

/**
 * A file made in the page and handed to the browser's download, never requested from anywhere. The link is
 * revoked a minute later, not at once: Safari can lose a download whose URL goes before it has started.
 */
function download(host: HTMLElement, file: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: file, hidden: true });
  host.shadowRoot!.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A reference's parts, in a common author-date style: author or publisher, date as precise as known, title, URL. */
function referenceParts(source: Source, { locale, words }: ResolveContext, formatDate: typeof formatPartialDate = formatPartialDate) {
  return {
    who: source.author ?? source.publisher,
    when: source.date ? formatDate(source.date, locale) : words.undated,
    publisher: source.author ? source.publisher : undefined,
  };
}

/** "Hyun Soo Suh. (March 15, 2012). Human trafficking …. CNN. https://…": one line per source, for the clipboard. */
const referenceText = (source: Source, context: ResolveContext): string => {
  const { who, when, publisher } = referenceParts(source, context);
  return [`${who}.`, `(${when}).`, `${source.title}.`, publisher && `${publisher}.`, safeHttpsUrl(source.url)].filter(Boolean).join(' ');
};

/** "tip-widgets dataset: …, version 1.0.0. (December 7, 2026). CC-BY-4.0.": the dataset's own reference. */
const releaseWhen = (release: DatasetRelease, { locale, words }: ResolveContext, formatDate: typeof formatPartialDate = formatPartialDate) =>
  release.date ? formatDate({ iso: release.date, precision: 'day' }, locale) : words.undated;

const releaseText = (release: DatasetRelease, context: ResolveContext) =>
  [`${release.title}${context.words.separator}${context.words.version(release.version)}.`, `(${releaseWhen(release, context)}).`, release.license && `${release.license}.`]
    .filter(Boolean)
    .join(' ');

/** The title is the dataset's text, in its language; the version is said in the widget's. */
function renderRelease(release: DatasetRelease, context: ResolveContext) {
  const { words } = context;
  return html`<li>
    ${renderData(release.title, context)}${words.separator}${words.version(release.version)}. (${releaseWhen(release, context, unbrokenDate)}).${release.license
      ? html` <span translate="no">${release.license}</span>.`
      : ''}
  </li>`;
}

/** "Dataset 1.0.0, December 7, 2026: what changed": the changelog entry of the dataset's version. */
function renderChange(release: DatasetRelease, context: ResolveContext) {
  return release.date && release.changes
    ? html`<p class="release" part="dataset-release">
        ${context.words.datasetRelease(release.version, releaseWhen(release, context))} ${renderData(release.changes, context)}
      </p>`
    : '';
}

function renderReference(source: Source, context: ResolveContext) {
  // On the page the date never wraps; in the copied text it is plain.
  const { who, when, publisher } = referenceParts(source, context, unbrokenDate);
  const url = safeHttpsUrl(source.url);
  return html`<li>
    ${renderData(who, context)}. (${when}). <cite>${renderData(source.title, context)}</cite>.${publisher
      ? html` ${renderData(publisher, context)}.`
      : ''}${url ? html` <span class="url" translate="no" dir="ltr">${url}</span>` : ''}
  </li>`;
}

/**
 * The one "Data and citation" control every widget has (but with `hide-data`), last inside the widget's frame: what it shows as CSV and JSON,
 * and a reference to each of its sources, to copy or to download as BibTeX and CSL-JSON. A disclosure, so it
 * costs one line until opened, and opens with JavaScript off on a pre-rendered page, where its buttons hide.
 */
export function renderDataAndCitation(host: HTMLElement, copier: CopyController, exported: ExportedData, context: ResolveContext) {
  const { data, words } = context;
  const sources = citedSourcesOf(exported, data);
  const release = datasetRelease(data.dataset);
  const references = () => [...sources.map((source) => referenceText(source, context)), ...(release ? [releaseText(release, context)] : [])].join('\n');
  const save = (extension: string, type: string, text: () => string) => () => download(host, `${exported.name}.${extension}`, type, text());
  const citeButton = () => host.shadowRoot?.querySelector<HTMLElement>('[part~="copy-citation"]');
  return html`<details class="data-and-citation disclosure" part="data-and-citation">
    <summary part="data-and-citation-summary">${words.dataAndCitation}</summary>
    <div class="data-and-citation-body">
      ${release ? renderChange(release, context) : ''}
      <p class="data-actions" part="data-actions">
        <button type="button" class="button" part="download-csv" @click=${save('csv', 'text/csv;charset=utf-8', () => csvFile(exported, data))}>
          ${words.downloadCsv}
        </button>
        <button type="button" class="button" part="download-json" @click=${save('json', 'application/json', () => jsonFile(exported, data))}>
          ${words.downloadJson}
        </button>
      </p>
      <div class="citing" part="cite">
        <p class="cite-label">${words.citeSources(sources.length)}</p>
        <ul class="references" role="list">
          ${sources.map((source) => renderReference(source, context))}${release ? renderRelease(release, context) : ''}
        </ul>
        <p class="data-actions" part="data-actions">
          <button type="button" class="button" part="copy-citation" @click=${() => copier.copy(CITE, references())}>${words.copyCitation}</button>
          <button type="button" class="button" part="download-bibtex" @click=${save('bib', 'application/x-bibtex;charset=utf-8', () => bibtexFile(sources, release))}>
            ${words.downloadBibtex}
          </button>
          <button type="button" class="button" part="download-csl" @click=${save('csl.json', 'application/vnd.citationstyles.csl+json', () => cslJsonFile(sources, release))}>
            ${words.downloadCsl}
          </button>
          ${copier.renderStatus(CITE, words)}
        </p>
        ${copier.renderFallback(CITE, references(), words, citeButton)}
      </div>
    </div>
  </details>`;
}

export const dataAndCitationStyles = css`
  .data-and-citation {
    margin-block-start: var(--_space-2);
  }
  .data-and-citation > summary {
    font-weight: 600;
  }
  .data-and-citation-body {
    display: grid;
    gap: var(--_space-2);
    padding-block: var(--_space-2);
    color: var(--_color-text);
  }
  .data-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    margin: 0;
  }
  .release,
  .cite-label,
  .references {
    margin: 0;
  }
  .references {
    display: grid;
    gap: var(--_space-1);
    padding: 0;
    list-style: none;
    overflow-wrap: anywhere;
  }
`;
