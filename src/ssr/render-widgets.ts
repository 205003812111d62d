/**
 * `tip-widgets/ssr`: renders a page's tip-widgets elements on the server, each as declarative shadow DOM
 * (`<template shadowrootmode="open">`) inside its own tag, so the page reads fully before (or without)
 * the script, which then takes the widgets over. Everything else in the page is kept byte for byte.
 */
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import '../index.ts';
// Every language the widgets speak, registered for the server render (a browser page adds the ones it needs);
// test/node/translations.test.ts holds this list to the folder.
import '../i18n/translations/ar.ts';
import '../i18n/translations/es.ts';
import '../i18n/translations/fr.ts';
import '../i18n/translations/pt.ts';
import type { DatasetState } from '../data/dataset-context.ts';
import type { Words } from '../i18n/translation.ts';
import { failed, outcomeOf, type Outcome } from '../data/dataset-outcome.ts';
import { en } from '../i18n/translations/en.ts';
import { validateDataset } from '../data/validate-dataset.ts';
import { FINGERPRINT_PREFIX } from '../shared/view-fingerprint.ts';
import { PROVIDER_TAG, WIDGET_TAGS } from '../shared/widget-tags.ts';
import { withoutScriptCss } from './without-script.ts';


type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface RenderWidgetsOptions {
  /**
   * Where each element's stylesheet is served (`dist/cdn/styles/<tag>.css`, e.g. `/assets/tip-widgets/styles/`):
   * each shadow root then links it instead of carrying its own `<style>`, which a strict CSP
   * (`style-src 'self'`) blocks. Without it, styles are inline: no other file to serve.
   */
  stylesheets?: string;
  /**
   * Reads the JSON behind a `<tip-dataset src>` on the page; `src` as written. Without it, widgets inside a
   * `<tip-dataset src>` show that it could not be read, as they would if the browser could not load it.
   */
  loadDataset?: (src: string) => Promise<unknown>;
  /**
   * The language of the widgets the page gives none (no `lang` around them, no `locale` of their own): each
   * is rendered in it and gets `locale="…"`, so that the browser, which would otherwise take `en-US`, agrees.
   */
  locale?: string;
}

/** What a widget renders with: its tag's problems are the page's to hear of (the CLI prints them). */
export interface RenderedWidgets {
  html: string;
  /** Each widget that shows a message instead of its content, and each dataset that failed, in page order. */
  problems: string[];
}

