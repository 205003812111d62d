import { isServer, type ReactiveController, type ReactiveElement } from 'lit';

/**
 * Whether the page is printing: the print dialog's `beforeprint`, or print media emulated (as a PDF export does).
 * While it prints, every closed disclosure of the host is opened, so its quotes print, and closed again after
 * (styles/print.styles.ts draws the rest); the host reads `printing` to draw every panel and event.
 */
export class PrintController implements ReactiveController {
  printing = false;
  /** The disclosures opened for printing, closed again after it. */
  private opened: HTMLDetailsElement[] = [];
  /** What the disclosures were last opened or closed for. */
  private openedFor = false;
  private readonly media = isServer ? undefined : matchMedia('print');

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    addEventListener('beforeprint', this.onPrint);
    addEventListener('afterprint', this.onPrint);
    this.media!.addEventListener('change', this.onPrint);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.onPrint);
    removeEventListener('afterprint', this.onPrint);
    this.media?.removeEventListener('change', this.onPrint);
  }

  /** The update it requests runs before the print is laid out: a microtask after the event. */
  private onPrint = (event: Event): void => {
    this.printing = event.type === 'beforeprint' || (event.type === 'change' && this.media!.matches);
    this.host.requestUpdate();
  };

  hostUpdated(): void {
    if (this.printing === this.openedFor) return;
    this.openedFor = this.printing;
    for (const details of this.opened) details.open = false;
    this.opened = [];
    if (!this.printing) return;
    this.opened = [...this.host.renderRoot.querySelectorAll('details')].filter((details) => !details.open);
    for (const details of this.opened) details.open = true;
  }
}
