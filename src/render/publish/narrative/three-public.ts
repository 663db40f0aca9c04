import { tableOf } from '../../../check/cross-table.js';
import type { SectionWriter } from './context.js';
import { Para, amountOf, changeOf, rowNamed, sourceSection, totalRow, writeChange } from './text.js';

const ITEMS: readonly [RegExp, string][] = [
  [/^因公出国（境）费/, '因公出国（境）费'],
  [/^公务接待费/, '公务接待费'],
  [/^公务用车购置及运行(维护)?费/, '公务用车购置及运行费'],
  [/公务用车购置费$/, '公务用车购置费'],
  [/公务用车运行维护费$/, '公务用车运行维护费'],
];

/** 七、“三公”经费增减变动原因说明: table 10's 合计 and items, each with its change on last year and the entered reason. */
export const threePublic: SectionWriter = {
  title: '“三公”经费增减变动原因说明',
  needs: ['three-public'],
  write({ doc, body, year }) {
    const t = tableOf(doc, 'three-public');
    const src = sourceSection(doc, /三公/);
    const total = amountOf(totalRow(t)?.cells['total']);
    const p = new Para().t(`${year}年${body}财政拨款安排的“三公”经费预算`).money(total.value, total.pos);
    writeChange(p, total.value, changeOf(src, '三公'), '“三公”经费').t('。其中：');
    ITEMS.forEach(([re, label], i) => {
      const a = amountOf(rowNamed(t, re)?.cells['total']);
      p.t(`${i ? '；' : ''}${label}`).money(a.value, a.pos);
      writeChange(p, a.value, changeOf(src, label), label, 'stated');
    });
    return [p.t('。').node(), { type: 'chart', id: 'three-public', caption: '“三公”经费分布图' }];
  },
};
