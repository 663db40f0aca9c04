import type { Document, Position, Row, Table } from '../model/index.js';

/** The table, row and column a position points at. */
export interface Place {
  table: Table;
  row?: Row;
  key?: string;
}

/** Table places of a document by `line:start` (cells), `line` (rows, then table titles). */
export type Places = ReadonlyMap<string, Place>;

/** The lookup key of a position: line and column start, or the line alone. */
export function posKey(pos: Position): string {
  return pos.column ? `${pos.line}:${pos.column.start}` : `${pos.line}`;
}

/** Index every table cell, row and title of a document by position. */
export function indexPlaces(doc: Document): Places {
  const m = new Map<string, Place>();
  for (const table of doc.tables) {
    for (const row of table.rows) {
      if (!m.has(`${row.pos.line}`)) m.set(`${row.pos.line}`, { table, row });
      for (const [key, cell] of Object.entries(row.cells)) {
        const k = posKey(cell.pos);
        // A blank cell has an empty span that may start where a printed one does: the printed one wins.
        if (!m.has(k) || (cell.text && !m.get(k)?.row?.cells[m.get(k)?.key ?? '']?.text)) m.set(k, { table, row, key });
      }
    }
    if (!m.has(`${table.pos.line}`)) m.set(`${table.pos.line}`, { table });
  }
  return m;
}

/** The place of a position: its cell when it has a column, else its row or table. */
export function placeOf(places: Places, pos: Position): Place | undefined {
  return places.get(posKey(pos)) ?? places.get(`${pos.line}`);
}
