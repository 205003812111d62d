/** A field's value: text, a number, or nothing. */
export type Cell = string | number | undefined;

/**
 * A text a spreadsheet would run as a formula (its first character `=`, `+`, `-`, `@`, a tab or a carriage
 * return) made inert with a leading apostrophe, as OWASP advises: a page's own dataset is untrusted.
 */
const inert = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** RFC 4180: a field with a comma, a quote or a line break quoted, its quotes doubled. */
function field(cell: Cell): string {
  const text = typeof cell === 'number' ? String(cell) : inert(cell ?? '');
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV per RFC 4180 (a header of every row's keys, CRLF after each record), UTF-8 with a byte-order
 * mark so that spreadsheet programs read accents.
 */
export function toCsv(rows: Record<string, Cell>[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const records = [columns, ...rows.map((row) => columns.map((column) => row[column]))];
  return `\uFEFF${records.map((cells) => `${cells.map(field).join(',')}\r\n`).join('')}`;
}
