import type { Cell, CellValue, Worksheet } from 'exceljs';
import { LineBuilder } from './grid.js';
import { formatDate, formatNumber } from './numfmt.js';
import { type Extracted, type FormatReader, ReadFailure } from './types.js';
import { guardInflatedSize, isOle, isZip, zipEntries } from './zip.js';

/** Whether a ZIP package is a workbook (it holds `xl/workbook.xml`). */
export function isWorkbook(bytes: Uint8Array): boolean {
  return isZip(bytes) && (zipEntries(bytes)?.some((e) => e.name === 'xl/workbook.xml') ?? false);
}

/** A sheet name as a reference prefix: quoted as the spreadsheet quotes it when it holds spaces or punctuation. */
export function sheetRef(name: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** The text a cell shows: numbers and dates through the cell's number format, formulas by their cached result. */
export function shownText(cell: Cell): string {
  if (cell.type === 1) return ''; // a merged cell's other slots: its value is printed in the first one only
  return valueText(cell.value, cell.numFmt);
}

function valueText(v: CellValue | undefined, numFmt: string | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatNumber(v, numFmt);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return formatDate(v, numFmt);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('error' in v) return v.error;
  if ('formula' in v || 'sharedFormula' in v) return valueText(v.result, numFmt);
  if ('text' in v) return typeof v.text === 'string' ? v.text : valueText(v.text, numFmt);
  return '';
}

const TITLE_NAME = /表/;

/** The lines of one sheet: blocks of rows between blank rows; a block that holds a grid keeps every row at its width. */
function sheetLines(ws: Worksheet, out: LineBuilder): void {
  const rows: { r: number; cells: string[]; width: number }[] = [];
  let minCol = Infinity;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: string[] = [];
    let width = 0;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const text = shownText(cell).trim();
      cells[c - 1] = text;
      // A merged range's slots count towards the width even when empty: the header spans them.
      if (text || cell.type === 1) width = Math.max(width, c);
      if (text) minCol = Math.min(minCol, c);
    });
    if (cells.some((t) => t)) rows.push({ r, cells, width });
  });
  if (rows.length === 0) return;
  const name = ws.name;
  const ref = sheetRef(name);
  // A workbook often names each sheet by its table; a sheet that does not print its title gets it from its name.
  if (TITLE_NAME.test(name) && !/^sheet\d*$/i.test(name) && !rows.slice(0, 5).some((x) => x.cells.some((t) => t?.replace(/\s/g, '').includes(name.replace(/\s/g, ''))))) out.text(name, ref);
  let i = 0;
  while (i < rows.length) {
    let j = i + 1;
    while (j < rows.length && rows[j]!.r === rows[j - 1]!.r + 1) j++;
    const block = rows.slice(i, j);
    const first = minCol;
    const grid = block.some((x) => x.cells.some((t, k) => t && k + 1 > first));
    const width = Math.max(...block.map((x) => x.width)) - first + 1;
    for (const x of block) {
      const at = `${ref}!${columnLetters(first)}${x.r}`;
      if (grid) {
        const cells = Array.from({ length: width }, (_, k) => x.cells[first - 1 + k] ?? '');
        out.row(cells, at, (k) => `${ref}!${columnLetters(first + k)}${x.r}`);
      } else out.text(x.cells.filter((t) => t).join(' '), at);
    }
    out.blank();
    i = j;
  }
}

/** Excel workbooks (.xlsx): each sheet in order, its rows as lines of cells; old binary .xls/.doc files are refused. */
export const xlsxReader: FormatReader = {
  id: 'xlsx',
  extensions: ['.xlsx', '.xlsm'],
  claims: (bytes) => isOle(bytes) || isWorkbook(bytes),
  async read(bytes: Uint8Array, file: string, opts): Promise<Extracted> {
    if (isOle(bytes)) throw new ReadFailure('unsupported', 'this is an old binary Excel/Word file: save it as .xlsx/.docx');
    const entries = zipEntries(bytes);
    if (!entries) throw new ReadFailure('corrupt', 'the file is a damaged ZIP archive: it cannot be opened as an Excel workbook');
    guardInflatedSize(entries, opts.limits.maxBytes);
    // exceljs takes a while to load: only workbooks pay for it.
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0]);
    } catch (e) {
      throw new ReadFailure('corrupt', `the workbook cannot be read (${e instanceof Error ? e.message : String(e)})`);
    }
    const out = new LineBuilder(file);
    for (const ws of wb.worksheets) if (ws.state === 'visible' || ws.state === undefined) sheetLines(ws, out);
    return out.done('xlsx', {}, 'the workbook holds no text (no sheet has a filled cell)');
  },
};
