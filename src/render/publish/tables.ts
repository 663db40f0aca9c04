import type { Cell, Document, Row, Table } from '../../model/index.js';
import { printedLines } from '../html-parts.js';
import type { BodyRow, HeaderCell, Ids, TableNode } from './tree.js';

const LEVEL: Record<string, 0 | 1 | 2> = { 类: 0, 款: 1, 项: 2 };
const TOTAL_ROLES = new Set<Row['role']>(['grand-total', 'class', 'unit-subtotal', 'subtotal']);
/** Text width, in em, of a portrait A4 page between the margins at the table font size (180 mm at 8.5 pt). */
export const PORTRAIT_EM = 58;
/** The same on a landscape page (267 mm). */
export const LANDSCAPE_EM = 86;

/** Width of a text in em: CJK characters are one em, digits, Latin letters and punctuation about half. */
export function textEm(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u0000-\u024f]/.test(ch) ? 0.56 : 1;
  return w;
}

// A column needs its longest body text plus the cell padding; a header label may wrap, so it asks for at most
// nine characters a line.
function columnWidths(header: readonly (readonly HeaderCell[])[], rows: readonly BodyRow[], width: number): number[] {
  const need = Array.from({ length: width }, () => 3);
  for (const r of rows) r.cells.forEach((c, i) => (need[i] = Math.max(need[i] ?? 0, textEm(c.text) + (i <= 1 && r.level ? 1.2 * r.level : 0) + 0.8)));
  // Lay the header out on a grid (cells spanning down occupy the rows below) to find each column's own label.
  const taken: boolean[][] = header.map(() => Array.from({ length: width }, () => false));
  header.forEach((row, ri) => {
    let col = 0;
    for (const c of row) {
      while (col < width && taken[ri]?.[col]) col += 1;
      for (const tr of taken.slice(ri, ri + c.rowspan)) tr.fill(true, col, col + c.colspan);
      if (c.colspan === 1 && col < width) need[col] = Math.max(need[col] ?? 0, Math.min(textEm(c.text), 9) + 0.8);
      col += c.colspan;
    }
  });
  return need.map((n) => Math.round(n * 10) / 10);
}

/**
 * Header rows with their spans, from the column labels (the header rows above each column joined with “/”):
 * equal label paths merge across, a path shorter than the header's depth spans down to the body.
 */
export function headerCells(labels: readonly string[][]): HeaderCell[][] {
  const depth = Math.max(1, ...labels.map((l) => l.length));
  const rows: HeaderCell[][] = Array.from({ length: depth }, () => []);
  for (let level = 0; level < depth; level += 1) {
    let c = 0;
    while (c < labels.length) {
      const path = labels[c] ?? [];
      if (level >= path.length) {
        c += 1;
        continue;
      }
      const prefix = path.slice(0, level + 1).join('/');
      let end = c + 1;
      // A last level merges only with itself; upper levels merge while the prefix and the depth below agree.
      while (end < labels.length && level < path.length - 1 && (labels[end] ?? []).length > level + 1 && (labels[end] ?? []).slice(0, level + 1).join('/') === prefix) end += 1;
      const last = level === path.length - 1;
      rows[level]?.push({ text: path[level] ?? '', colspan: end - c, rowspan: last ? depth - level : 1 });
      c = end;
    }
  }
  return rows;
}

/**
 * 公开06表 prints its economic codes in side-by-side groups of 科目代码 | 科目名称 | 决算数 (人员经费 first, then 公用经费);
 * the model keeps one list with each row's printed line and side: put the rows of each line back side by side.
 */
function groupedLayout(t: Table): { labels: string[][]; rows: BodyRow[] } {
  const leaf = t.headerRows.at(-1)?.map((c) => c.text.trim()) ?? [];
  const groups = Math.max(2, leaf.filter((x) => /科目代码|科目编码/.test(x)).length);
  const labels = Array.from({ length: groups }, (_, g) => ['科目代码', '科目名称', '决算数'].map((l) => [g === 0 ? '人员经费' : '公用经费', l])).flat();
  const lines = new Map<number, Row[]>();
  for (const r of t.rows) lines.set(r.pos.line, [...(lines.get(r.pos.line) ?? []), r]);
  const rows = [...lines.values()].map((line): BodyRow => {
    const sorted = [...line].sort((a, b) => (a.pos.column?.start ?? 0) - (b.pos.column?.start ?? 0));
    const cells = Array.from({ length: groups }, (_, g) => {
      const r = sorted[g];
      const amount = r?.cells['amount'];
      return r ? [{ text: r.code ?? '', num: false }, { text: tidy(r.name), num: false }, { text: amount?.text ?? '', num: amount?.amount !== undefined, ...(amount ? { source: amount.pos } : {}) }] : [{ text: '', num: false }, { text: '', num: false }, { text: '', num: false }];
    }).flat();
    return { cells, level: 0, total: line.some((r) => r.role === 'subtotal') };
  });
  return { labels, rows };
}

