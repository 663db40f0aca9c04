import { tableOf } from '../../../check/cross-table.js';
import { sumDecimals, toYuan } from '../../../model/decimal.js';
import type { PublishNode } from '../tree.js';
import type { SectionWriter } from './context.js';
import { Para, amountOf, percent, roundHalfUp, totalRow } from './text.js';

// Form amounts are in 元 (some in 万元): sum them exactly in 元, state in 万元.
const toWan = (yuan: string): string => roundHalfUp(`${yuan.startsWith('-') ? '-' : ''}${shift(yuan.replace(/^-/, ''))}`, 2);
function shift(yuan: string): string {
  const [int = '0', frac = ''] = yuan.split('.');
  const padded = int.padStart(5, '0');
  return `${padded.slice(0, -4)}.${padded.slice(-4)}${frac}`;
}

/**
 * 十、绩效管理情况: the department-wide form's amounts, then the number of project forms and their year funding,
 * with their share of table 12's project total.
 */
export const performance: SectionWriter = {
  title: '绩效管理情况',
  write({ doc, year, body }) {
    const out: PublishNode[] = [];
    const dept = doc.forms.departmentTargets[0];
    out.push({ type: 'heading', level: 3, text: '1、整体绩效目标', id: 'perf-dept' });
    if (dept) {
      const find = (re: RegExp, list: typeof dept.fundingByUse) => list.find((x) => re.test(x.label))?.amount?.value;
      const total = find(/合计/, dept.fundingBySource) ?? find(/合计/, dept.fundingByUse);
      const basic = find(/基本支出/, dept.fundingByUse);
      const project = find(/项目支出/, dept.fundingByUse);
      const p = new Para().t(`${year}年编报部门整体支出绩效目标`);
      if (total) p.t('，涉及部门预算资金').money(total);
      if (basic) p.t('，其中基本支出').money(basic);
      if (project) p.t('，项目支出').money(project);
      out.push(p.t('。').node());
    } else out.push(new Para().t(`${year}年`).placeholder('部门整体支出绩效目标编报情况').t('。').node());
    out.push({ type: 'heading', level: 3, text: '2、项目绩效目标', id: 'perf-projects' });
    const forms = doc.forms.projects;
    const yuan = forms.map((f) => f.funding.year?.total).filter((m) => m !== undefined).map((m) => toYuan(m));
    const amount = toWan(sumDecimals(yuan.length ? yuan : ['0']));
    // 纳入绩效目标管理: every project of table 12 (本年预算); 公开: the forms published with the disclosure.
    const table = tableOf(doc, 'project-expenditure');
    const projectRows = (table?.rows ?? []).filter((r) => r.role === 'project');
    const projects = amountOf(totalRow(table)?.cells['total']);
    const p = new Para().t(`${year}年${body}纳入绩效目标管理的项目`);
    if (table) p.figure(String(projectRows.length), '个').t('，共计金额').money(projects.value, projects.pos).t('。');
    else p.placeholder('纳入绩效目标管理的项目个数和金额（模型中没有项目支出预算表）').t('。');
    p.t('公开项目绩效目标').figure(String(forms.length), '个').t('，涉及项目金额').money(amount);
    const share = table ? percent(amount, projects.value) : undefined;
    if (share !== undefined) p.t('，占部门项目支出总额的').figure(share, '%');
    out.push(p.t('。').node());
    return out;
  },
};