const isElement = (node: Node): node is Element => 'tagName' in node;
const childrenOf = (node: Node): Node[] => ('content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : []);
const elements = (node: Node): Element[] => childrenOf(node).flatMap((child) => (isElement(child) ? [child, ...elements(child)] : []));

/** A widget already rendered (its first child a declarative shadow root) is left as it is. */
const isRendered = (element: Element) =>
  element.childNodes.some((child) => isElement(child) && child.tagName === 'template' && child.attrs.some((a) => a.name === 'shadowrootmode'));

interface Found {
  element: Element;
  provider?: Element;
  lang?: string;
}

/** Every widget in document order, with its nearest `<tip-dataset>` and `lang`. */
function findWidgets(root: Node): Found[] {
  const found: Found[] = [];
  const walk = (node: Node, provider: Element | undefined, lang: string | undefined) => {
    for (const child of childrenOf(node)) {
      if (!isElement(child)) continue;
      const ownLang = child.attrs.find((a) => a.name === 'lang')?.value;
      const childLang = ownLang ?? lang;
      if ((WIDGET_TAGS as readonly string[]).includes(child.tagName)) {
        if (!isRendered(child)) found.push({ element: child, provider, lang: childLang });
        continue;
      }
      walk(child, child.tagName === PROVIDER_TAG ? child : provider, childLang);
    }
  };
  walk(root, undefined, undefined);
  return found;
}

const RENDER_INFO = (): RenderInfo => ({
  elementRenderers: [LitElementRenderer],
  customElementInstanceStack: [],
  customElementHostStack: [],
  eventTargetStack: [],
  slotStack: [],
  deferHydration: false,
});

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A widget's shadow root, as `<template shadowrootmode="open">…</template>`, and its problem if it has one. */
async function renderWidget({ element, lang }: Found, provided: DatasetState | undefined, stylesheets?: string) {
  const renderer = new LitElementRenderer(element.tagName);
  for (const { name, value } of element.attrs) renderer.attributeChangedCallback(name, null, value);
  // No DOM on the server: the page's `lang` and the provider's dataset come in as the browser would find them.
  if (!element.attrs.some((a) => a.name === 'locale') && lang) renderer.attributeChangedCallback('locale', null, lang);
  if (provided) (renderer.element as unknown as { datasetSource: { serverProvided?: DatasetState } }).datasetSource.serverProvided = provided;
  renderer.connectedCallback();
  let shadow = await collectResult(renderer.renderShadow(RENDER_INFO())!);
  const widget = renderer.element as unknown as { fingerprint(): string; problem?: string };
  // A view that failed to draw shows the widget's error in its place (TipElement.render): a problem to report, and
  // no fingerprint, so that the browser draws afresh rather than take the error over.
  const problem = widget.problem ?? (shadow.includes('part="error"') ? en.displayFailed : undefined);
  // What the browser compares before it takes this DOM over (TipElement.fingerprint).
  if (problem === widget.problem) {
    shadow = shadow.replace(/^(<style>[\s\S]*?<\/style>)?/, (styles) => `${styles}<!--${FINGERPRINT_PREFIX}${widget.fingerprint()}-->`);
  }
  if (stylesheets !== undefined) {
    // The renderer writes the element's styles as one leading <style>; the linked file has the same rules.
    const link = `<link rel="stylesheet" href="${escapeAttribute(`${stylesheets}${element.tagName}.css`)}">`;
    shadow = shadow.replace(/^<style>[\s\S]*?<\/style>/, link);
  }
  return { html: `<template shadowrootmode="open">${shadow}</template>`, problem };
}

/**
 * The page (or fragment) with every tip-widgets element rendered as declarative shadow DOM. Widgets inside
 * a `<tip-dataset src>` render from what `loadDataset` reads, checked as the browser checks it.
 */
export async function renderWidgets(input: string, { loadDataset, stylesheets, locale }: RenderWidgetsOptions = {}): Promise<RenderedWidgets> {
  const isDocument = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype|html[\s>])/i.test(input);
  const root = isDocument ? parse(input, { sourceCodeLocationInfo: true }) : parseFragment(input, { sourceCodeLocationInfo: true });
  const problems: string[] = [];
  const outcomes = new Map<Element, Promise<Outcome>>();
  const outcomeFor = (provider: Element): Promise<Outcome> => {
    const src = provider.attrs.find((a) => a.name === 'src')?.value.trim();
    const load = async (): Promise<Outcome> => {
      if (!src) return { state: undefined };
      const name = (words: Words) => words.datasetAt(src);
      if (!loadDataset) return failed((words) => words.notGiven(name(words)));
      let json: unknown;
      try {
        json = await loadDataset(src);
      } catch (error) {
        return failed((words) => words.unreadable(name(words), (error as Error).message));
      }
      return outcomeOf(validateDataset(json), name);
    };
    if (!outcomes.has(provider)) {
      outcomes.set(
        provider,
        load().then((outcome) => {
          if (outcome.report) problems.push(`<${PROVIDER_TAG}>: ${outcome.report}`);
          return outcome;
        }),
      );
    }
    return outcomes.get(provider)!;
  };

  const inserts: { at: number; html: string }[] = [];
  let firstWidgetStart: number | undefined; // Widgets come in document order.
  for (const found of findWidgets(root)) {
    const provided = found.provider ? (await outcomeFor(found.provider)).state : undefined;
    const takesLocale = locale !== undefined && !found.lang && !found.element.attrs.some((a) => a.name === 'locale');
    const { html, problem } = await renderWidget(takesLocale ? { ...found, lang: locale } : found, provided, stylesheets);
    if (problem) problems.push(`<${found.element.tagName}>: ${problem}`);
    const at = found.element.sourceCodeLocation?.startTag?.endOffset;
    // An element parse5 made up (an unclosed tag, a fragment's context) has no place in the input to insert at.
    if (at === undefined) continue;
    inserts.push({ at, html });
    firstWidgetStart ??= found.element.sourceCodeLocation?.startOffset;
    // Before the start tag's `>` (or `/>`): the attribute the browser reads the same language from.
    const tagEnd = at - (input.slice(at - 2, at) === '/>' ? 2 : 1);
    if (takesLocale) inserts.push({ at: tagEnd, html: ` locale="${escapeAttribute(locale)}"` });
  }
  if (inserts.length === 0) return { html: input, problems };
  // Once per page: what JavaScript off shows differently (without-script.ts), in the head of a page, else
  // before the first widget of a fragment; linked like the widgets' styles when they are.
  const sheet = stylesheets === undefined ? `<style>${withoutScriptCss()}</style>` : `<link rel="stylesheet" href="${escapeAttribute(`${stylesheets}without-script.css`)}">`;
  const head = isDocument ? elements(root).find((el) => el.tagName === 'head')?.sourceCodeLocation?.endTag?.startOffset : undefined;
  inserts.push({ at: head ?? firstWidgetStart ?? 0, html: `<noscript>${sheet}</noscript>` });
  let html = input;
  for (const { at, html: shadow } of inserts.sort((a, b) => b.at - a.at)) html = html.slice(0, at) + shadow + html.slice(at);
  return { html, problems };
}

/**
 * A widget's styles as one stylesheet, the rules a pre-rendered shadow root carries inline: the build
 * writes them to dist/cdn/styles/<tag>.css for the `stylesheets` form.
 */
export function elementStylesheet(tag: string): string {
  const element = customElements.get(tag) as unknown as { elementStyles: { cssText: string }[] } | undefined;
  if (!element) throw new Error(`<${tag}> is not an element of tip-widgets`);
  return element.elementStyles.map((style) => style.cssText).join('');
}