// The printed column-number row (1 2 3 …) under the header of project tables.
function numberRow(t: Table, width: number): HeaderCell[] | undefined {
  const last = t.headerRows.at(-1)?.map((c) => c.text.trim()).filter(Boolean) ?? [];
  if (last.length !== width || !last.every((x) => /^\d+$/.test(x))) return undefined;
  // Under a name column the number stands at the left, where the names start, clear of the amounts' labels.
  return last.map((text, i) => ({ text, colspan: 1, rowspan: 1, ...(i === 0 && !t.columns[0]?.key.match(/total|amount/) ? { left: true as const } : {}) }));
}

/** A model table as the template prints it: title, body name, unit, header with spans, rows with levels, 本表无数据. */
export function tableNode(t: Table, _index: number, doc: Document, ids: Ids): TableNode {
  // Codes the model joined from split 类/款/项 columns are printed in one column; two-sided tables and economic
  // tables keep their codes implicit, as the templates print them.
  const twoSided = t.columns.some((c) => c.key.includes('.'));
  const withCode = !twoSided && !t.columns.some((c) => c.key === 'code') && t.rows.some((r) => r.code && r.classification === 'function');
  const grouped = t.kind === 'final-gpb-basic-detail' ? groupedLayout(t) : undefined;
  const labels = grouped?.labels ?? [...(withCode ? [['科目编码']] : []), ...t.columns.map((c) => c.label.split('/').map((s) => s.trim()))];
  const header = headerCells(labels);
  const numbers = numberRow(t, labels.length);
  if (numbers) header.push(numbers);
  const rows: BodyRow[] = t.noData
    ? []
    : grouped ? grouped.rows : printedLines(t).map(({ row, cells }) => {
        const code: Cell | undefined = withCode ? { text: row.code ?? '', pos: row.pos } : undefined;
        const printed = t.columns.map((c) => {
          const at = cells.get(c.key);
          return at ? { text: tidy(at.cell.text), num: at.cell.amount !== undefined && !isNameKey(c.key), source: at.cell.pos } : { text: '', num: false };
        });
        return {
          cells: [...(code ? [{ text: code.text, num: false }] : []), ...printed],
          level: row.role === 'project' ? 1 : (LEVEL[row.level ?? ''] ?? 0),
          total: TOTAL_ROLES.has(row.role),
          ...(twoSided ? {} : { role: row.role, ...(row.code ? { code: row.code } : {}) }),
        };
      });
  const widths = columnWidths(header, rows, labels.length);
  const total = widths.reduce((a, b) => a + b, 0);
  const noted = t.notes.some((n) => n.text.includes('本表无数据'));
  const notes = [...t.notes.map((n) => n.text), ...(t.noData && !noted ? ['注：本表无数据'] : [])];
  return {
    type: 'table',
    id: ids.next('table'),
    title: t.title,
    ...(t.number ? { number: t.number } : {}),
    bodyLabel: doc.scope === '单位' ? '单位名称' : '部门名称',
    ...(t.bodyName ?? doc.body.name ? { bodyName: t.bodyName ?? doc.body.name } : {}),
    ...(t.unit ? { unit: t.unit } : {}),
    header,
    widths,
    rows,
    noData: t.noData,
    notes,
    wide: total > PORTRAIT_EM,
    // Wider than a landscape page: a smaller type, so that names and labels still hold on one line.
    fontPt: total > LANDSCAPE_EM ? Math.max(6.5, Math.floor((8.5 * LANDSCAPE_EM * 10) / total) / 10) : 8.5,
  };
}

const isNameKey = (key: string): boolean => key === 'name' || key.endsWith('.name') || key === 'code' || key.endsWith('.code') || key.endsWith('lineNo');


// A space between two Chinese characters is where the source wrapped a cell (国有资本经营 预算支出), not text.
const tidy = (text: string): string => text.replace(/(?<=[\u3400-\u9fff）])\s+(?=[\u3400-\u9fff（])/g, '');
