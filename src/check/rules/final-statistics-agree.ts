import type { Finding, Row, Table } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { agree, cellsAt, normName, rowsOf, tableOf } from '../cross-table.js';

const ID = 'final-statistics-agree';

/** 公开06 economic codes that 公开09's 决算数 columns restate. */
const THREE_PUBLIC: readonly { key: string; code: string; name: string }[] = [
  { key: 'final.vehicleOps', code: '30231', name: '公务用车运行维护费' },
  { key: 'final.reception', code: '30217', name: '公务接待费' },
];

/** 政府采购 合计 = 货物 + 工程 + 服务 in 公开10. */
function procurement(t: Table): Finding[] {
  // 公开10 repeats 合计 in several sections; the 政府采购 one is the section (side) named after it.
  const rows = rowsOf(t).filter((r) => r.side !== undefined && r.side.includes('政府采购'));
  const total = rows.find((r) => normName(r.name) === '合计');
  if (!total) return [];
  const parts = rows.filter((r) => ['货物', '工程', '服务'].includes(normName(r.name)));
  const f = agree(ID, parts.flatMap((r) => cellsAt(r, 'value')), cellsAt(total, 'value'), t.pos, {
    table: t.title,
    row: '政府采购合计',
    column: 'value',
    parts: parts.map((r) => r.name).join('+'),
  });
  return f ? [f] : [];
}

/** 公开09 决算数 公务用车运行维护费 and 公务接待费 = the 公开06 rows 30231 and 30217. */
function threePublic(t9: Table, t6: Table): Finding[] {
  // The 决算数 figures sit on the 合计 (“三公”经费) line; a layout without one gives nothing to compare.
  const row9 = rowsOf(t9).find((r) => r.role === 'grand-total') ?? rowsOf(t9)[0];
  if (!row9 && !t9.noData) return [];
  return THREE_PUBLIC.flatMap(({ key, code, name }) => {
    const row6: Row | undefined = rowsOf(t6).find((r) => r.code === code || normName(r.name) === name);
    // A detail table with data but without the row is a layout we do not know, not a zero.
    if (!row6 && !t6.noData) return [];
    const f = agree(ID, cellsAt(row6, 'amount'), cellsAt(row9, key), t9.pos, { table: t9.title, row: name, column: key, otherTable: t6.title });
    return f ? [f] : [];
  });
}

/** 公开10 政府采购 合计 = 货物 + 工程 + 服务; 公开09 决算 运行维护费 and 接待费 = 公开06 rows 30231 and 30217. */
export const finalStatisticsAgree: Rule = {
  id: ID,
  title: '统计表及“三公”经费决算与明细表一致',
  category: 'cross-table',
  severity: 'error',
  docs: 'In 部门决算公开相关信息统计表 (公开10表) the 政府采购 合计 equals 货物 plus 工程 plus 服务, and the 决算数 of 公务用车运行维护费 and 公务接待费 in 财政拨款“三公”经费支出决算表 (公开09表) equal the rows 30231 and 30217 of 公开06表.',
  check: (doc) => {
    const t10 = tableOf(doc, 'final-statistics');
    const t9 = tableOf(doc, 'final-three-public');
    const t6 = tableOf(doc, 'final-gpb-basic-detail');
    return [...(t10 ? procurement(t10) : []), ...(t9 && t6 ? threePublic(t9, t6) : [])];
  },
};
