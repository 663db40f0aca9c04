/** A CSV field value; `undefined` is an empty field. */
export type CsvValue = string | number | undefined;

/** Quote a CSV field when it needs it (RFC 4180: comma, quote, CR or LF; quotes doubled). */
export function csvField(v: CsvValue): string {
  const s = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record (no line end). */
export function csvRecord(fields: readonly CsvValue[]): string {
  return fields.map(csvField).join(',');
}

/**
 * A whole CSV file for Excel and other programs: UTF-8 byte-order mark (so that Excel reads the Chinese text as
 * UTF-8), CRLF after every record, the last one included (RFC 4180).
 */
export function csvFile(records: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${records.map((r) => `${csvRecord(r)}\r\n`).join('')}`;
}
