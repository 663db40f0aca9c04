import type { Rule } from '../check/index.js';
import type { Checked } from './checked.js';
import { indexPlaces, placeOf } from './locate.js';
import { findingMessage, rowName } from './message.js';

/** Quote a CSV field when it needs it (RFC 4180: comma, quote, CR or LF; quotes doubled). */
export function csvField(v: string | number | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Header of the findings CSV. */
export const FINDINGS_CSV_HEADER = ['file', 'rule', 'category', 'severity', 'line', 'column', 'page', 'table', 'row', 'column_label', 'expected', 'actual', 'message'];

/**
 * Findings as CSV, one line per finding, CRLF line ends and a UTF-8 byte-order mark so that Excel opens the
 * Chinese text correctly.
 */
export function findingsCsv(checked: readonly Checked[], rules: readonly Rule[]): string {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const lines = [FINDINGS_CSV_HEADER.join(',')];
  for (const c of checked) {
    const places = indexPlaces(c.doc);
    for (const f of c.findings) {
      const place = placeOf(places, f.location);
      const label = place?.key ? place.table.columns.find((col) => col.key === place.key)?.label : undefined;
      const loc = f.location;
      lines.push(
        [c.file, f.rule, byId.get(f.rule)?.category, f.severity, loc.line, loc.column ? loc.column.start + 1 : undefined, loc.page, f.params['table'] || (place?.row ? place.table.title : undefined), f.params['row'] ?? rowName(place), label ?? f.params['column'], f.expected, f.actual, findingMessage(f, byId, places)]
          .map(csvField)
          .join(','),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
