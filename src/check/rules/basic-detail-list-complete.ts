import type { Finding, Table } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { ECONOMIC_CODES } from '../catalogue/economic-codes.js';

// The 基本支出决算明细表 is a fixed form: under each 类 it prints every 款 of the economic classification, blank or
// not, so a 款 missing from a printed 类 is a row lost. One exception seen in the corpus: Shanghai's form leaves out
// the capital-construction 款 of 310 (基础设施建设, 大型修缮, 物资储备, land and relocation compensation), which
// basic expenditure does not fund; they are taken as one block — all printed or none.
const OPTIONAL_BLOCK = new Set(['31005', '31006', '31008', '31009', '31010', '31011', '31012']);

function checkTable(t: Table): Finding[] {
  if (t.kind !== 'final-gpb-basic-detail' || t.noData) return [];
  const rows = t.rows.filter((r) => r.classification === 'dept-economic' && r.code);
  const printed = new Set(rows.map((r) => r.code));
  const blockPrinted = [...OPTIONAL_BLOCK].some((c) => printed.has(c));
  const out: Finding[] = [];
  for (const cls of rows.filter((r) => r.code?.length === 3)) {
    const code = cls.code ?? '';
    const missing = ECONOMIC_CODES.filter((e) => e.code.length === 5 && e.code.startsWith(code) && !printed.has(e.code) && (blockPrinted || !OPTIONAL_BLOCK.has(e.code)));
    for (const m of missing) {
      out.push({
        rule: 'basic-detail-list-complete',
        severity: 'warning',
        location: cls.pos,
        expected: m.code,
        actual: '',
        params: { table: t.title, class: `${code} ${cls.name}`, code: m.code, name: m.name },
      });
    }
  }
  return out;
}

/** The 基本支出决算明细表 prints every 款 of the economic classification under each 类 it prints. */
export const basicDetailListComplete: Rule = {
  id: 'basic-detail-list-complete',
  title: '基本支出决算明细表科目完整',
  category: 'completeness',
  severity: 'warning',
  docs: 'The 一般公共预算财政拨款基本支出决算明细表 is a fixed form listing every 款 of the economic classification under each 类 it prints, blank ones included; a 款 missing from a printed 类 is a row lost (the capital-construction 款 of 310 may be left out as a block).',
  check: (doc) => doc.tables.flatMap(checkTable),
};
