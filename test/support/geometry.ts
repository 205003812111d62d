/**
 * What a reader sees, measured: checks on the boxes a widget draws, in whatever window holds it (a test's
 * frame of a given width). Each check returns the problems it finds as sentences, so a failure names the widget,
 * the text and the distance; an empty list is a pass.
 */

/** Half a pixel: sub-pixel layout rounds differently in each engine. */
const SLACK = 0.5;

type Box = Pick<DOMRect, 'left' | 'right' | 'top' | 'bottom' | 'width' | 'height'>;

/** A visible piece of text in a widget's shadow tree: its node, and the boxes of its lines. */
interface ShownText {
  node: Text;
  lines: Box[];
  /** The nearest element that scrolls (overflow auto or scroll) between the text and the host, if any. */
  scroller?: Element;
}

/** A shadow root, from this window or a frame's (`instanceof` would see only this window's). */
const isShadowRoot = (node: Node): node is ShadowRoot => node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;

/** The element a node hangs from in the composed tree: its parent, or its shadow root's host. */
const composedParent = (node: Node): Element | null => {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return isShadowRoot(root) ? root.host : null;
};

const describeText = (text: string) => JSON.stringify(text.replace(/\s+/g, ' ').trim().slice(0, 40));

const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - SLACK && inner.right <= outer.right + SLACK && inner.top >= outer.top - SLACK && inner.bottom <= outer.bottom + SLACK;

const overflowsOf = (style: CSSStyleDeclaration) => [style.overflowX, style.overflowY];

/** Hidden from sight on purpose: a visually hidden label (a 1 px clipped box), not drawn, or not rendered. */
function hiddenOnPurpose(element: Element): boolean {
  if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true } as CheckVisibilityOptions)) return true;
  for (let at: Element | null = element; at; at = composedParent(at)) {
    if (at.classList.contains('visually-hidden')) return true;
  }
  return false;
}

/** Every visible text of a widget's shadow tree, with its line boxes. */
export function shownTexts(widget: Element): ShownText[] {
  const found: ShownText[] = [];
  const walk = (root: ShadowRoot) => {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const shadow = (node as Element).shadowRoot;
        if (shadow) walk(shadow);
        continue;
      }
      const text = node as Text;
      const parent = text.parentElement;
      if (!parent || !text.data.trim() || parent.closest('style, script, template') || hiddenOnPurpose(parent)) continue;
      const range = root.ownerDocument.createRange();
      range.selectNodeContents(text);
      const lines = [...range.getClientRects()].filter((box) => box.width > 1 && box.height > 1);
      if (lines.length === 0) continue;
      let scroller: Element | undefined;
      for (let at: Element | null = parent; at && at !== widget; at = composedParent(at)) {
        if (overflowsOf(getComputedStyle(at)).some((value) => value === 'auto' || value === 'scroll')) {
          scroller = at;
          break;
        }
      }
      found.push({ node: text, lines, scroller });
    }
  };
  if (widget.shadowRoot) walk(widget.shadowRoot);
  return found;
}

/** No visible text outside the host's box: a scroll container's content is measured by the container instead. */
export function textOutsideHost(widget: Element): string[] {
  const host = widget.getBoundingClientRect();
  const problems: string[] = [];
  for (const { node, lines, scroller } of shownTexts(widget)) {
    const box = scroller ? scroller.getBoundingClientRect() : lines[0];
    const outside = scroller ? [box] : lines.filter((line) => !inside(line, host));
    if (outside.length && !inside(outside[0], host)) {
      const [line] = outside;
      problems.push(
        `${widget.localName}: ${describeText(node.data)} is drawn outside the element's box ` +
          `(text ${Math.round(line.top)}..${Math.round(line.bottom)} x ${Math.round(line.left)}..${Math.round(line.right)}, ` +
          `box ${Math.round(host.top)}..${Math.round(host.bottom)} x ${Math.round(host.left)}..${Math.round(host.right)})`,
      );
    }
  }
  return problems;
}

/** The element drawn on top at a point, looked for through every shadow root on the way down. */
function topmostAt(doc: Document, x: number, y: number): Element | null {
  let hit = doc.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const deeper = hit.shadowRoot.elementFromPoint(x, y);
    if (!deeper || deeper === hit) break;
    hit = deeper;
  }
  return hit;
}

