import type { Cell, Finding, Row, Table } from '../../model/index.js';
import type { Rule } from '../rule.js';
import { normName } from '../cross-table.js';
import { compareSum } from '../sums.js';


function byName(t: Table, test: RegExp): Row | undefined {
  return t.rows.find((r) => test.test(normName(r.name)));
}

function budgetTable(t: Table, id: string): Finding[] {
  const total = byName(t, /^合计$/);
  const abroad = byName(t, /出国/);
  const reception = byName(t, /接待/);
  const vehicles = byName(t, /购置及运行/);
  const purchase = byName(t, /^公务用车购置费$/);
  const ops = byName(t, /运行维护费$/);
  const out: Finding[] = [];
  for (const col of t.columns.map((c) => c.key).filter((k) => k !== 'name')) {
    const push = (f: Finding | undefined): void => void (f && out.push(f));
    if (total) push(compareSum(id, 'error', total.cells[col], [abroad, reception, vehicles].map((r) => r?.cells[col]), total.pos, { table: t.title, row: '合计', column: col, parts: '因公出国（境）费+公务接待费+公务用车购置及运行费' }));
    if (vehicles) push(compareSum(id, 'error', vehicles.cells[col], [purchase, ops].map((r) => r?.cells[col]), vehicles.pos, { table: t.title, row: vehicles.name, column: col, parts: '公务用车购置费+公务用车运行维护费' }));
  }
  return out;
}

function keyedRow(t: Table, id: string, prefixes: readonly string[]): Finding[] {
  const out: Finding[] = [];
  for (const row of t.rows) {
    for (const p of prefixes) {
      const c = (k: string): Cell | undefined => row.cells[`${p}${k}`];
      const params = { table: t.title, row: row.name, column: `${p}total` };
      const a = compareSum(id, 'error', c('total'), [c('abroad'), c('reception'), c('vehicleTotal')], row.pos, { ...params, parts: 'abroad+reception+vehicleTotal' });
      const b = compareSum(id, 'error', c('vehicleTotal'), [c('vehiclePurchase'), c('vehicleOps')], row.pos, { ...params, column: `${p}vehicleTotal`, parts: 'vehiclePurchase+vehicleOps' });
      if (a && c('total')?.amount) out.push(a);
      if (b && c('vehicleTotal')?.amount) out.push(b);
    }
  }
  return out;
}

/** 三公 合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费, and 公务用车 = 购置 + 运行维护. */
export const threePublicSums: Rule = {
  id: 'three-public-sums',
  title: '“三公”经费合计与分项一致',
  category: 'arithmetic',
  severity: 'error',
  docs: 'In the 三公 tables (budget, final accounts with 预算数 and 决算数, Shanghai’s 三公 + 机关运行经费 table) the total equals 因公出国（境）费 + 公务接待费 + 公务用车购置及运行（维护）费, and the vehicle line equals 购置费 + 运行（维护）费.',
  check: (doc) =>
    doc.tables.flatMap((t) => {
      if (t.kind === 'three-public') return budgetTable(t, 'three-public-sums');
      if (t.kind === 'final-three-public') return keyedRow(t, 'three-public-sums', ['budget.', 'final.']);
      if (t.kind === 'sh-three-public-operating') return keyedRow(t, 'three-public-sums', ['']);
      return [];
    }),
};
