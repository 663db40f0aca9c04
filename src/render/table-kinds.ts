import type { TableKind } from '../model/index.js';

/** The Chinese name of each typed table kind, as the templates title it (year and body left out). */
export const TABLE_KIND_ZH: Record<Exclude<TableKind, 'generic'>, string> = {
  'budget-summary': '预算收支总表',
  'budget-revenue': '预算收入总表',
  'budget-expenditure': '预算支出总表',
  'fiscal-summary': '财政拨款收支总表',
  'gpb-expenditure': '一般公共预算支出预算表',
  'gpb-basic-economic': '一般公共预算安排基本支出分经济科目表',
  'gf-revenue': '政府性基金预算收入表',
  'gf-expenditure': '政府性基金预算支出表',
  'soc-budget': '国有资本经营预算收支预算表',
  'soc-expenditure': '国有资本经营预算支出功能分类预算表',
  'three-public': '财政拨款安排“三公”经费支出预算表',
  'admin-operating': '财政拨款安排机关运行经费预算表',
  'project-expenditure': '项目支出预算表（本年预算）',
  'project-carryover': '项目支出预算表（上年结转）',
  'final-summary': '收入支出决算总表',
  'final-revenue': '收入决算表',
  'final-expenditure': '支出决算表',
  'final-fiscal-summary': '财政拨款收入支出决算总表',
  'final-gpb-expenditure': '一般公共预算财政拨款支出决算表',
  'final-gpb-basic-detail': '一般公共预算财政拨款基本支出决算明细表',
  'final-gf': '政府性基金预算财政拨款收入支出决算表',
  'final-soc': '国有资本经营预算财政拨款支出决算表',
  'final-three-public': '财政拨款“三公”经费支出决算表',
  'final-statistics': '部门决算公开相关信息统计表',
  'sh-budget-summary': '部门财务收支预算总表',
  'sh-three-public-operating': '部门“三公”经费和机关运行经费预算表',
};

/** Name for tables gongkai does not know by kind. */
export const GENERIC_TABLES_ZH = '其他表格';
