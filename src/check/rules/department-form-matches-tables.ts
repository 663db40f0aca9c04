import { compareDecimals, fromScaled, scaleOf, sumDecimals, toScaled, toYuan } from '../../model/decimal.js';
import type { Cell, DepartmentTargetForm, Document, Finding, Money, Row, Table } from '../../model/index.js';
import { rowsOf, tableOf } from '../cross-table.js';
import type { Rule } from '../rule.js';
import { cellValue, difference, isRounding } from '../sums.js';

const ID = 'department-form-matches-tables';

// Form line → column of 预算收入总表 (by source) or 预算支出总表 (by use).
const BY_SOURCE: Record<string, string> = {
  合计: 'total',
  一般公共预算资金: 'gpb',
  政府性基金预算资金: 'gf',
  国有资本经营预算资金: 'soc',
  专户管理资金: 'specialAccount',
  财政专户管理资金: 'specialAccount',
  单位资金: 'unitFunds',
};
const BY_USE: Record<string, string> = { 合计: 'total', 基本支出: 'basic', 项目支出: 'project' };

/** A table cell as 万元, or undefined when it is text or the table is in another unit it cannot be read in. */
function wan(cell: Cell | undefined, table: Table): string | undefined {
  if (cell?.amount) return asWan(cell.amount);
  const v = cellValue(cell);
  return v === undefined || table.unit !== '万元' ? undefined : v;
}

/** An amount in 万元, exactly. */
function asWan(m: Money): string {
  if (m.unit === '万元') return m.value;
  const y = toYuan(m);
  const s = scaleOf(y);
  return fromScaled(toScaled(y, s), s + 4);
}

function grandTotal(t: Table | undefined): Row | undefined {
  return t && rowsOf(t).find((r) => r.role === 'grand-total');
}

/**
 * The table figure with 上年结转 moved across: 预算支出总表 includes it, so the form may give its lines without it;
 * 预算收入总表 leaves it out, so the form's 合计 may add it. 基本支出 carries nothing over.
 */
function carryoverVariant(side: 'source' | 'use', key: string, printed: string, carryover: string | undefined): string | undefined {
  if (!carryover || key === 'basic') return undefined;
  if (side === 'use') return sumDecimals([printed, `-${carryover}`]);
  return key === 'total' ? sumDecimals([printed, carryover]) : undefined;
}

function compareLine(
  form: DepartmentTargetForm,
  line: DepartmentTargetForm['fundingBySource'][number],
  side: 'source' | 'use',
  table: Table,
  row: Row,
  key: string,
  carryover: string | undefined,
): Finding | undefined {
  if (!line.amount) return undefined;
  const cell = row.cells[key];
  const printed = wan(cell, table);
  if (printed === undefined) return undefined;
  const stated = asWan(line.amount);
  const other = carryoverVariant(side, key, printed, carryover);
  if (compareDecimals(printed, stated) === 0 || (other !== undefined && compareDecimals(other, stated) === 0)) return undefined;
  const diff = difference(printed, stated);
  // The variant is a difference of two printed figures: 0.01 each.
  const rounding = isRounding(diff, 1) || (other !== undefined && isRounding(difference(other, stated), 2));
  return {
    rule: ID,
    severity: rounding ? 'info' : 'error',
    location: line.pos,
    related: [cell?.pos ?? row.pos],
    expected: printed,
    actual: stated,
    params: {
      kind: 'funding-line',
      form: form.title,
      side,
      row: line.label,
      table: table.title,
      column: table.columns.find((c) => c.key === key)?.label ?? key,
      unit: '万元',
      difference: diff,
      ...(other !== undefined ? { [side === 'use' ? 'withoutCarryover' : 'withCarryover']: other } : {}),
      rounding: String(rounding),
    },
  };
}

function checkUnits(doc: Document, form: DepartmentTargetForm): Finding[] {
  const field = form.fields.find((f) => f.label.includes('所属预算单位数'));
  const units = doc.organization.units;
  const n = field && /^\s*(\d+)\s*个?\s*$/.exec(field.value)?.[1];
  if (!field || !n || units.length === 0) return [];
  // The list may name the department’s own office (机关) first; 所属 counts only the units under it.
  const own = units.filter((u) => u.note === '机关' || /机关/.test(u.name)).length;
  const subordinate = units.length - own;
  if (Number(n) === subordinate) return [];
  return [
    {
      rule: ID,
      severity: 'warning',
      location: field.pos,
      related: units.map((u) => u.pos),
      expected: String(subordinate),
      actual: n,
      params: { kind: 'unit-count', form: form.title, subject: field.label, units: units.map((u) => u.name).join('、') },
    },
  ];
}

function check(doc: Document): Finding[] {
  const revenue = tableOf(doc, 'budget-revenue');
  const expenditure = tableOf(doc, 'budget-expenditure');
  const revTotal = grandTotal(revenue);
  const expTotal = grandTotal(expenditure);
  const carry = revenue && revTotal ? wan(revTotal.cells['carryover'], revenue) : undefined;
  const carryover = carry && compareDecimals(carry, '0') !== 0 ? carry : undefined;
  return doc.forms.departmentTargets.flatMap((form) => {
    const out: Finding[] = [];
    const label = (s: string) => s.replace(/\s+/g, '').replace(/^其中[:：]?/, '');
    if (revenue && revTotal)
      for (const line of form.fundingBySource) {
        const key = BY_SOURCE[label(line.label)];
        const f = key && compareLine(form, line, 'source', revenue, revTotal, key, carryover);
        if (f) out.push(f);
      }
    if (expenditure && expTotal)
      for (const line of form.fundingByUse) {
        const key = BY_USE[label(line.label)];
        const f = key && compareLine(form, line, 'use', expenditure, expTotal, key, carryover);
        if (f) out.push(f);
      }
    return [...out, ...checkUnits(doc, form)];
  });
}

/** The department-wide target form’s funding lines agree with 预算收入总表 and 预算支出总表, and its unit count with 机构设置. */
export const departmentFormMatchesTables: Rule = {
  id: ID,
  title: '部门整体支出绩效目标表与预算报表一致',
  category: 'forms',
  severity: 'error',
  docs: 'The funding lines of 部门整体支出绩效目标申报表 equal the 合计 row of the budget tables exactly in 万元: by source against 预算收入总表 (合计, 一般公共预算, 政府性基金 …, 单位资金), by use against 预算支出总表 (合计, 基本支出, 项目支出, with or without 上年结转); 0.01 is 尾差 (info). Its 所属预算单位数 equals the units listed under 机构设置 other than the department’s own office (warning).',
  check,
};
