import { tableOf } from '../../../check/cross-table.js';
import type { SectionWriter } from './context.js';
import { Para, amountOf, totalRow } from './text.js';

/** 三、支出预算情况说明: table 3's 合计, 基本支出 and 项目支出 with shares. */
export const expenditure: SectionWriter = {
  title: '支出预算情况说明',
  needs: ['budget-expenditure'],
  write({ doc, who }) {
    const row = totalRow(tableOf(doc, 'budget-expenditure'));
    const total = amountOf(row?.cells['total']);
    const basic = amountOf(row?.cells['basic']);
    const project = amountOf(row?.cells['project']);
    const p = new Para().t(`${who}支出预算`).money(total.value, total.pos).t('，其中：基本支出').money(basic.value, basic.pos).share(basic.value, total.value);
    p.t('；项目支出').money(project.value, project.pos).share(project.value, total.value).t('。');
    return [p.node(), { type: 'chart', id: 'expenditure', caption: '支出预算图' }];
  },
};
