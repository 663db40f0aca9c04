import type { Finding, Row, Table } from '../../model/index.js';
import { memoString } from '../memo.js';
import type { Rule } from '../rule.js';

/**
 * A classification name reduced for comparison: no spaces, no 一、 ordinal (totals tables number the 类), no
 * (类)/(款)/(项) suffix, brackets in one width — printing variants that do not change what the name says.
 */
export const codeName: (printed: string) => string = memoString((printed) =>
  printed
    .replace(/\s+/g, '')
    .replace(/^[一二三四五六七八九十]+、/, '')
    .replace(/[（(][类款项][）)]$/, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[“”"]/g, ''),
);

/** The coded rows of a table that carry a classification. */
export function codedRows(rows: readonly Row[]): Row[] {
  return rows.filter((r) => r.code !== undefined && r.code !== '' && r.classification !== undefined);
}

interface Seen {
  row: Row;
  table: Table;
}

/** Every occurrence of a code whose name differs from the code's first occurrence in the document. */
function check(tables: readonly Table[]): Finding[] {
  const first = new Map<string, Seen>();
  const out: Finding[] = [];
  for (const table of tables) {
    for (const row of codedRows(table.noData ? [] : table.rows)) {
      // The two economic classifications reuse codes with other meanings; keep them apart.
      const key = `${row.classification}:${row.code}`;
      const ref = first.get(key);
      if (!ref) {
        first.set(key, { row, table });
        continue;
      }
      if (codeName(ref.row.name) === codeName(row.name)) continue;
      out.push({
        rule: 'code-named-consistently',
        severity: 'warning',
        location: row.pos,
        related: [ref.row.pos],
        expected: codeName(ref.row.name),
        actual: codeName(row.name),
        params: { kind: 'name-differs', code: row.code ?? '', table: table.title, otherTable: ref.table.title, classification: row.classification ?? '' },
      });
    }
  }
  return out;
}

/** The same code carries the same name in every table of a document. */
export const codeNamedConsistently: Rule = {
  id: 'code-named-consistently',
  title: '同一科目名称一致',
  category: 'classification',
  severity: 'warning',
  docs: 'A classification code is named the same way in every table of a document (ignoring spaces, ordinals and bracket widths); each differing occurrence points at the first one.',
  check: (doc) => check(doc.tables),
};
