import { normName, tableOf } from '../../../check/cross-table.js';
import { sumDecimals } from '../../../model/decimal.js';
import type { NarrativeSection, Row } from '../../../model/index.js';
import type { PublishNode } from '../tree.js';
import type { SectionWriter } from './context.js';
import { type At, Para, amountOf, changeOf, classRows, percent, rowNamed, sourceSection, totalRow, writeChange } from './text.js';

const nonZero = (r: Row, key: string): boolean => Boolean(r.cells[key]?.amount && !/^-?0(\.0+)?$/.test(r.cells[key].amount.value));

// 年初预算 as entered in the source narrative for a topic (the final-accounts tables do not print it).
function initialBudget(s: NarrativeSection | undefined, topic: string): string | undefined {
  if (!s) return undefined;
  const all = [...s.facts, ...s.children.flatMap((c) => [...c.facts, ...c.children.flatMap((g) => g.facts)])];
  return all.find((f) => f.kind === 'amount' && f.subject?.topic === topic && /年初预算|全年预算/.test(f.measure ?? ''))?.amount?.value;
}

// 年初预算 first, then 决算 and the completion rate: a change on last year that follows qualifies the 决算 before it.
function completion(p: Para, budget: string | undefined, final: At, what: string): Para {
  if (budget === undefined) p.placeholder(`${what}年初预算数`);
  else p.t('年初预算').money(budget);
  p.t('，支出决算').money(final.value, final.pos);
  if (budget === undefined) return p;
  const rate = percent(final.value, budget);
  return rate === undefined ? p : p.t('，完成年初预算的').figure(rate, '%');
}

const overall: SectionWriter = {
  title: '收入支出决算总体情况说明',
  needs: ['final-summary'],
  write({ doc, year }) {
    const t = tableOf(doc, 'final-summary');
    const src = sourceSection(doc, /收入支出决算总体情况/);
    const inc = amountOf(rowNamed(t, /^(收入)?总计$/, 'income')?.cells['income.amount']);
    const out = amountOf(rowNamed(t, /^(支出)?总计$/, 'expenditure')?.cells['expenditure.amount']);
    const p = new Para().t(`${year}年度收入总计`).money(inc.value, inc.pos);
    writeChange(p, inc.value, changeOf(src, '收入总计'), '收入总计', false).t('；支出总计').money(out.value, out.pos);
    return [writeChange(p, out.value, changeOf(src, '支出总计'), '支出总计').t('。').node()];
  },
};

const REVENUE: readonly [string, string][] = [['fiscal', '财政拨款收入'], ['superior', '上级补助收入'], ['business', '事业收入'], ['operating', '经营收入'], ['affiliated', '附属单位上缴收入'], ['other', '其他收入']];
const revenue: SectionWriter = {
  title: '收入决算情况说明',
  needs: ['final-revenue'],
  write({ doc, year }) {
    const row = totalRow(tableOf(doc, 'final-revenue'));
    const total = amountOf(row?.cells['total']);
    const p = new Para().t(`${year}年度收入合计`).money(total.value, total.pos).t('，其中：');
    REVENUE.filter(([k]) => row && nonZero(row, k)).forEach(([k, label], i) => {
      const a = amountOf(row?.cells[k]);
      p.t(`${i ? '；' : ''}${label}`).money(a.value, a.pos).share(a.value, total.value);
    });
    return [p.t('。').node(), { type: 'chart', id: 'final-revenue', caption: '收入决算结构图' }];
  },
};

const SPENDING: readonly [string, string][] = [['basic', '基本支出'], ['project', '项目支出'], ['toSuperior', '上缴上级支出'], ['operating', '经营支出'], ['toAffiliated', '对附属单位补助支出']];
const spending: SectionWriter = {
  title: '支出决算情况说明',
  needs: ['final-expenditure'],
  write({ doc, year }) {
    const row = totalRow(tableOf(doc, 'final-expenditure'));
    const total = amountOf(row?.cells['total']);
    const p = new Para().t(`${year}年度支出合计`).money(total.value, total.pos).t('，其中：');
    SPENDING.filter(([k]) => row && nonZero(row, k)).forEach(([k, label], i) => {
      const a = amountOf(row?.cells[k]);
      p.t(`${i ? '；' : ''}${label}`).money(a.value, a.pos).share(a.value, total.value);
    });
    return [p.t('。').node(), { type: 'chart', id: 'final-expenditure', caption: '支出决算结构图' }];
  },
};