/** Whether `hit` is the text's own element or part of it, or an ancestor inside the same widget. */
function hitsOwnText(hit: Element, parent: Element, widget: Element): boolean {
  if (hit === parent || parent.contains(hit)) return true;
  // Text directly in a block that also holds inline elements: the block is its element; the widget's own
  // ancestors count when the point lies in their box (a line box's gap), never the page or another widget.
  return hit.getRootNode() === parent.getRootNode() && hit.contains(parent) && hit !== widget;
}

/**
 * Nothing covers a widget's text: at the middle of each text's first line, the element drawn on top is that
 * text's own. Text scrolled out of its scroll container, or outside the window, is not looked at.
 */
export function coveredText(widget: Element): string[] {
  const doc = widget.ownerDocument;
  const view = doc.defaultView!;
  const problems: string[] = [];
  for (const { node, lines, scroller } of shownTexts(widget)) {
    const line = lines[0];
    const x = line.left + Math.min(line.width / 2, 8);
    const y = line.top + line.height / 2;
    if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) continue;
    if (scroller && !inside(line, scroller.getBoundingClientRect())) continue;
    const hit = topmostAt(doc, x, y);
    const parent = node.parentElement!;
    if (!hit || hitsOwnText(hit, parent, widget)) continue;
    const root = hit.getRootNode();
    const owner = isShadowRoot(root) ? root.host : undefined;
    const by = owner === widget ? 'of the same widget' : owner ? `of another <${owner.localName}>` : 'of the page';
    problems.push(`${widget.localName}: ${describeText(node.data)} is covered by <${hit.localName}> ${by}`);
  }
  return problems;
}

/** No text cut off by an ancestor in the widget that hides its overflow without scrolling. */
export function clippedText(widget: Element): string[] {
  const problems: string[] = [];
  for (const { node, lines } of shownTexts(widget)) {
    for (let at: Element | null = node.parentElement; at && at !== widget; at = composedParent(at)) {
      const overflows = overflowsOf(getComputedStyle(at));
      if (overflows.some((value) => value === 'auto' || value === 'scroll')) break; // It scrolls: nothing is lost.
      if (!overflows.some((value) => value === 'hidden' || value === 'clip')) continue;
      const box = at.getBoundingClientRect();
      const cut = lines.find((line) => !inside(line, box));
      if (cut) {
        problems.push(`${widget.localName}: ${describeText(node.data)} is clipped by <${at.localName} class="${at.className}">`);
        break;
      }
    }
  }
  return problems;
}

/** The page scrolls sideways: its content is wider than its window. */
export function sidewaysScroll(doc: Document): string[] {
  const { scrollWidth, clientWidth } = doc.documentElement;
  return scrollWidth > clientWidth + SLACK ? [`the page scrolls sideways: ${scrollWidth} px of content in ${clientWidth} px`] : [];
}

/** A language's primary subtag, from the nearest `lang` in the composed tree. */
function languageAt(node: Node): string {
  for (let at: Element | null = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : composedParent(node); at; at = composedParent(at)) {
    const lang = at.getAttribute('lang');
    if (lang) return lang.toLowerCase().split('-')[0];
  }
  return '';
}

/** One word as drawn: its text, its language, its block and its box (one line; a word broken over two is left out). */
interface DrawnWord {
  text: string;
  lang: string;
  block: Element;
  box: Box;
}

const LATIN = /[A-Za-z]/;
const ANY_LETTER = /\p{L}/u;
const FIGURE_OR_BRACKET = /[\p{N}\p{Ps}\p{Pe}]/u;

/** The nearest ancestor that lays out lines: not an inline box (an inline-block, a button, lays out its own). */
function blockOf(node: Node): Element {
  let at = composedParent(node)!;
  while (['inline', 'contents'].includes(getComputedStyle(at).display) && composedParent(at)) at = composedParent(at)!;
  return at;
}

function drawnWords(widget: Element): DrawnWord[] {
  const words: DrawnWord[] = [];
  for (const { node, scroller } of shownTexts(widget)) {
    const lang = languageAt(node);
    const block = blockOf(node);
    for (const match of node.data.matchAll(/\S+/g)) {
      const range = node.ownerDocument.createRange();
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + match[0].length);
      const boxes = [...range.getClientRects()].filter((box) => box.width > 0.5);
      if (boxes.length !== 1) continue;
      if (scroller && !inside(boxes[0], scroller.getBoundingClientRect())) continue;
      words.push({ text: match[0], lang, block, box: boxes[0] });
    }
  }
  return words;
}

