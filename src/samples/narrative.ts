// Part 3 情况说明 and part 4 名词解释, written from the package's numbers: every amount, share and rate below is
// computed from BudgetData, never typed in. The wording is the template's (numbered sections, 占x%, 比上年增加x万元，增长y%).

import { type Cents, percent, sum, wan, wanSep } from './amount.js';
import { type BudgetData, PERSONNEL, adminOperating, codeName, econItems, threePublic } from './budget.js';
import { fnRows, totals } from './tables.js';
import type { Writer } from './writer.js';

/** 比上年增加x万元，增长y% (or 减少/下降, or 与上年持平) for an amount against last year's. */
export function change(cur: Cents, last: Cents, basis = '上年'): string {
  if (cur === last) return `与${basis}持平`;
  const up = cur > last;
  const d = Math.abs(cur - last);
  return last > 0 ? `比${basis}${up ? '增加' : '减少'}${wan(d)}万元，${up ? '增长' : '下降'}${percent(d, last)}%` : `比${basis}${up ? '增加' : '减少'}${wan(d)}万元`;
}

/** The same without a rate, for the 三公 items (their rates are rarely printed). */
function changeAmount(cur: Cents, last: Cents, reasonUp: string, reasonDown: string): string {
  if (cur === last) return '与上年预算数相同';
  return cur > last ? `比上年预算数增加${wan(cur - last)}万元，主要原因是${reasonUp}` : `比上年预算数减少${wan(last - cur)}万元，主要原因是${reasonDown}`;
}

function overview(w: Writer, d: BudgetData): void {
  const { total } = totals(d);
  const y = d.opts.year;
  const reason = total >= d.last.total ? `新增${d.projects[0]?.name ?? '项目'}等项目经费，人员经费按政策调整` : '部分一次性项目到期结束，项目经费相应减少';
  w.para(
    '一、部门预算收支数据变动情况及原因',
    `${y}年度${d.bodyName}预算收入总计${wanSep(total)}万元，其中：本年收入${wanSep(total)}万元，上年结转0万元，${change(total, d.last.total)}，主要原因是${reason}；本年部门预算支出总计${wanSep(total)}万元，其中：本年预算安排${wanSep(total)}万元，上年结转0万元，${change(total, d.last.total)}，主要原因是${reason}。`,
  );
  w.para(
    '二、收入预算情况说明',
    `${y}年度${d.bodyName}预算收入${wanSep(total)}万元，主要包括一般公共预算拨款收入${wanSep(total)}万元，占100.00%；政府性基金预算拨款收入0万元，占0%；国有资本经营预算拨款收入0万元，占0%；财政专户管理资金收入0万元，占0%；单位资金0万元，占0%；上年结转0万元，占0%。`,
  );
  const t = totals(d);
  const seeded = d.opts.mistakes?.includes('narrative-figure');
  // The seeded mistake: 基本支出 restated 10.00 万元 higher than the tables, its share left as computed from the tables.
  const basicSaid = seeded ? t.basic + 1000 : t.basic;
  w.para('三、支出预算情况说明');
  if (seeded) w.seedNext('narrative-figure', '基本支出 in 情况说明 disagrees with 表3');
  w.para(`${y}年度${d.bodyName}支出预算${wan(total)}万元，其中：基本支出${wan(basicSaid)}万元，占${percent(t.basic, total)}%；项目支出${wan(t.project)}万元，占${percent(t.project, total)}%。`);
  const classes = fnRows(d).filter((r) => r.code.length === 3);
  w.para(
    '四、财政拨款收支预算总体情况说明',
    `${y}年度${d.bodyName}财政拨款收支总预算${wanSep(total)}万元。其中：一般公共预算拨款${wanSep(total)}万元，政府性基金预算拨款0万元，国有资本经营预算拨款0万元。其中：当年拨款收入${wanSep(total)}万元，上年结转收入0万元。支出包括：${classes.map((c) => `${c.name}${wanSep(c.basic + c.project)}万元`).join('、')}。`,
  );
}

// What the basic spending of a 项 pays for.
const BASIC_USES: Record<string, string> = {
  '2080501': '行政单位离退休人员的退休费',
  '2080502': '事业单位离退休人员的退休费',
  '2080505': '机关事业单位基本养老保险缴费',
  '2080506': '机关事业单位职业年金缴费',
  '2101101': '行政单位职工基本医疗保险缴费',
  '2101102': '事业单位职工基本医疗保险缴费',
  '2210201': '按规定为职工缴存住房公积金',
};

function basicUse(d: BudgetData, code: string): string {
  const fixed = BASIC_USES[code];
  if (fixed) return fixed;
  const units = d.units.filter((u) => u.runCode === code).map((u) => u.name);
  return `${units.join('、')}人员工资福利和日常公用支出`;
}

