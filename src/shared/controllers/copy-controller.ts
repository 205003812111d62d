import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Translation } from '../../i18n/translation.ts';

/** How long the "Copied" confirmation stays before it clears. */
const COPIED_MS = 4000;

/**
 * Copying a text with a button, for any widget: the Clipboard API, a live "Copied" confirmation, and where
 * the clipboard is missing or refused (an http: page, a denied permission) the text in a selected read-only
 * field to copy by hand, which Escape closes. Each copyable thing has an id: a recommendation's, `cite`.
 */
export class CopyController implements ReactiveController {
  /** Id of the text whose copy was just confirmed. */
  copied?: string;
  /** Id of the text shown to copy by hand. */
  fallback?: string;
  private timer?: ReturnType<typeof setTimeout>;
  private selectFallback = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  async copy(id: string, text: string): Promise<void> {
    clearTimeout(this.timer);
    this.copied = undefined;
    try {
      if (!window.isSecureContext || !navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
    } catch {
      this.fallback = id;
      this.selectFallback = true;
      this.host.requestUpdate();
      return;
    }
    if (this.fallback === id) this.fallback = undefined;
    this.confirm(id);
  }

  private confirm(id: string): void {
    clearTimeout(this.timer);
    this.copied = id;
    this.host.requestUpdate();
    this.timer = setTimeout(() => {
      this.copied = undefined;
      this.host.requestUpdate();
    }, COPIED_MS);
  }

  /** The live region that says "Copied" for `id`. */
  renderStatus(id: string, words: Translation) {
    return html`<span class="copy-status" part="copy-status" role="status"
      >${this.copied === id ? html`<span class="copied"><span aria-hidden="true">✓ </span>${words.copied}</span>` : nothing}</span
    >`;
  }

  /** The text to copy by hand, while the clipboard failed for `id`; Escape closes it and returns to `button`. */
  renderFallback(id: string, text: string, words: Translation, button: () => HTMLElement | null | undefined) {
    if (this.fallback !== id) return nothing;
    const close = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      this.fallback = undefined;
      this.host.requestUpdate();
      button()?.focus();
    };
    return html`<div class="copy-fallback" part="copy-fallback">
      <label for="copy-text-${id}">${words.copyFallback}</label>
      <textarea id="copy-text-${id}" part="copy-text" readonly rows="4" .value=${text} @copy=${() => this.confirm(id)} @keydown=${close}></textarea>
    </div>`;
  }

  hostUpdated(): void {
    if (!this.selectFallback) return;
    this.selectFallback = false;
    const area = this.host.renderRoot.querySelector<HTMLTextAreaElement>('.copy-fallback textarea');
    area?.focus();
    // Selected backwards, so the caret and the scroll stay at the start of the text.
    area?.setSelectionRange(0, area.value.length, 'backward');
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.copied = undefined;
  }
}

export const copyStyles = css`
  .copy-status {
    font-size: var(--_font-size-small);
    font-weight: 600;
    color: var(--_color-text);
  }
  .copied {
    display: inline-block;
    animation: tip-copied 200ms ease-out;
  }
  @keyframes tip-copied {
    from {
      opacity: 0;
    }
  }
  .copy-fallback {
    display: grid;
    gap: var(--_space-1);
    font-size: var(--_font-size-small);
  }
  .copy-fallback label {
    font-weight: 600;
  }
  .copy-fallback textarea {
    inline-size: 100%;
    padding: var(--_space-2);
    border: var(--_border-width) solid var(--_color-border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_color-surface-alt);
    color: var(--_color-text);
    font: inherit;
    resize: vertical;
  }
  @media (forced-colors: active) {
    .copy-fallback textarea {
      border-color: CanvasText;
    }
  }
`;
