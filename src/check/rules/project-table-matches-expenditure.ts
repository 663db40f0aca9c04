import { compareDecimals, sumDecimals } from '../../model/decimal.js';
import type { Finding } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { cellValue, difference, isRounding } from '../sums.js';
import { cellsAt, rowsOf, tableOf } from '../cross-table.js';

const ID = 'project-table-matches-expenditure';

/** 表12 总计 = 表3 合计 项目支出 − 表13 总计. */
export const projectTableMatchesExpenditure: Rule = {
  id: ID,
  title: '项目支出表与支出总表项目支出一致',
  category: 'cross-table',
  severity: 'error',
  docs: 'The grand total of 项目支出预算表（本年预算） (表12) equals the 项目支出 of the 合计 row of 预算支出总表 (表3) minus the grand total of 项目支出预算表（上年结转） (表13), which counts as zero when it has no data.',
  check: (doc) => {
    const t3 = tableOf(doc, 'budget-expenditure');
    const t12 = tableOf(doc, 'project-expenditure');
    const t13 = tableOf(doc, 'project-carryover');
    if (!t3 || !t12 || !t13) return [];
    const [project] = cellsAt(rowsOf(t3).find((r) => r.role === 'grand-total'), 'project');
    const [current] = cellsAt(rowsOf(t12).find((r) => r.role === 'grand-total'), 'total');
    const [carried] = cellsAt(rowsOf(t13).find((r) => r.role === 'grand-total'), 'total');
    const p = cellValue(project);
    const c = cellValue(current);
    const k = cellValue(carried);
    if (p === undefined || c === undefined || k === undefined) return [];
    const expected = sumDecimals([p, k.startsWith('-') ? k.slice(1) : `-${k}`]);
    if (compareDecimals(expected, c) === 0) return [];
    const diff = difference(expected, c);
    const rounding = isRounding(diff, 2);
    const finding: Finding = {
      rule: ID,
      severity: rounding ? 'info' : 'error',
      location: current?.pos ?? t12.pos,
      related: [project, carried].flatMap((x) => (x ? [x.pos] : [])),
      expected,
      actual: c,
      params: { table: t12.title, row: '合计', column: 'total', otherTable: t3.title, carryoverTable: t13.title, difference: diff, rounding: String(rounding) },
    };
    return [finding];
  },
};
