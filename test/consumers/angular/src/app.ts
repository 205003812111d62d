import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import 'tip-widgets';
import type { TipErrorEvent } from 'tip-widgets';

@Component({
  selector: 'tip-consumer',
  // Angular checks no custom element's attributes: the schema lets it pass them to the browser.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <tip-stat-card stat="victims-worldwide-2012" notation="compact" count-up></tip-stat-card>
      <!-- An unknown id: the card shows why, and tip-error tells the page. -->
      <tip-stat-card stat="no-such-stat" (tip-error)="onError($event)"></tip-stat-card>
      <output id="tip-error">{{ error() }}</output>
      <task-force-timeline from="2012" order="newest" [headingLevel]="2"></task-force-timeline>
      <agency-accomplishments layout="tabs" [headingLevel]="2" theme="dark"></agency-accomplishments>
      <recommendation-list topic="forced-labor" [headingLevel]="2"></recommendation-list>
    </main>
  `,
})
export class App {
  readonly error = signal('');

  onError(event: Event) {
    this.error.set((event as TipErrorEvent).detail.message);
  }
}
