import type { Dataset } from '../../src/data/schema.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/**
 * The dataset's chronology as TimelineJS's JSON (https://timeline.knightlab.com/docs/json-format.html):
 * the same events with the same date, title, kind and summary `<task-force-timeline>` shows. TimelineJS
 * reads `text` as HTML, so the summary is escaped.
 */
export function timelineJsData(dataset: Dataset) {
  return {
    events: dataset.events.map((event) => {
      const [year, month, day] = event.date.iso.split('-');
      return {
        unique_id: event.id,
        start_date: { year, ...(month && { month }), ...(day && { day }) },
        group: event.kind,
        text: { headline: escapeHtml(event.title), text: `<p>${escapeHtml(event.summary)}</p>` },
      };
    }),
  };
}
