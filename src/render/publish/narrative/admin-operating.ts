import { normName, tableOf } from '../../../check/cross-table.js';
import type { SectionWriter } from './context.js';
import { Para, amountOf, changeOf, sourceSection, totalRow, writeChange } from './text.js';

/** 八、机关运行经费增减变动原因说明: table 11's 部门合计, the units it covers, the change and its entered reason. */
export const adminOperating: SectionWriter = {
  title: '机关运行经费增减变动原因说明',
  needs: ['admin-operating'],
  write({ doc, year }) {
    const t = tableOf(doc, 'admin-operating');
    const totalR = totalRow(t) ?? t?.rows.find((r) => /合计/.test(r.name));
    const total = amountOf(totalR?.cells['total']);
    const units = (t?.rows ?? []).filter((r) => r !== totalR && !/合计/.test(r.name)).map((r) => normName(r.name));
    const p = new Para().t(`本部门${year}年`);
    if (units.length) p.t(`所属${units.join('、')}等`).figure(String(units.length), '家').t('行政、参公单位');
    p.t('机关运行经费财政拨款预算').money(total.value, total.pos);
    writeChange(p, total.value, changeOf(sourceSection(doc, /机关运行经费/), '机关运行经费'), '机关运行经费');
    return [p.t('。').node()];
  },
};
