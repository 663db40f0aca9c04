import type { TableKind } from '../../model/index.js';
import type { ReadContext } from '../context.js';
import type { ColumnDef } from './columns.js';
import { type ReadOut, readCoded } from './coded.js';
import { THREE_PUBLIC, readBasicDetail, readFinalThreePublic, readGeneric, readSingleRow, readStatistics } from './final.js';
import type { TableFrame } from './frame.js';
import { readEconomicPairs, readNamed, readProjects } from './named.js';
import { readTwoSided } from './two-sided.js';

/** A table kind: how to recognise its title and how to read its body. One entry per kind. */
export interface TableHandler {
  kind: TableKind;
  /** Tested against the title without spaces, year and leading 部门/单位. */
  title: RegExp;
  read(frame: TableFrame, ctx: ReadContext): ReadOut;
}

const c = (key: string, match: RegExp): ColumnDef => ({ key, match });
const SOURCES = [c('gpb', /一般公共预算/), c('gf', /政府性基金/), c('soc', /国有资本/)];
const TOTAL = c('total', /合计$|小计$|^合计|^(?:\d{4}年)?预算数$/);
const BASIC_PROJECT = [TOTAL, c('basic', /基本支出/), c('project', /项目支出/)];
const REVENUE = [
  c('total', /合计$/), ...SOURCES, c('specialAccount', /财政专户/), c('unitFunds', /单位资金/),
  c('fiscal', /财政拨款/), c('business', /^(?:.*\/)?事业收入$/), c('operating', /经营收入/), c('other', /其他收入/), c('carryover', /上年结转/),
];
const FINAL_REVENUE = [
  c('total', /合计/), c('fiscal', /财政拨款/), c('superior', /上级补助/), c('business', /事业收入/),
  c('operating', /经营收入/), c('affiliated', /附属单位/), c('other', /其他收入/),
];
const FINAL_EXPENDITURE = [
  c('total', /合计/), c('basic', /基本支出/), c('project', /项目支出/), c('toSuperior', /上缴上级/),
  c('operating', /经营支出/), c('toAffiliated', /附属单位/),
];
const AMOUNT = c('amount', /./);
// Funds with carry-over: 年初结转和结余, 本年收入, 本年支出 (小计, 基本, 项目), 年末结转和结余; a table without the
// balance columns (Shanxi's 国有资本经营 决算表) simply leaves those keys unused.
const BALANCES = [c('openingBalance', /年初/), c('revenue', /本年收入/), TOTAL, c('basic', /基本支出/), c('project', /项目支出/), c('closingBalance', /年末/)];
const WITH_SOURCES = [TOTAL, ...SOURCES];