const fiscal: SectionWriter = {
  title: '财政拨款收支决算总体情况说明',
  needs: ['final-fiscal-summary'],
  write({ doc, year }) {
    const t = tableOf(doc, 'final-fiscal-summary');
    const inc = amountOf(rowNamed(t, /^(收入)?总计$/, 'income')?.cells['income.amount']);
    const out = amountOf(rowNamed(t, /^(支出)?总计$/, 'expenditure')?.cells['expenditure.total']);
    const src = sourceSection(doc, /财政拨款收支决算总体情况/);
    const p = new Para().t(`${year}年度财政拨款收入总计`).money(inc.value, inc.pos);
    writeChange(p, inc.value, changeOf(src, '财政拨款收入', '财政拨款收入总计', '收入总计'), '财政拨款收入总计', false).t('；支出总计').money(out.value, out.pos);
    return [writeChange(p, out.value, changeOf(src, '财政拨款支出', '财政拨款支出总计', '支出总计'), '财政拨款支出总计').t('。').node()];
  },
};

const gpb: SectionWriter = {
  title: '一般公共预算财政拨款支出决算情况说明',
  needs: ['final-gpb-expenditure'],
  write({ doc, year }) {
    const t = tableOf(doc, 'final-gpb-expenditure');
    const src = sourceSection(doc, /一般公共预算财政拨款支出决算情况/);
    const total = amountOf(totalRow(t)?.cells['total']);
    const all = amountOf(rowNamed(tableOf(doc, 'final-summary'), /^本年支出合计$/, 'expenditure')?.cells['expenditure.amount']);
    const scale = new Para().t(`${year}年一般公共预算财政拨款决算支出`).money(total.value, total.pos).t('，占本年支出合计的');
    const share = percent(total.value, all.value);
    if (share !== undefined) scale.figure(share, '%');
    writeChange(scale, total.value, changeOf(src, '一般公共预算'), '一般公共预算财政拨款支出').t('。');
    const structure = new Para().t(`${year}年度一般公共预算财政拨款支出`).money(total.value, total.pos).t('，主要用于以下方面：');
    const classes = classRows(t).filter((r) => nonZero(r, 'total'));
    classes.forEach((r, i) => {
      const a = amountOf(r.cells['total']);
      structure.t(`${i ? '；' : ''}${normName(r.name)}（类）`).money(a.value, a.pos).share(a.value, total.value);
    });
    const detail = new Para().t(`${year}年度一般公共预算财政拨款支出`);
    completion(detail, initialBudget(src, '一般公共预算'), total, '一般公共预算财政拨款支出').t('。');
    const out: PublishNode[] = [
      { type: 'heading', level: 3, text: '（一）一般公共预算财政拨款支出决算总体情况', id: 'fgpb-scale' },
      scale.node(),
      { type: 'heading', level: 3, text: '（二）一般公共预算财政拨款支出决算结构情况', id: 'fgpb-structure' },
      structure.t('。').node(),
      { type: 'heading', level: 3, text: '（三）一般公共预算财政拨款支出决算具体情况', id: 'fgpb-detail' },
      detail.node(),
    ];
    for (const r of classes) {
      const a = amountOf(r.cells['total']);
      const name = normName(r.name);
      const p = new Para().t(name);
      completion(p, initialBudget(src, name), a, name);
      writeChange(p, a.value, changeOf(src, name), name, true, '较上年决算');
      out.push(p.t('。').node());
    }
    return out;
  },
};

const basic: SectionWriter = {
  title: '一般公共预算财政拨款基本支出决算情况说明',
  needs: ['final-gpb-basic-detail'],
  write({ doc, year }) {
    const t = tableOf(doc, 'final-gpb-basic-detail');
    const personnel = amountOf(rowNamed(t, /^人员经费合计$/)?.cells['amount']);
    const pub = amountOf(rowNamed(t, /^公用经费合计$/)?.cells['amount']);
    const total = amountOf(totalRow(tableOf(doc, 'final-gpb-expenditure'))?.cells['basic']);
    const p = new Para().t(`${year}年度一般公共预算财政拨款基本支出`).money(total.value, total.pos).t('，其中：人员经费').money(personnel.value, personnel.pos);
    return [p.t('；公用经费').money(pub.value, pub.pos).t('。').node()];
  },
};

