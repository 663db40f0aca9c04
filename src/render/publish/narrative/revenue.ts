import { tableOf } from '../../../check/cross-table.js';
import type { SectionWriter } from './context.js';
import { Para, amountOf, rowNamed } from './text.js';

const SOURCES: readonly [RegExp, string][] = [
  [/一般公共预算$/, '一般公共预算拨款收入'],
  [/政府性基金预算$/, '政府性基金预算拨款收入'],
  [/国有资本经营预算$/, '国有资本经营预算拨款收入'],
  [/财政专户管理资金$/, '财政专户管理资金收入'],
  [/单位资金$/, '单位资金'],
  [/^上年结转$/, '上年结转'],
];

/** 二、收入预算情况说明: 收入总计 of table 1 by source with shares; the revenue chart. */
export const revenue: SectionWriter = {
  title: '收入预算情况说明',
  needs: ['budget-summary'],
  write({ doc, who }) {
    const t = tableOf(doc, 'budget-summary');
    const total = amountOf(rowNamed(t, /^收入总计$/, 'income')?.cells['income.amount']);
    const p = new Para().t(`${who}预算收入`).money(total.value, total.pos).t('，主要包括');
    SOURCES.forEach(([re, label], i) => {
      const a = amountOf(rowNamed(t, re, 'income')?.cells['income.amount']);
      p.t(`${i ? '；' : ''}${label}`).money(a.value, a.pos).share(a.value, total.value);
    });
    return [p.t('。').node(), { type: 'chart', id: 'revenue', caption: '收入预算图' }];
  },
};
