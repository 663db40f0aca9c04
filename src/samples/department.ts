// 部门（单位）整体支出绩效目标申报表: the department's facts, its budget by source and by use (the tables' 合计), its key
// tasks (one per project of the body itself) and a one-column indicator tree.

import { sum, wan } from './amount.js';
import type { BudgetData } from './budget.js';
import { totals } from './tables.js';
import type { Writer } from './writer.js';

/** Write the department-wide target form. */
export function writeDepartmentForm(w: Writer, d: BudgetData): void {
  const t = totals(d);
  const y = d.opts.year;
  const staff = sum(d.units.map((u) => u.staff));
  const zero = '0.00';
  w.para(`${d.level === 'county' ? '县级' : '市级'}预算部门（单位）整体支出绩效目标申报表`, `(${y})年度`);
  w.row('部门基本信息', '部门名称', `${d.opts.bodyCode}-${d.bodyName}`, '', '', '', '');
  w.row('', '内设职能部门数', `${4 + (staff % 5)}个`, '所属预算单位数', `${d.units.length - 1}个`, '', '');
  w.row('', '核定的人员编制数', `${staff + 3}人`, '实际在职人员总数', `${staff}人`, '', '');
  w.row('', '', '', '其中：在编人员数', `${staff}人`, '', '');
  w.row('', '', '', '其他人员数', '0人', '', '');
  w.row('部门职责', d.sector.duties.slice(0, 3).join(''), '', '', '', '', '');
  w.row('部门战略目标', `围绕本级党委、政府中心工作，履行${d.sector.duties.length - 1}项主要职责，保障机关和所属单位正常运转，按期完成年度重点任务。`, '', '', '', '', '');
  w.row('年度预算情况', '按资金来源划分', '资金总额（万元）', '按资金方向划分', '资金总额（万元）', '', '');
  w.row('', '合计', wan(t.total), '合计', wan(t.total), '', '');
  w.row('', '其中：一般公共预算资金', wan(t.total), '其中：基本支出', wan(t.basic), '', '');
  w.row('', '政府性基金预算资金', zero, '项目支出', wan(t.project), '', '');
  for (const s of ['国有资本经营预算资金', '社会保险基金预算资金', '专户管理资金', '单位资金']) w.row('', s, zero, '', '', '', '');
  w.row('年度重点任务', '核心职能', '重点任务', '', '', '', '');
  const own = d.projects.filter((p) => p.unit === d.bodyName);
  for (const p of own) w.row('', p.name.replace(/(?:专项)?(?:工作)?经费$|补助$/, ''), p.tpl.summary, '', '', '', '');
  w.row('年度绩效目标', '一级指标', '二级指标', '三级指标', '指标值', '', '');
  w.row('年度绩效', '产出指标', '数量指标', '在职人员工资发放人数', `${staff}人`, '', '');
  for (const p of own) w.row('', '', '', p.tpl.quantity.name, `${p.count}${p.tpl.quantity.unit}`, '', '');
  w.row('', '', '质量指标', '项目验收合格率', '100%', '', '');
  w.row('', '', '时效指标', '资金支付完成时间', `${y}年12月底前`, '', '');
  w.row('', '', '成本指标', '部门预算支出控制数', `≤${wan(t.total)}万元`, '', '');
  w.row('', '效益指标', '社会效益指标', '部门履职能力', '有效提升', '', '');
  w.row('', '满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%', '', '');
  w.blank();
}
