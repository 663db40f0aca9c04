import { ECONOMIC_CLASSES, compareDecimals, sumDecimals } from '../../model/index.js';
import type { Column, Row } from '../../model/index.js';
import type { ReadContext } from '../context.js';
import { diag, posOf } from '../context.js';
import type { SourceLine } from '../lines/types.js';
import { cellAt, roleOfName, textAt, valuesEmpty } from './cells.js';
import { type ColumnDef, columnLabels, gridWidth, mapColumns } from './columns.js';
import { type ReadOut, repeatsHeader } from './coded.js';
import type { TableFrame } from './frame.js';
import { compactName } from './patterns.js';

/** Read a table of named rows (first `names` columns are text) followed by value columns. */
export function readNamed(
  frame: TableFrame,
  defs: readonly ColumnDef[],
  ctx: ReadContext,
  names = 1,
): ReadOut & { lines: SourceLine[] } {
  const width = gridWidth([...frame.header, ...frame.body]);
  const labels = columnLabels(frame.header, width, ctx.format !== 'layout-text');
  const { columns: valueCols, keyAt } = mapColumns(labels, names, width, defs, ctx, frame.titleLine);
  const columns: Column[] = [{ key: 'name', label: labels[0] ?? '' }];
  if (names > 1) columns.push({ key: 'name2', label: labels[1] ?? '' });
  columns.push(...valueCols);
  const unit = frame.unit ?? '万元';
  const rows: Row[] = [];
  const lines: SourceLine[] = [];
  let adjacent = false;
  let prevNo = -1;
  for (const line of frame.body) {
    if (!line.text.trim()) {
      adjacent = false;
      continue;
    }
    if (repeatsHeader(line, frame.header)) continue;
    const name = compactName(textAt(line, 0));
    const last = rows[rows.length - 1];
    // Lines left out of the body between (blank lines) mean this one is not the rest of a name: web pages and Word
    // files close a table with one, and the paragraph after the table is prose.
    const follows = line.no === prevNo + 1;
    prevNo = line.no;
    if (last && adjacent && follows && name && line.cells.length === 1) {
      last.name += name;
      diag(ctx, 'info', 'wrapped-cell', `“${name}” joined to the row above`, posOf(ctx, line));
      continue;
    }
    if (!name && valuesEmpty(line, names) && !textAt(line, 1)) continue;
    const row: Row = { role: roleOfName(name), name, cells: { name: cellAt(ctx, line, 0, unit, false) }, pos: posOf(ctx, line) };
    if (names > 1) {
      const name2 = compactName(textAt(line, 1));
      if (name2) row.name2 = name2;
      row.cells['name2'] = cellAt(ctx, line, 1, unit, false);
    }
    for (const [i, key] of keyAt) row.cells[key] = cellAt(ctx, line, i, unit);
    rows.push(row);
    lines.push(line);
    adjacent = true;
  }
  return { columns, rows, lines };
}

/** Read 一般公共预算安排基本支出分经济科目表 printed as name pairs: 部门预算经济科目 | 政府预算经济科目. */
export function readEconomicPairs(frame: TableFrame, defs: readonly ColumnDef[], ctx: ReadContext): ReadOut {
  const out = readNamed(frame, defs, ctx, 2);
  for (const row of out.rows) {
    const code = ECONOMIC_CLASSES[row.name];
    if (row.role === 'grand-total') continue;
    if (!row.name2 && code) Object.assign(row, { role: 'class', code, level: '类', classification: 'dept-economic' });
    else Object.assign(row, { classification: 'dept-economic', level: '款' });
  }
  return out;
}

/** Read 项目支出预算表: the department row, then each unit's subtotal row followed by its projects. */
export function readProjects(frame: TableFrame, defs: readonly ColumnDef[], ctx: ReadContext, bodyName?: string): ReadOut {
  const out = readNamed(frame, defs, ctx);
  const rows = out.rows;
  const total = (r: Row | undefined): string => r?.cells['total']?.amount?.value ?? '0';
  let i = 0;
  const first = rows[0];
  if (first && (first.name === bodyName || first.role === 'grand-total' || isDoubleSum(rows))) {
    first.role = 'grand-total';
    i = 1;
  }
  const rest = rows.slice(i).map((r) => total(r));
  if (i === 1 && rest.length > 0 && withinRounding(sumDecimals(rest), total(first), rest.length)) {
    // One unit only (单位预算): every row after the total is a project.
    for (const r of rows.slice(1)) r.role = 'project';
    return out;
  }
  while (i < rows.length) {
    const unit = rows[i]!;
    // A unit row is followed by projects that add up to it (尾差 aside); greedy, checked by arithmetic.
    let j = i + 1;
    const parts: string[] = [];
    while (j < rows.length && compareDecimals(sumDecimals(parts), total(unit)) < 0) parts.push(total(rows[j++]));
    if (parts.length > 0 && withinRounding(sumDecimals(parts), total(unit), parts.length)) {
      unit.role = 'unit-subtotal';
      for (let k = i + 1; k < j; k++) Object.assign(rows[k]!, { role: 'project', unitName: unit.name });
      i = j;
    } else {
      unit.role = 'project';
      const owner = [...rows.slice(0, i)].reverse().find((r) => r.role === 'unit-subtotal');
      if (owner) unit.unitName = owner.name;
      diag(ctx, 'warning', 'project-unit-guess', `cannot tell whether “${unit.name}” is a unit or a project; read as a project`, unit.pos);
      i++;
    }
  }
  return out;
}

function isDoubleSum(rows: readonly Row[]): boolean {
  const values = rows.slice(1).map((r) => r.cells['total']?.amount?.value ?? '0');
  const first = rows[0]?.cells['total']?.amount?.value;
  if (!first || values.length === 0) return false;
  const twice = sumDecimals([first, first]);
  return withinRounding(sumDecimals(values), twice, values.length);
}

function withinRounding(a: string, b: string, parts: number): boolean {
  const diff = sumDecimals([a, b.startsWith('-') ? b.slice(1) : `-${b}`]).replace('-', '');
  return compareDecimals(diff, sumDecimals(Array.from({ length: parts }, () => '0.01'))) <= 0;
}
