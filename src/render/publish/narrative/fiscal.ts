import { tableOf } from '../../../check/cross-table.js';
import { normName } from '../../../check/cross-table.js';
import type { SectionWriter } from './context.js';
import { sumDecimals } from '../../../model/decimal.js';
import { type At, Para, amountOf, rowNamed } from './text.js';

/** 四、财政拨款收支预算总体情况说明: table 4's 收入总计, current appropriations by source, carry-over, and the 类 spent. */
export const fiscal: SectionWriter = {
  title: '财政拨款收支预算总体情况说明',
  needs: ['fiscal-summary'],
  write({ doc, who }) {
    const t = tableOf(doc, 'fiscal-summary');
    const total = amountOf(rowNamed(t, /^收入总计$/, 'income')?.cells['income.amount']);
    const current = amountOf(rowNamed(t, /^本年收入合计$/, 'income')?.cells['income.amount']);
    const carryRow = t?.rows.findIndex((r) => r.side === 'income' && /^上年财政拨款结转$|^上年结转$/.test(normName(r.name))) ?? -1;
    const carry = amountOf(carryRow >= 0 ? t?.rows[carryRow]?.cells['income.amount'] : undefined);
    // By source: this year's appropriation and the carry-over of the same source together (一、一般公共预算 is printed
    // twice: under 本年收入 and under 上年财政拨款结转).
    const bySource = (re: RegExp): At => {
      const cells = (t?.rows ?? []).filter((r) => r.side === 'income' && re.test(normName(r.name))).map((r) => amountOf(r.cells['income.amount']));
      return { value: sumDecimals(cells.map((c) => c.value).concat('0')), ...(cells.length === 1 && cells[0]?.pos ? { pos: cells[0].pos } : {}) };
    };
    const p = new Para().t(`${who}财政拨款收支总预算`).money(total.value, total.pos).t('。其中：');
    const parts: [RegExp, string][] = [[/一般公共预算$/, '一般公共预算拨款'], [/政府性基金预算$/, '政府性基金预算拨款'], [/国有资本经营预算$/, '国有资本经营预算拨款']];
    parts.forEach(([re, label], i) => {
      const a = bySource(re);
      p.t(i ? '，' : '').t(label).money(a.value, a.pos);
    });
    p.t('。其中：当年拨款收入').money(current.value, current.pos).t('，上年结转收入').money(carry.value, carry.pos).t('。');
    const spent = (t?.rows ?? []).filter((r) => r.side === 'expenditure' && r.level === '类' && r.cells['expenditure.total']?.amount && !/^0(\.0+)?$/.test(r.cells['expenditure.total'].amount.value));
    if (spent.length) {
      p.t('支出包括：');
      spent.forEach((r, i) => {
        const a = amountOf(r.cells['expenditure.total']);
        p.t(`${i ? '、' : ''}${normName(r.name).replace(/^[一二三四五六七八九十]+、/, '')}`).money(a.value, a.pos);
      });
      p.t('。');
    }
    return [p.node()];
  },
};