function gpb(w: Writer, d: BudgetData): void {
  const { total } = totals(d);
  const y = d.opts.year;
  const rows = fnRows(d);
  const classes = rows.filter((r) => r.code.length === 3);
  w.para(
    '五、一般公共预算支出情况说明',
    '（一）一般公共预算当年支出规模变化情况',
    `${y}年度${d.bodyName}一般公共预算当年支出${wanSep(total)}万元，${change(total, d.last.total)}。`,
    '（二）一般公共预算当年支出结构情况',
    `${y}年度${d.bodyName}一般公共预算当年支出${wanSep(total)}万元，主要用于以下方面：${classes.map((c) => `${c.name}${wanSep(c.basic + c.project)}万元，占${percent(c.basic + c.project, total)}%`).join('；')}。`,
    '（三）一般公共预算当年支出具体情况',
  );
  for (const r of rows.filter((x) => x.code.length === 7)) {
    const cls = d.names.get(r.code.slice(0, 3)) ?? '';
    const kuan = d.names.get(r.code.slice(0, 5)) ?? '';
    const last = d.last.byCode.get(r.code) ?? 0;
    const uses = [r.basic > 0 ? basicUse(d, r.code) : '', r.project > 0 ? d.projects.filter((p) => p.code === r.code).map((p) => p.name).join('、') : ''];
    const use = uses.filter((u) => u !== '').join('，以及');
    w.para(`${cls}（类）${kuan}（款）${r.name}（项）${wan(r.basic + r.project)}万元，${change(r.basic + r.project, last)}，主要用于${use}。`);
  }
  w.para('一般公共预算支出结构图', '');
}

function basic(w: Writer, d: BudgetData): void {
  const t = totals(d);
  const econ = [...econItems(d).keys()];
  const names = (personnel: boolean): string => econ.filter((c) => PERSONNEL.has(c) === personnel).map((c) => codeName(c, d.opts.year)).join('、');
  w.para(
    '六、一般公共预算基本支出情况说明',
    `${d.opts.year}年度${d.bodyName}一般公共预算安排基本支出${wanSep(t.basic)}万元，其中：`,
    `人员经费${wanSep(t.personnel)}万元，主要包括：${names(true)}等；`,
    `公用经费${wanSep(t.public)}万元，主要包括：${names(false)}等。`,
  );
}

function threePublicSection(w: Writer, d: BudgetData): void {
  const tp = threePublic(d);
  const y = d.opts.year;
  // The narrative states the true total even when the table's 合计 carries a seeded mistake.
  const total = tp.abroad + tp.reception + tp.purchase + tp.ops;
  const last = d.last.abroad + d.last.reception + d.last.purchase + d.last.ops;
  const main = total === last ? `与${y - 1}年持平` : `比${y - 1}年${total > last ? '增加' : '减少'}${wan(Math.abs(total - last))}万元，主要原因是${total > last ? '公务用车进入集中维修期，运行维护费相应增加' : '厉行节约，压减公务接待和车辆运行支出'}`;
  w.para(
    '七、“三公”经费增减变动原因说明',
    `${y}年${d.bodyName}财政拨款安排的“三公”经费预算${wan(total)}万元，${main}。`,
    `其中：因公出国（境）费${wan(tp.abroad)}万元，${changeAmount(tp.abroad, d.last.abroad, '承担对外交流任务', '本年度无因公出国（境）计划')}；公务接待费${wan(tp.reception)}万元，${changeAmount(tp.reception, d.last.reception, '承接上级检查调研任务增加', '严格执行接待标准，压减接待批次')}；公务用车购置及运行费${wan(tp.purchase + tp.ops)}万元，${changeAmount(tp.purchase + tp.ops, d.last.purchase + d.last.ops, '部分车辆进入集中维修期', d.last.purchase > tp.purchase ? '上年车辆更新已完成，本年不安排购置' : '严格控制车辆燃料和维修费用')}，其中：公务用车购置费${wan(tp.purchase)}万元，${changeAmount(tp.purchase, d.last.purchase, '更新超期服役车辆', '本年度不安排公务用车购置')}；公务用车运行维护费${wan(tp.ops)}万元，${changeAmount(tp.ops, d.last.ops, '部分车辆进入集中维修期', '严格控制车辆燃料和维修费用')}。`,
    '“三公”经费分布图',
    '',
  );
}

