import { normName, tableOf } from '../../../check/cross-table.js';
import type { Row } from '../../../model/index.js';
import type { SectionWriter } from './context.js';
import { Para, amountOf, totalRow } from './text.js';

// The items of a column (人员经费 or 公用经费) with an amount, once each, in table order.
function items(rows: readonly Row[], key: string): string[] {
  const names = rows.filter((r) => r.role !== 'grand-total' && r.level !== '类' && r.cells[key]?.amount && !/^0(\.0+)?$/.test(r.cells[key].amount.value)).map((r) => normName(r.name));
  return [...new Set(names)];
}

/** 六、一般公共预算基本支出情况说明: table 6's 合计, 人员经费 and 公用经费, each with the items it comprises. */
export const basic: SectionWriter = {
  title: '一般公共预算基本支出情况说明',
  needs: ['gpb-basic-economic'],
  write({ doc, who }) {
    const t = tableOf(doc, 'gpb-basic-economic');
    const row = totalRow(t);
    const total = amountOf(row?.cells['total']);
    const personnel = amountOf(row?.cells['personnel']);
    const pub = amountOf(row?.cells['public']);
    const rows = t?.rows ?? [];
    const p = new Para().t(`${who}一般公共预算安排基本支出`).money(total.value, total.pos).t('，其中：人员经费').money(personnel.value, personnel.pos);
    const pi = items(rows, 'personnel');
    if (pi.length) p.t(`，主要包括：${pi.join('、')}`);
    p.t('；公用经费').money(pub.value, pub.pos);
    const ui = items(rows, 'public');
    if (ui.length) p.t(`，主要包括：${ui.join('、')}`);
    return [p.t('。').node()];
  },
};
