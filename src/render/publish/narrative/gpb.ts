import { normName, tableOf } from '../../../check/cross-table.js';
import type { Row } from '../../../model/index.js';
import type { PublishNode } from '../tree.js';
import type { SectionWriter } from './context.js';
import { Para, amountOf, changeOf, classRows, sourceSection, totalRow, writeChange } from './text.js';

const isZero = (r: Row): boolean => !r.cells['total']?.amount || /^-?0(\.0+)?$/.test(r.cells['total'].amount.value);

/**
 * 五、一般公共预算支出情况说明 from table 5: (一) the total and its change on last year, (二) each 类 with its share,
 * (三) each 项 under its 类 and 款 with its amount.
 */
export const gpb: SectionWriter = {
  title: '一般公共预算支出情况说明',
  needs: ['gpb-expenditure'],
  write({ doc, who }) {
    const t = tableOf(doc, 'gpb-expenditure');
    const total = amountOf(totalRow(t)?.cells['total']);
    const src = sourceSection(doc, /一般公共预算支出情况说明|一般公共预算当年支出规模/);
    const scale = new Para().t(`${who}一般公共预算当年支出`).money(total.value, total.pos);
    writeChange(scale, total.value, changeOf(src, '一般公共预算'), '一般公共预算当年支出').t('。');
    const structure = new Para().t(`${who}一般公共预算当年支出`).money(total.value, total.pos).t('，主要用于以下方面：');
    classRows(t).filter((r) => !isZero(r)).forEach((r, i) => {
      const a = amountOf(r.cells['total']);
      structure.t(`${i ? '；' : ''}${normName(r.name)}`).money(a.value, a.pos).share(a.value, total.value);
    });
    structure.t('。');
    const out: PublishNode[] = [
      { type: 'heading', level: 3, text: '（一）一般公共预算当年支出规模变化情况', id: 'gpb-scale' },
      scale.node(),
      { type: 'heading', level: 3, text: '（二）一般公共预算当年支出结构情况', id: 'gpb-structure' },
      structure.node(),
      { type: 'chart', id: 'gpb-structure', caption: '一般公共预算当年拨款结构图' },
      { type: 'heading', level: 3, text: '（三）一般公共预算当年支出具体使用情况', id: 'gpb-items' },
    ];
    let cls = '';
    let kuan = '';
    let n = 0;
    for (const r of t?.rows ?? []) {
      if (r.code?.length === 3) cls = normName(r.name);
      else if (r.code?.length === 5) kuan = normName(r.name);
      else if (r.code?.length === 7 && !isZero(r)) {
        n += 1;
        const a = amountOf(r.cells['total']);
        out.push(new Para().t(`${n}.${cls}（类）${kuan}（款）${normName(r.name)}（项）`).money(a.value, a.pos).t('。').node());
      }
    }
    return out;
  },
};
