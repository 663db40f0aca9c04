import { tableOf } from '../../../check/cross-table.js';
import type { SectionWriter } from './context.js';
import { Para, amountOf, changeOf, rowNamed, sourceSection, writeChange } from './text.js';

/** 一、部门预算收支数据变动情况及原因: 收入总计 and 支出总计 of table 1, their parts, the change on last year and its reason. */
export const overall: SectionWriter = {
  title: '部门预算收支数据变动情况及原因',
  needs: ['budget-summary'],
  write({ doc, who }) {
    const t = tableOf(doc, 'budget-summary');
    const src = sourceSection(doc, /收支数据变动|收支总体情况/);
    const income = amountOf(rowNamed(t, /^收入总计$/, 'income')?.cells['income.amount']);
    const current = amountOf(rowNamed(t, /^本年收入合计$/, 'income')?.cells['income.amount']);
    const carry = amountOf(rowNamed(t, /^上年结转$/, 'income')?.cells['income.amount']);
    const outRow = rowNamed(t, /^支出总计$/, 'expenditure');
    const out = amountOf(outRow?.cells['expenditure.total']);
    const p = new Para().t(`${who}预算收入总计`).money(income.value, income.pos).t('，其中：本年收入').money(current.value, current.pos).t('，上年结转').money(carry.value, carry.pos);
    writeChange(p, income.value, changeOf(src, '收入总计'), '收入总计').t('；本年部门预算支出总计').money(out.value, out.pos);
    const cur = amountOf(outRow?.cells['expenditure.current']);
    const car = amountOf(outRow?.cells['expenditure.carryover']);
    p.t('，其中：本年预算安排').money(cur.value, cur.pos).t('，上年结转').money(car.value, car.pos);
    writeChange(p, out.value, changeOf(src, '支出总计'), '支出总计').t('。');
    return [p.node()];
  },
};
