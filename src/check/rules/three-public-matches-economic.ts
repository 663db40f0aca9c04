import type { Finding } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { agree, cellsAt, normName, rowsOf, tableOf } from '../cross-table.js';

const ID = 'three-public-matches-economic';

// The 三公 lines that have an economic code of their own in 表6 (出国 and 购置 are not basic spending lines there).
const ITEMS = ['公务用车运行维护费', '公务接待费'];

/** 表10 公务用车运行维护费 and 公务接待费 = the 表6 rows of the same name. */
export const threePublicMatchesEconomic: Rule = {
  id: ID,
  title: '“三公”经费与基本支出经济分类一致',
  category: 'cross-table',
  severity: 'error',
  docs: 'The 公务用车运行维护费 and 公务接待费 totals of the 三公 table (表10) equal the rows of the basic-expenditure economic table (表6) whose 部门 or 政府 economic name is the same, summed when several rows carry it; a name missing from 表6 counts as zero.',
  check: (doc) => {
    const t10 = tableOf(doc, 'three-public');
    const t6 = tableOf(doc, 'gpb-basic-economic');
    if (!t10 || !t6) return [];
    const out: Finding[] = [];
    for (const item of ITEMS) {
      // 表10 prints 运行维护费 as “②公务用车运行维护费”; normName drops the circled number.
      const row = t10.noData ? undefined : t10.rows.find((r) => normName(r.name) === item);
      if (!row && !t10.noData) continue;
      const econ = rowsOf(t6).filter((r) => normName(r.name) === item || normName(r.name2 ?? '') === item);
      const f = agree(ID, econ.flatMap((r) => cellsAt(r, 'total')), cellsAt(row, 'total'), row?.pos ?? t10.pos, { table: t10.title, row: item, column: 'total', otherTable: t6.title });
      if (f) out.push(f);
    }
    return out;
  },
};