const sameLine = (a: DrawnWord, b: DrawnWord) => Math.abs(a.box.top - b.box.top) < Math.min(a.box.height, b.box.height) / 2;

/** The words of a run that are drawn right to left: each word after the first on its line starts left of the one before. */
function reversedPairs(widget: Element, run: DrawnWord[]): string[] {
  const problems: string[] = [];
  for (let i = 1; i < run.length; i++) {
    const [before, after] = [run[i - 1], run[i]];
    if (sameLine(before, after) && after.box.left < before.box.right - 1) {
      problems.push(`${widget.localName}: "${before.text} ${after.text}" is drawn right to left ("${after.text}" left of "${before.text}")`);
    }
  }
  return problems;
}

/**
 * English inside a right-to-left widget reads as written. Two English words in a row (DOM order, the figures and
 * brackets of English text included) on one line run left to right. And a line made only of English data (figure,
 * label, period) is one left-to-right block: every word on it, the widget's own brackets and figures too (its other
 * punctuation between two data texts is Arabic punctuation, rightly drawn to their left).
 */
export function englishOutOfOrder(widget: Element): string[] {
  const words = drawnWords(widget);
  const english = (word: DrawnWord) => word.lang === 'en' && (LATIN.test(word.text) || !ANY_LETTER.test(word.text));
  const problems: string[] = [];
  let run: DrawnWord[] = [];
  for (const word of words) {
    const previous = run[run.length - 1];
    if (english(word) && (!previous || (previous.block === word.block && sameLine(previous, word)))) {
      run.push(word);
      continue;
    }
    problems.push(...reversedPairs(widget, run));
    run = english(word) ? [word] : [];
  }
  problems.push(...reversedPairs(widget, run));
  // Blocks made only of English data (every word with letters English, the others figures or brackets): each of
  // their lines reads left to right as a whole.
  const blocks = new Map<Element, DrawnWord[]>();
  for (const word of words) blocks.set(word.block, [...(blocks.get(word.block) ?? []), word]);
  for (const block of blocks.values()) {
    const lettered = block.filter((word) => ANY_LETTER.test(word.text));
    const others = block.filter((word) => !english(word));
    if (lettered.length === 0 || !lettered.every(english) || others.length === 0 || !others.every((word) => FIGURE_OR_BRACKET.test(word.text))) continue;
    const lines: DrawnWord[][] = [];
    for (const word of block) {
      const line = lines.find((words) => sameLine(words[0], word));
      if (line) line.push(word);
      else lines.push([word]);
    }
    for (const line of lines) problems.push(...reversedPairs(widget, line));
  }
  return [...new Set(problems)];
}

/**
 * A date is drawn on one line, in one piece: never wrapped, never split around other text. (Its box may come in
 * several fragments on one line, one per direction run, "15" and "2012" around an Arabic month: they must touch.)
 */
export function splitDates(widget: Element): string[] {
  const problems: string[] = [];
  const walk = (root: ShadowRoot) => {
    for (const time of root.querySelectorAll('time')) {
      if (hiddenOnPurpose(time)) continue;
      const boxes = [...time.getClientRects()].filter((box) => box.width > 0.5);
      if (boxes.length < 2) continue;
      const oneLine = boxes.every((box) => Math.abs(box.top - boxes[0].top) < box.height / 2);
      const span = Math.max(...boxes.map((box) => box.right)) - Math.min(...boxes.map((box) => box.left));
      const drawn = boxes.reduce((sum, box) => sum + box.width, 0);
      if (!oneLine || span > drawn + 2) {
        problems.push(`${widget.localName}: the date ${describeText(time.textContent ?? '')} is drawn in ${boxes.length} pieces${oneLine ? ', apart' : ', on several lines'}`);
      }
    }
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
  };
  if (widget.shadowRoot) walk(widget.shadowRoot);
  return problems;
}

/** Every check on every widget of a document. */
export function geometryProblems(doc: Document, { rightToLeft = false } = {}): string[] {
  const widgets = [...doc.querySelectorAll('tip-stat-card, task-force-timeline, agency-accomplishments, recommendation-list')];
  return [
    ...sidewaysScroll(doc),
    ...widgets.flatMap((widget) => [
      ...textOutsideHost(widget),
      ...coveredText(widget),
      ...clippedText(widget),
      ...splitDates(widget),
      ...(rightToLeft ? englishOutOfOrder(widget) : []),
    ]),
  ];
}
