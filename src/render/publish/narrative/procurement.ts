import type { SectionWriter } from './context.js';
import { Para } from './text.js';

/** 九、政府采购情况: the 政府采购 budget by goods, works and services as entered (the tables do not hold it). */
export const procurement: SectionWriter = {
  title: '政府采购情况',
  write({ doc, year, body }) {
    const pr = doc.procurement;
    const p = new Para().t(`${year}年${body}政府采购预算总额`);
    if (!pr?.total) return [p.placeholder('政府采购预算总额及货物、工程、服务的金额').t('。').node()];
    p.money(pr.total.value).t('。其中：');
    const parts = [['政府采购货物预算', pr.goods], ['政府采购工程预算', pr.works], ['政府采购服务预算', pr.services]] as const;
    parts.forEach(([label, m], i) => {
      p.t(`${i ? '、' : ''}${label}`);
      if (m) p.money(m.value);
      else p.placeholder(label);
    });
    return [p.t('。').node()];
  },
};
