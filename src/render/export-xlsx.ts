import ExcelJS from 'exceljs';
import { RULES, type Rule } from '../check/index.js';
import { type Cell, type Document, type Row, type Table, type TableKind, TableKindSchema } from '../model/index.js';
import { DOC_KIND_ZH, SEVERITY_ZH, countFindings } from './checked.js';
import type { ExportItem } from './export-item.js';
import { type FindingRecord, findingRecord } from './findings-csv.js';
import { indexPlaces } from './locate.js';
import { GENERIC_TABLES_ZH, TABLE_KIND_ZH } from './table-kinds.js';

type Value = string | number | null;
/** A sheet column: header, width, and how to read its value from a row of the sheet's source. */
interface SheetColumn<T> {
  header: string;
  width: number;
  get(x: T): Value | Cell | undefined;
}

// Keys that name or number a row rather than hold one of its figures; they have their own columns.
const DESCRIPTIVE_KEY = /(?:^|\.)(?:code|name|name2|lineNo|unitName)$/;
const SIDE_ZH: Record<string, string> = { income: '收入', expenditure: '支出' };
// Amounts of up to 15 significant digits survive a binary double exactly when printed back at their scale.
const MAX_DIGITS = 15;

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 2)}(${n})`;
  return name;
}

/** Digits after the decimal point of an exact decimal string. */
function scaleOf(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

/** Number format showing a decimal at its own scale (2 for amounts in 万元 as printed). */
function numberFormat(scale: number): string {
  return scale === 0 ? '#,##0' : `#,##0.${'0'.repeat(scale)}`;
}

/**
 * Put a table cell into a sheet cell: an amount as a number with a format at its scale, so that the number
 * shown (and the number read back, printed at that scale) is the exact decimal read; an amount too long for a
 * double stays text; other printed text as text; a blank stays blank (not zero).
 */
function setCell(target: ExcelJS.Cell, v: Value | Cell | undefined): void {
  if (v === undefined || v === null) return;
  if (typeof v !== 'object') {
    target.value = v;
    return;
  }
  const exact = v.amount?.value;
  if (exact !== undefined && exact.replace(/[^0-9]/g, '').replace(/^0+/, '').length <= MAX_DIGITS) {
    target.value = Number(exact);
    target.numFmt = numberFormat(scaleOf(exact));
  } else if (v.text !== '') target.value = exact ?? v.text;
}

