import type { Finding, Row, Table } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { codedRows } from './code-named-consistently.js';

// Function codes are 类/款/项 (3/5/7 digits); both economic classifications stop at 款 (3/5 digits).
const LENGTHS: Readonly<Record<string, readonly number[]>> = {
  function: [3, 5, 7],
  'dept-economic': [3, 5],
  'gov-economic': [3, 5],
};

function checkTable(t: Table): Finding[] {
  const rows = codedRows(t.noData ? [] : t.rows);
  // Parents are looked for in the whole table: side-by-side groups (决算明细表) split a 类 from its 款.
  const present = new Set(rows.map((r) => `${r.classification}:${r.code}`));
  const out: Finding[] = [];
  for (const r of rows) {
    const code = r.code ?? '';
    const cls = r.classification ?? 'function';
    const base = { table: t.title, code, name: r.name, classification: cls };
    if (!/^\d+$/.test(code) || !(LENGTHS[cls] ?? []).includes(code.length)) {
      out.push(finding(r, { ...base, kind: 'bad-pattern', lengths: (LENGTHS[cls] ?? []).join('/') }));
      continue;
    }
    if (code.length === 3) continue;
    const parent = code.slice(0, code.length - 2);
    if (!present.has(`${cls}:${parent}`)) out.push({ ...finding(r, { ...base, kind: 'missing-parent', parent }), expected: parent });
  }
  return out;
}

function finding(r: Row, params: Record<string, string>): Finding {
  return { rule: 'code-structure', severity: 'error', location: r.pos, actual: r.code ?? '', params };
}

/** Codes have the lengths of their classification and every 款/项 has its parent in the same table. */
export const codeStructure: Rule = {
  id: 'code-structure',
  title: '科目编码结构',
  category: 'classification',
  severity: 'error',
  docs: 'Function codes have 3, 5 or 7 digits and economic codes 3 or 5; every 5-digit code has its 3-digit parent and every 7-digit code its 5-digit parent in the same table.',
  check: (doc) => doc.tables.flatMap(checkTable),
};
