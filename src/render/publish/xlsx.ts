import ExcelJS from 'exceljs';
import { compareDecimals, parseDecimal, sumDecimals } from '../../model/decimal.js';
import { sheetName } from '../export-xlsx.js';
import type { BodyRow, PublishNode, TableNode } from './tree.js';

// Amounts of up to 15 significant digits survive a binary double exactly when shown at their own scale.
const MAX_DIGITS = 15;

/** The rows a total row adds up, by the model's roles and codes: 合计 of the 类, a 类 of its 款, a 款 of its 项, a unit of its projects. */
export function summedRows(rows: readonly BodyRow[], i: number): number[] {
  const r = rows[i];
  if (!r) return [];
  const code = r.code ?? '';
  if (r.role === 'grand-total') {
    const classes = rows.flatMap((x, k) => (x.code?.length === 3 ? [k] : []));
    if (classes.length) return classes;
    const units = rows.flatMap((x, k) => (x.role === 'unit-subtotal' ? [k] : []));
    if (units.length) return units;
    return [];
  }
  if (r.role === 'unit-subtotal') {
    const out: number[] = [];
    for (let k = i + 1; k < rows.length && rows[k]?.role === 'project'; k++) out.push(k);
    return out;
  }
  if (code.length === 3 || code.length === 5) {
    const child = code.length + 2;
    return rows.flatMap((x, k) => (x.code?.length === child && x.code.startsWith(code) ? [k] : []));
  }
  return [];
}

const amount = (text: string | undefined): string | undefined => (text === undefined || text.trim() === '' ? undefined : parseDecimal(text));

// A1 references of the summed cells: a range when they are consecutive rows.
function sumFormula(ws: ExcelJS.Worksheet, rows: readonly number[], col: number): string {
  const refs = rows.map((r) => ws.getCell(r, col).address);
  const consecutive = rows.every((r, k) => k === 0 || r === (rows[k - 1] ?? 0) + 1);
  return consecutive && refs.length > 1 ? `SUM(${refs[0]}:${refs.at(-1)})` : `SUM(${refs.join(',')})`;
}

function tableSheet(wb: ExcelJS.Workbook, taken: Set<string>, t: TableNode): void {
  const name = sheetName(t.title.replace(/^\d{4}年/, ''), taken);
  taken.add(name.toLowerCase());
  const ws = wb.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: t.wide ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const width = t.widths.length;
  ws.columns = t.widths.map((w) => ({ width: Math.max(8, Math.round(w * 2.1)) }));
  ws.mergeCells(1, 1, 1, width);
  Object.assign(ws.getCell(1, 1), { value: t.title, alignment: { horizontal: 'center' }, font: { size: 14 } });
  ws.getCell(2, 1).value = `${t.bodyLabel}：${t.bodyName ?? ''}`;
  if (t.unit) Object.assign(ws.getCell(2, width), { value: `单位：${t.unit}`, alignment: { horizontal: 'right' } });
  // Header: lay the spans out on the grid, merging what spans.
  const top = 3;
  const taken2 = t.header.map(() => new Array<boolean>(width).fill(false));
  t.header.forEach((row, ri) => {
    let col = 0;
    for (const c of row) {
      while (col < width && taken2[ri]?.[col]) col++;
      for (const tr of taken2.slice(ri, ri + c.rowspan)) tr.fill(true, col, col + c.colspan);
      const r0 = top + ri;
      if (c.colspan > 1 || c.rowspan > 1) ws.mergeCells(r0, col + 1, r0 + c.rowspan - 1, col + c.colspan);
      Object.assign(ws.getCell(r0, col + 1), { value: c.text, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } });
      col += c.colspan;
    }
  });
  const first = top + t.header.length;
  ws.views = [{ state: 'frozen', ySplit: first - 1 }];
  t.rows.forEach((r, i) => {
    r.cells.forEach((c, k) => {
      const cell = ws.getCell(first + i, k + 1);
      const value = c.num ? amount(c.text) : undefined;
      if (value !== undefined && value.replace(/\D/g, '').replace(/^0+/, '').length <= MAX_DIGITS) {
        cell.value = Number(value);
        cell.numFmt = '#,##0.00';
      } else if (c.text !== '') cell.value = c.text;
      if (k <= 1 && r.level && !c.num) cell.alignment = { indent: r.level };
    });
  });
  // Totals as formulas, where the printed total is exactly the sum of the rows it totals (a total that differs —
  // 尾差 or an error — keeps its printed value, so the sheet shows what was published).
  t.rows.forEach((r, i) => {
    const parts = summedRows(t.rows, i);
    if (parts.length === 0) return;
    r.cells.forEach((c, k) => {
      const total = c.num ? amount(c.text) : undefined;
      if (total === undefined) return;
      const sum = sumDecimals(parts.map((p) => amount(t.rows[p]?.cells[k]?.text) ?? '0'));
      if (compareDecimals(sum, total) !== 0) return;
      ws.getCell(first + i, k + 1).value = { formula: sumFormula(ws, parts.map((p) => first + p), k + 1), result: Number(total) };
    });
  });
  t.notes.forEach((n, i) => (ws.getCell(first + t.rows.length + 1 + i, 1).value = n));
  for (let r = top; r < first + t.rows.length; r++)
    for (let c = 1; c <= width; c++) ws.getCell(r, c).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
}

/** The tables of a published tree as a workbook: one sheet per table as printed, totals as =SUM formulas. */
export async function publishXlsx(tree: readonly PublishNode[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gongkai';
  const taken = new Set<string>();
  for (const n of tree) if (n.type === 'table') tableSheet(wb, taken, n);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