/** A sheet with a frozen, filterable header row and one row per source item. */
function addSheet<T>(wb: ExcelJS.Workbook, taken: Set<string>, wanted: string, columns: readonly SheetColumn<T>[], items: Iterable<T>): void {
  const name = sheetName(wanted, taken);
  taken.add(name.toLowerCase());
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  let r = 2;
  for (const x of items) {
    const row = ws.getRow(r++);
    columns.forEach((c, i) => setCell(row.getCell(i + 1), c.get(x)));
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

/** A column label without the year, so that one header serves every year (“2026年预算数/合计” → “预算数/合计”). */
export function yearlessLabel(label: string): string {
  const s = label.replace(/(?:19|20)\d{2}(?:年度|年)?/g, '').replace(/\/{2,}/g, '/').replace(/^\/|\/$/g, '');
  return s || label;
}

interface KindRow {
  item: ExportItem;
  table: Table;
  row: Row;
}

/** The columns of a kind's sheet: who and when, the row's code and names, then every figure column by label. */
function kindColumns(rows: readonly KindRow[], tables: readonly Table[]): SheetColumn<KindRow>[] {
  const labels = new Map<string, string[]>();
  for (const t of tables) {
    for (const c of t.columns) {
      if (DESCRIPTIVE_KEY.test(c.key)) continue;
      const seen = labels.get(c.key) ?? [];
      const l = yearlessLabel(c.label);
      if (!seen.includes(l)) seen.push(l);
      labels.set(c.key, seen);
    }
  }
  const label2 = tables.flatMap((t) => t.columns.filter((c) => c.key === 'name2').map((c) => c.label))[0];
  const some = (has: (r: Row) => unknown): boolean => rows.some((x) => has(x.row));
  return [
    ...docColumns<KindRow>((x) => x.item, (x) => x.item.doc),
    { header: '金额单位', width: 9, get: (x) => x.table.unit },
    { header: '科目编码', width: 11, get: (x) => x.row.code },
    { header: '项目', width: 30, get: (x) => x.row.name },
    ...(label2 ? [{ header: label2, width: 24, get: (x: KindRow) => x.row.name2 }] : []),
    ...(some((r) => r.side) ? [{ header: '栏', width: 10, get: (x: KindRow) => (x.row.side ? (SIDE_ZH[x.row.side] ?? x.row.side) : undefined) }] : []),
    ...(some((r) => r.lineNo) ? [{ header: '行次', width: 6, get: (x: KindRow) => x.row.lineNo }] : []),
    ...(some((r) => r.unitName) ? [{ header: '所属单位', width: 24, get: (x: KindRow) => x.row.unitName }] : []),
    ...distinctHeaders(labels).map(([key, header]): SheetColumn<KindRow> => ({ header, width: 14, get: (x) => x.row.cells[key] })),
  ];
}

/**
 * One header per figure column: its labels over the documents joined; where two columns would read alike (both
 * sides of a two-sided table printed 决算数) the side is put in front, and failing that the key after.
 */
function distinctHeaders(labels: ReadonlyMap<string, readonly string[]>): [string, string][] {
  const plain = [...labels].map(([key, ls]): [string, string] => [key, ls.join(' | ')]);
  const clash = (list: readonly [string, string][], h: string): boolean => list.filter(([, x]) => x === h).length > 1;
  const sided = plain.map(([key, h]): [string, string] => {
    const side = key.includes('.') ? key.slice(0, key.indexOf('.')) : undefined;
    return [key, clash(plain, h) && side ? `${SIDE_ZH[side] ?? side}/${h}` : h];
  });
  return sided.map(([key, h]) => [key, clash(sided, h) ? `${h} (${key})` : h]);
}

/** 文件, 单位名称, 年度: which document a sheet row comes from. */
function docColumns<T>(item: (x: T) => ExportItem, doc: (x: T) => Document): SheetColumn<T>[] {
  return [
    { header: '文件', width: 36, get: (x) => item(x).file },
    { header: '单位名称', width: 22, get: (x) => doc(x).body.name },
    { header: '年度', width: 7, get: (x) => doc(x).year },
  ];
}

interface GenericCell {
  item: ExportItem;
  table: Table;
  row: Row;
  key: string;
  cell: Cell;
}

/** Tables of no known kind, in long form: their columns differ from table to table. */
const GENERIC_COLUMNS: SheetColumn<GenericCell>[] = [
  ...docColumns<GenericCell>((x) => x.item, (x) => x.item.doc),
  { header: '表格', width: 30, get: (x) => x.table.title },
  { header: '金额单位', width: 9, get: (x) => x.cell.amount?.unit ?? x.table.unit },
  { header: '行号', width: 6, get: (x) => x.table.rows.indexOf(x.row) + 1 },
  { header: '项目', width: 30, get: (x) => x.row.name },
  { header: '列', width: 24, get: (x) => x.table.columns.find((c) => c.key === x.key)?.label ?? x.key },
  { header: '内容', width: 16, get: (x) => x.cell },
];

const DOC_COLUMNS: SheetColumn<ExportItem>[] = [
  ...docColumns<ExportItem>((x) => x, (x) => x.doc),
  { header: '类型', width: 10, get: (x) => `${x.doc.scope ?? ''}${DOC_KIND_ZH[x.doc.kind]}` },
  { header: '模板', width: 16, get: (x) => x.doc.template },
  { header: '表格数', width: 7, get: (x) => x.doc.tables.length },
  { header: '错误', width: 6, get: (x) => countFindings(x.findings).error },
  { header: '警告', width: 6, get: (x) => countFindings(x.findings).warning },
  { header: '提示', width: 6, get: (x) => countFindings(x.findings).info },
];

/**
 * The XLSX export: a sheet 文档 (one row per document), one sheet per table kind present (named by the kind,
 * one row per table row of every document), 其他表格 for tables of no known kind, and 发现 (the findings worded).
 */
export async function exportXlsx(items: readonly ExportItem[], rules: readonly Rule[] = RULES): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gongkai';
  const taken = new Set<string>();
  addSheet(wb, taken, '文档', DOC_COLUMNS, items);
  for (const kind of TableKindSchema.options) {
    if (kind === 'generic') continue;
    const tables = items.flatMap((item) => item.doc.tables.filter((t) => t.kind === kind).map((table) => ({ item, table })));
    if (tables.length === 0) continue;
    const rows = tables.flatMap(({ item, table }) => table.rows.map((row) => ({ item, table, row })));
    addSheet(wb, taken, TABLE_KIND_ZH[kind as Exclude<TableKind, 'generic'>], kindColumns(rows, tables.map((t) => t.table)), rows);
  }
  const generic = items.flatMap((item) =>
    item.doc.tables
      .filter((t) => t.kind === 'generic')
      .flatMap((table) => table.rows.flatMap((row) => Object.entries(row.cells).filter(([, cell]) => cell.text !== '').map(([key, cell]) => ({ item, table, row, key, cell })))),
  );
  if (items.some((it) => it.doc.tables.some((t) => t.kind === 'generic'))) addSheet(wb, taken, GENERIC_TABLES_ZH, GENERIC_COLUMNS, generic);
  addSheet(wb, taken, '发现', FINDING_COLUMNS, findingRecords(items, rules));
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf);
}

function findingRecords(items: readonly ExportItem[], rules: readonly Rule[]): FindingRecord[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  return items.flatMap((it) => {
    const places = indexPlaces(it.doc);
    return it.findings.map((f) => findingRecord(it.file, f, byId, places));
  });
}

const FINDING_COLUMNS: SheetColumn<FindingRecord>[] = [
  { header: '文件', width: 36, get: (r) => r.file },
  { header: '规则', width: 30, get: (r) => r.rule },
  { header: '级别', width: 6, get: (r) => SEVERITY_ZH[r.severity] },
  { header: '行', width: 6, get: (r) => r.line },
  { header: '表格', width: 30, get: (r) => r.table },
  { header: '行项目', width: 24, get: (r) => r.row },
  { header: '列', width: 20, get: (r) => r.columnLabel },
  { header: '应为', width: 14, get: (r) => r.expected },
  { header: '实为', width: 14, get: (r) => r.actual },
  { header: '说明', width: 80, get: (r) => r.message },
];
