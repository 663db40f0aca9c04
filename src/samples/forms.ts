// 项目支出绩效目标表 for each project, in the layout of a Shanxi city's forms: header fields, funding in 元 for the
// period and the year, texts, then the 一级/二级/三级 indicator tree with a value for both halves.

import { type Cents, wan, yuan, yuanSep } from './amount.js';
import type { BudgetData, Project } from './budget.js';
import type { Writer } from './writer.js';

/** The amount the form states for a project: its table amount, or 5,000 元 more when that mistake is seeded on it. */
export function formAmount(d: BudgetData, p: Project): Cents {
  return d.opts.mistakes?.includes('form-funding') && p === formMistakeProject(d) ? p.amount + 50 : p.amount;
}

/** The project whose form carries the funding mistake: the last one of the body itself. */
export function formMistakeProject(d: BudgetData): Project | undefined {
  return [...d.projects].reverse().find((p) => p.unit === d.bodyName);
}

function form(w: Writer, d: BudgetData, p: Project, index: number): void {
  const y = d.opts.year;
  const level = d.level === 'county' ? '县级' : '市级';
  const region = d.bodyName.slice(0, d.bodyName.length - d.sector.bodySuffix.length);
  const amount = formAmount(d, p);
  const once = p.category === '特定目标类';
  const q = p.tpl.quantity;
  const goal = `${y}年完成${q.name}${p.count}${q.unit}，${p.tpl.quality.name}达到${p.tpl.quality.value.replace(/^[≥≤]/, '')}，${p.tpl.benefit.name}${p.tpl.benefit.value}。`;
  w.para(`${region}${level}预算部门（单位）项目支出绩效目标表`, `(${y}年度)`);
  w.row('项目名称', '', p.name, '', '', '', '');
  w.row('主管部门及代码', '', `${d.opts.bodyCode}-${d.bodyName}`, '', '实施单位', '', p.unit, '');
  w.row('项目属性', '', once ? '一次性项目（1年结束）' : '经常性项目', '', '项目期', '', '1年', '');
  if (amount !== p.amount) w.seedNext('form-funding', `form of ${p.name} states ${wan(amount)} 万元, 表12 ${wan(p.amount)}`);
  w.row('项目资金（元）', '实施期资金总额：', yuan(amount), '', '年度资金总额：', yuanSep(amount), '', '');
  w.row('', '其中：中央财政资金', '0', '', '其中：中央财政资金', '0', '', '');
  w.row('', '省级财政资金', '0', '', '省级财政资金', '0', '', '');
  w.row('', '市县（区）财政资金', yuan(amount), '', '市县（区）财政资金', yuanSep(amount), '', '');
  w.row('', '单位自筹', '0', '', '单位自筹', '0', '', '');
  w.row('', '其他资金', '', '', '其他资金', '', '', '');
  w.row('项目概况', '', p.tpl.summary, '', '', '', '', '');
  w.row('立项依据', '', `《${p.tpl.basis}》`, '', '', '', '', '');
  w.row('项目设立必要性', '', `落实${p.tpl.basis}的要求，保障${p.unit}履行职责。`, '', '', '', '', '');
  w.row('保证项目实施的制度、措施', '', '执行本单位财务管理制度和项目管理办法，实行专款专用、按进度支付。', '', '', '', '', '');
  w.row('项目实施计划', '', `${y}年一季度完成实施方案，二、三季度组织实施，四季度完成验收和绩效自评。`, '', '', '', '', '');
  w.row('实施期目标', '', '', '', '年度目标', '', '', '');
  w.row('总体目标', '', goal, '', '', '', goal, '');
  w.row('绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值');
  const both = (l1: string, l2: string, name: string, value: string): void => w.row('', l1, l2, name, value, l2, name, value);
  both('产出指标', '数量指标', q.name, `${p.count}${q.unit}`);
  both('', '质量指标', p.tpl.quality.name, p.tpl.quality.value);
  both('', '时效指标', '项目完成时间', `${y}年12月底前`);
  both('', '成本指标', '项目总成本', `${yuan(amount)}元`);
  both('效益指标', '社会效益', p.tpl.benefit.name, p.tpl.benefit.value);
  both('', '可持续影响', '项目长效管理机制', '长期');
  both('满意度指标', '服务对象满意度', '服务对象满意度', '≥90%');
  w.row('负责人：', '经办人：', '联系电话：', '', '填报日期：', '', `${y - 1}12${String(10 + (index % 18)).padStart(2, '0')}`, '');
  w.blank();
}

/** Every project's form, in the order of 表12. */
export function writeForms(w: Writer, d: BudgetData): void {
  d.projects.forEach((p, i) => form(w, d, p, i));
}