const fund: SectionWriter = {
  title: '政府性基金预算财政拨款收支决算情况说明',
  write({ doc, year }) {
    const t = tableOf(doc, 'final-gf');
    const row = totalRow(t);
    if (!t || t.noData || !row) return [new Para().t('本年度无此项收支。').node()];
    const rev = amountOf(row.cells['revenue']);
    const out = amountOf(row.cells['total']);
    return [new Para().t(`${year}年度政府性基金预算财政拨款收入`).money(rev.value, rev.pos).t('，支出').money(out.value, out.pos).t('。').node()];
  },
};

const soc: SectionWriter = {
  title: '国有资本经营预算财政拨款支出决算情况说明',
  write({ doc, year }) {
    const t = tableOf(doc, 'final-soc');
    const row = totalRow(t);
    if (!t || t.noData || !row || !nonZero(row, 'total')) return [new Para().t('本年度无此项支出。').node()];
    const a = amountOf(row.cells['total']);
    return [new Para().t(`${year}年度国有资本经营预算财政拨款支出`).money(a.value, a.pos).t('。').node()];
  },
};

const THREE: readonly [string, string][] = [['abroad', '因公出国（境）费'], ['vehiclePurchase', '公务用车购置费'], ['vehicleOps', '公务用车运行维护费'], ['reception', '公务接待费']];
const threePublic: SectionWriter = {
  title: '财政拨款“三公”经费支出决算情况说明',
  needs: ['final-three-public'],
  write({ doc, year }) {
    const row = tableOf(doc, 'final-three-public')?.rows[0];
    const src = sourceSection(doc, /三公/);
    const budget = amountOf(row?.cells['budget.total']);
    const final = amountOf(row?.cells['final.total']);
    const p = new Para().t(`${year}年度“三公”经费财政拨款支出全年预算`).money(budget.value, budget.pos).t('，支出决算').money(final.value, final.pos);
    const rate = percent(final.value, budget.value);
    if (rate !== undefined) p.t('，完成全年预算的').figure(rate, '%');
    writeChange(p, final.value, changeOf(src, '三公'), '“三公”经费').t('。其中：');
    THREE.forEach(([k, label], i) => {
      const a = amountOf(row?.cells[`final.${k}`]);
      p.t(`${i ? '；' : ''}${label}支出决算`).money(a.value, a.pos);
      writeChange(p, a.value, changeOf(src, label), label, 'stated');
    });
    return [p.t('。').node(), { type: 'chart', id: 'final-three-public', caption: '“三公”经费支出决算图' }];
  },
};

const others: SectionWriter = {
  title: '其他重要事项情况说明',
  needs: ['final-statistics'],
  write({ doc, year }) {
    const t = tableOf(doc, 'final-statistics');
    const v = (re: RegExp, side?: string) => amountOf(rowNamed(t, re, side)?.cells['value']);
    const admin = [v(/行政单位$/), v(/参照公务员法管理事业单位$/)];
    const adminTotal = sumDecimals(admin.map((a) => a.value));
    const p1 = new Para().t(`（一）机关运行经费支出情况：${year}年度机关运行经费支出`).money(adminTotal);
    writeChange(p1, adminTotal, changeOf(sourceSection(doc, /其他重要事项/), '机关运行经费'), '机关运行经费').t('。');
    const total = v(/^合计$/, '政府采购情况');
    const p2 = new Para().t(`（二）政府采购支出情况：${year}年度政府采购支出总额`).money(total.value, total.pos).t('，其中：政府采购货物支出').money(v(/^货物$/).value, v(/^货物$/).pos);
    p2.t('、政府采购工程支出').money(v(/^工程$/).value, v(/^工程$/).pos).t('、政府采购服务支出').money(v(/^服务$/).value, v(/^服务$/).pos).t('。');
    const cars = rowNamed(t, /车辆数合计/)?.cells['value'];
    const p3 = new Para().t('（三）国有资产占用情况：');
    if (cars && /^\d+$/.test(cars.text.trim())) p3.t(`截至${year}年12月31日，共有车辆`).figure(cars.text.trim(), '辆', cars.pos).t('。');
    else p3.placeholder('车辆及大型设备占用情况');
    return [p1.node(), p2.node(), p3.node()];
  },
};

/** The ten sections of a Shanxi final-accounts disclosure's 情况说明, written from 公开01–10表. */
export const FINAL_SECTIONS: readonly SectionWriter[] = [overall, revenue, spending, fiscal, gpb, basic, fund, soc, threePublic, others];