function operating(w: Writer, d: BudgetData): void {
  const units = adminOperating(d);
  const a = sum(units.map((u) => u.amount));
  const last = d.last.adminOperating;
  const reason = a > last ? '办公用房取暖和物业费用增加' : '压减一般性支出，公用经费有所减少';
  w.para('八、机关运行经费增减变动原因说明', `本部门${d.opts.year}年所属${units.length}家行政、参公单位机关运行经费财政拨款预算${wan(a)}万元，${change(a, last, `${d.opts.year - 1}年预算`)}，原因是${reason}。`);
}

function procurement(w: Writer, d: BudgetData): void {
  const by = (k: 'goods' | 'works' | 'services'): Cents => sum(d.projects.filter((p) => p.tpl.procurement === k).map((p) => p.procurement));
  const [g, wk, s] = [by('goods'), by('works'), by('services')];
  w.para('九、政府采购情况', `${d.opts.year}年${d.bodyName}政府采购预算总额${wan(g + wk + s)}万元。其中：政府采购货物预算${wan(g)}万元、政府采购工程预算${wan(wk)}万元、政府采购服务预算${wan(s)}万元。`);
}

/** 十、绩效管理情况, up to the note that the forms follow. */
function performance(w: Writer, d: BudgetData): void {
  const t = totals(d);
  const y = d.opts.year;
  const cat = (c: string): string => {
    const ps = d.projects.filter((p) => p.category === c);
    return `${c}项目${ps.length}个，涉及金额${wan(sum(ps.map((p) => p.amount)))}万元`;
  };
  const n = d.projects.length;
  w.para(
    '十、绩效管理情况',
    '1、整体绩效目标',
    `${y}年编报部门整体支出绩效目标，涉及部门预算资金${wan(t.total)}万元，其中基本支出${wan(t.basic)}万元，项目支出${wan(t.project)}万元；机关及下属预算单位${d.units.length}个。`,
    '2、项目绩效目标',
    `${y}年${d.bodyName}纳入绩效目标管理的项目${n}个，共计金额${wan(t.project)}万元。其中：${cat('其他运转类')}；${cat('特定目标类')}。公开项目绩效目标${n}个，涉及项目金额${wan(t.project)}万元，占部门（单位）项目支出总额的100%。`,
    '（项目绩效目标表公开情况见附件）',
  );
}

function assets(w: Writer, d: BudgetData): void {
  const v = d.vehicles;
  w.para(
    '十一、国有资产占有使用情况',
    '1、车辆情况：',
    `截至${d.assetDate}，${d.bodyName}共有公务用车编制${v.quota}辆，实有${v.total}辆，其中：领导用车0辆，机要通信用车0辆，应急保障用车${v.emergency}辆，执法执勤用车${v.law}辆，特种专业技术用车${v.special}辆，其他公务用车0辆。`,
    '2、房屋情况：',
    `截至${d.assetDate}，${d.bodyName}使用的办公用房建筑总面积${d.officeArea}平方米。`,
    '3、其他国有资产占有使用情况：',
    `截至${d.assetDate}，${d.bodyName}占有使用价值50万元（原值）以上的通用设备${d.equipment50}台（套）；占有使用价值100万元（原值）以上的通用设备${d.equipment100}台（套）。`,
  );
  w.para('十二、其他说明', '（一）政府购买服务指导性目录', '本部门政府购买服务事项按本级政府购买服务指导性目录执行。', '（二）其他', '无。');
}

/** Part 3 up to 绩效管理 (the forms follow it), then the rest after the forms. */
export function writeNarrativeHead(w: Writer, d: BudgetData): void {
  w.para(`第三部分 ${d.opts.year}年度部门预算情况说明`);
  overview(w, d);
  gpb(w, d);
  basic(w, d);
  threePublicSection(w, d);
  operating(w, d);
  procurement(w, d);
  performance(w, d);
}

/** 十一、十二 and part 4. */
export function writeNarrativeTail(w: Writer, d: BudgetData): void {
  assets(w, d);
  w.para(
    '第四部分 名词解释',
    '一、基本支出：指部门为维持机构运转和完成日常工作任务安排的支出，分为人员经费和公用经费。',
    '二、项目支出：指部门在基本支出之外，为完成特定工作任务和事业发展目标安排的支出。',
    '三、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。公务用车购置及运行费包括车辆购置支出和燃料、维修、保险等运行维护支出；公务接待费指按规定开支的各类公务接待支出。',
    '四、机关运行经费：指行政单位和参照公务员法管理的事业单位用财政拨款安排的基本支出中的公用经费。',
    '五、一般公共预算：指以税收为主体的财政收入安排的，用于保障和改善民生、推动经济社会发展和维持国家机构正常运转等方面的收支预算。',
    '六、上年结转：指以前年度安排、结转到本年度按原用途继续使用的资金。',
  );
}
