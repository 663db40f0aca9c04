import { z } from 'zod';
import { MoneySchema, MoneyUnitSchema } from './money.js';
import { PositionSchema } from './position.js';

/** Every table kind gongkai knows by title and header; `generic` keeps an unknown table whole. */
export const TableKindSchema = z.enum([
  // Shanxi budget template (13 tables)
  'budget-summary', // 预算收支总表
  'budget-revenue', // 预算收入总表
  'budget-expenditure', // 预算支出总表
  'fiscal-summary', // 财政拨款收支总表
  'gpb-expenditure', // 一般公共预算支出预算表
  'gpb-basic-economic', // 一般公共预算安排基本支出分经济科目表
  'gf-revenue', // 政府性基金预算收入表
  'gf-expenditure', // 政府性基金预算支出表
  'soc-budget', // 国有资本经营预算收支预算表
  'soc-expenditure', // 国有资本经营预算支出功能分类预算表 (Shanghai)
  'three-public', // 财政拨款安排“三公”经费支出预算表
  'admin-operating', // 财政拨款安排机关运行经费预算表
  'project-expenditure', // 项目支出预算表（本年预算）
  'project-carryover', // 项目支出预算表（上年结转）
  // Shanxi final-accounts template (公开01–10表)
  'final-summary', // 收入支出决算总表
  'final-revenue', // 收入决算表
  'final-expenditure', // 支出决算表
  'final-fiscal-summary', // 财政拨款收入支出决算总表
  'final-gpb-expenditure', // 一般公共预算财政拨款支出决算表
  'final-gpb-basic-detail', // 一般公共预算财政拨款基本支出决算明细表
  'final-gf', // 政府性基金预算财政拨款收入支出决算表
  'final-soc', // 国有资本经营预算财政拨款支出决算表
  'final-three-public', // 财政拨款“三公”经费支出决算表
  'final-statistics', // 部门决算公开相关信息统计表
  // Shanghai budget template (9 tables)
  'sh-budget-summary', // 部门财务收支预算总表
  'sh-three-public-operating', // 部门“三公”经费和机关运行经费预算表
  'generic',
]);
/** A table kind. */
export type TableKind = z.infer<typeof TableKindSchema>;

/** Role of a row inside its table. */
export const RowRoleSchema = z.enum(['grand-total', 'class', 'subtotal', 'item', 'unit-subtotal', 'project', 'header', 'other']);
/** A row role. */
export type RowRole = z.infer<typeof RowRoleSchema>;

/** Which classification a row code belongs to. */
export const ClassificationSchema = z.enum(['function', 'dept-economic', 'gov-economic']);

/** One printed cell: its text, its amount when it holds one, and where it was. */
export const CellSchema = z.object({
  text: z.string(),
  amount: MoneySchema.optional(),
  pos: PositionSchema,
});
/** A table cell. */
export type Cell = z.infer<typeof CellSchema>;

/** A named column; `label` joins the header rows above it with “/”. */
export const ColumnSchema = z.object({
  key: z.string(),
  label: z.string(),
  unit: MoneyUnitSchema.optional(),
});
/** A table column. */
export type Column = z.infer<typeof ColumnSchema>;

/** A body row: code, name, level, role, and its cells by column key. */
export const RowSchema = z.object({
  role: RowRoleSchema,
  code: z.string().optional(),
  level: z.enum(['类', '款', '项']).optional(),
  classification: ClassificationSchema.optional(),
  name: z.string(),
  /** Second name column (e.g. 政府预算支出经济科目名称 beside 部门预算支出经济科目名称). */
  name2: z.string().optional(),
  /** For side-by-side layouts: which side or group of the printed line (收入/支出, or group 1–4). */
  side: z.string().optional(),
  /** Printed row number (行次) when the table has one. */
  lineNo: z.string().optional(),
  /** For project rows: the unit (单位) whose subtotal row they follow. */
  unitName: z.string().optional(),
  cells: z.record(z.string(), CellSchema),
  pos: PositionSchema,
});
/** A table row. */
export type Row = z.infer<typeof RowSchema>;

/** A table as printed: kind, title, unit, header, rows, notes, and the “本表无数据” flag. */
export const TableSchema = z.object({
  kind: TableKindSchema,
  title: z.string(),
  /** Printed table number such as 预算公开表1 or 公开01表. */
  number: z.string().optional(),
  year: z.number().int().optional(),
  bodyName: z.string().optional(),
  unit: MoneyUnitSchema.optional(),
  columns: z.array(ColumnSchema),
  headerRows: z.array(z.array(CellSchema)),
  rows: z.array(RowSchema),
  noData: z.boolean(),
  notes: z.array(z.object({ text: z.string(), pos: PositionSchema })),
  pos: PositionSchema,
});
/** A table of the disclosure. */
export type Table = z.infer<typeof TableSchema>;