/** Every known table kind, most specific titles first. */
export const TABLE_HANDLERS: readonly TableHandler[] = [
  { kind: 'sh-budget-summary', title: /财务收支预算总表$/, read: (f, x) => readTwoSided(f, { income: [AMOUNT], expenditure: [AMOUNT] }, x) },
  { kind: 'budget-summary', title: /^预算收支总表$/, read: (f, x) => readTwoSided(f, { income: [AMOUNT], expenditure: [c('total', /合计/), c('current', /当年/), c('carryover', /结转/)] }, x) },
  { kind: 'fiscal-summary', title: /财政拨款收支(?:预算)?总表$/, read: (f, x) => readTwoSided(f, { income: [AMOUNT], expenditure: WITH_SOURCES }, x) },
  { kind: 'budget-revenue', title: /(?:预算收入总表|收入预算总表)$/, read: (f, x) => readCoded(f, REVENUE, x) },
  { kind: 'budget-expenditure', title: /(?:预算支出总表|支出预算总表)$/, read: (f, x) => readCoded(f, BASIC_PROJECT, x) },
  { kind: 'gpb-basic-economic', title: /一般公共预算(?:安排)?基本支出.*经济/, read: readEconomic },
  { kind: 'gpb-expenditure', title: /一般公共预算支出(?:功能分类)?预算表/, read: (f, x) => readCoded(f, BASIC_PROJECT, x) },
  { kind: 'gf-revenue', title: /政府性基金预算收入(?:预算)?表/, read: (f, x) => readCoded(f, [AMOUNT], x) },
  { kind: 'gf-expenditure', title: /政府性基金预算支出(?:功能分类)?(?:预算)?表/, read: (f, x) => readCoded(f, BASIC_PROJECT, x) },
  { kind: 'soc-budget', title: /国有资本经营预算收支预算表/, read: readGeneric },
  { kind: 'soc-expenditure', title: /国有资本经营预算支出(?:功能分类)?预算表/, read: (f, x) => readCoded(f, BASIC_PROJECT, x) },
  { kind: 'sh-three-public-operating', title: /“三公”经费和机关运行经费(?:预算)?表/, read: (f, x) => readSingleRow(f, [c('adminOperating', /机关运行/), ...THREE_PUBLIC], x) },
  { kind: 'three-public', title: /“三公”经费支出预算表$/, read: (f, x) => readNamed(f, WITH_SOURCES, x) },
  { kind: 'admin-operating', title: /机关运行经费预算表$/, read: (f, x) => readNamed(f, WITH_SOURCES, x) },
  { kind: 'project-carryover', title: /项目支出预算表[（(]上年结转[）)]$/, read: (f, x) => readProjects(f, [TOTAL, ...SOURCES], x, f.bodyName) },
  { kind: 'project-expenditure', title: /项目支出预算表(?:[（(]本年预算[）)])?$/, read: (f, x) => readProjects(f, [TOTAL, ...SOURCES, c('specialAccount', /财政专户/), c('unitFunds', /单位资金/)], x, f.bodyName) },
  { kind: 'final-fiscal-summary', title: /^财政拨款收入支出决算总表$/, read: (f, x) => readTwoSided(f, { income: [AMOUNT], expenditure: WITH_SOURCES }, x) },
  { kind: 'final-summary', title: /^收入支出决算总表$/, read: (f, x) => readTwoSided(f, { income: [AMOUNT], expenditure: [AMOUNT] }, x) },
  { kind: 'final-revenue', title: /^收入决算表$/, read: (f, x) => readCoded(f, FINAL_REVENUE, x) },
  { kind: 'final-expenditure', title: /^支出决算表$/, read: (f, x) => readCoded(f, FINAL_EXPENDITURE, x) },
  { kind: 'final-gpb-basic-detail', title: /一般公共预算财政拨款基本支出决算(?:明细)?表$/, read: readBasicDetail },
  { kind: 'final-gpb-expenditure', title: /一般公共预算财政拨款支出决算表$/, read: (f, x) => readCoded(f, BASIC_PROJECT, x) },
  { kind: 'final-gf', title: /政府性基金预算财政拨款收入支出决算表$/, read: (f, x) => readCoded(f, BALANCES, x) },
  { kind: 'final-soc', title: /国有资本经营预算财政拨款(?:收入)?支出决算表$/, read: (f, x) => readCoded(f, BALANCES, x) },
  { kind: 'final-three-public', title: /“三公”经费支出决算表$/, read: readFinalThreePublic },
  { kind: 'final-statistics', title: /决算公开相关信息统计表$/, read: readStatistics },
];

function readEconomic(frame: TableFrame, ctx: ReadContext): ReadOut {
  const defs = [TOTAL, c('personnel', /人员经费/), c('public', /公用经费/)];
  const coded = frame.header.some((l) => l.cells.some((cell) => /编码|^类$/.test(cell.text.trim())));
  return coded ? readCoded(frame, defs, ctx) : readEconomicPairs(frame, defs, ctx);
}

/** The handler for a title, if gongkai knows the table. */
export function handlerFor(title: string): TableHandler | undefined {
  const t = title
    .replace(/\s+/g, '')
    .replace(/^[一二三四五六七八九十]+、/, '')
    .replace(/^\d{4}年度?/, '')
    .replace(/^(?:部门|单位)/, '');
  return TABLE_HANDLERS.find((h) => h.title.test(t));
}
