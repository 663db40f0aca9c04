// 目录: the parts, tables and sections with the page each would start on (one page per table, two sections a page,
// one page per form), as a PDF's table of contents is extracted.

import type { BudgetData } from './budget.js';
import { zh, type Writer } from './writer.js';

/** Titles of the thirteen tables (after the year). */
export const TABLE_TITLES = [
  '预算收支总表',
  '预算收入总表',
  '预算支出总表',
  '财政拨款收支总表',
  '一般公共预算支出预算表（不含上年结转）',
  '一般公共预算安排基本支出分经济科目表（不含上年结转）',
  '政府性基金预算收入表（不含上年结转）',
  '政府性基金预算支出表（不含上年结转）',
  '国有资本经营预算收支预算表（不含上年结转）',
  '财政拨款安排“三公”经费支出预算表',
  '财政拨款安排机关运行经费预算表',
  '项目支出预算表（本年预算）',
  '项目支出预算表（上年结转）',
];

/** Headings of the twelve numbered sections of 情况说明. */
export const SECTION_TITLES = [
  '部门预算收支数据变动情况及原因',
  '收入预算情况说明',
  '支出预算情况说明',
  '财政拨款收支预算总体情况说明',
  '一般公共预算支出情况说明',
  '一般公共预算基本支出情况说明',
  '“三公”经费增减变动原因说明',
  '机关运行经费增减变动原因说明',
  '政府采购情况',
  '绩效管理情况',
  '国有资产占有使用情况',
  '其他说明',
];

/** Write the table of contents. */
export function writeContents(w: Writer, d: BudgetData): void {
  const y = d.opts.year;
  w.para('目 录');
  w.row('第一部分 概况', '1');
  w.row('一、本部门职责.....', '1');
  w.row('二、机构设置情况.....', '2');
  w.row(`第二部分 ${y}年部门预算报表`, '3');
  TABLE_TITLES.forEach((t, i) => w.row(`表${zh(i + 1)}${y}年${t}.....`, String(3 + i)));
  const start = 3 + TABLE_TITLES.length;
  w.row(`第三部分 ${y}年度部门预算情况说明`, String(start));
  let page = start;
  SECTION_TITLES.forEach((t, i) => {
    if (i === 10) page += d.projects.length + 2;
    else if (i > 0 && i % 2 === 0) page++;
    w.row(`${zh(i + 1)}、${t}.....`, String(page));
  });
  w.row('（一）政府购买服务指导性目录.....', String(page));
  w.row('（二）其他.....', String(page));
  w.row('第四部分 名词解释.....', String(page + 1));
  w.blank();
}
