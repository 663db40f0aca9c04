import { functionClassCode } from '../../model/index.js';
import type { Column, Row } from '../../model/index.js';
import type { ReadContext } from '../context.js';
import { posOf } from '../context.js';
import { cellAt, roleOfName, textAt } from './cells.js';
import { type ColumnDef, columnLabels, gridWidth, mapColumns } from './columns.js';
import type { ReadOut } from './coded.js';
import { repeatsHeader } from './coded.js';
import type { TableFrame } from './frame.js';
import { compactName } from './patterns.js';

/** Definitions for the two sides of a 收入 | 支出 table. */
export interface SideDefs {
  income: readonly ColumnDef[];
  expenditure: readonly ColumnDef[];
}

/** Where the expenditure side starts: the second column labelled 项目 (or the first labelled 支出…). */
function splitIndex(labels: readonly string[]): number {
  const items = labels.map((l, i) => (/项目$/.test(l) ? i : -1)).filter((i) => i > 0);
  if (items[0] !== undefined) return items[0];
  const out = labels.findIndex((l) => /^(?:本年)?支出/.test(l));
  return out > 0 ? out : Math.ceil(labels.length / 2);
}

/** Read a table printed as two sides on one line: income items and amounts, expenditure items and amounts. */
export function readTwoSided(frame: TableFrame, defs: SideDefs, ctx: ReadContext): ReadOut {
  const width = gridWidth([...frame.header, ...frame.body]);
  const labels = columnLabels(frame.header, width, ctx.format !== 'layout-text');
  const split = splitIndex(labels);
  const sides = [
    { side: 'income', from: 0, to: split, defs: defs.income },
    { side: 'expenditure', from: split, to: width, defs: defs.expenditure },
  ].map((s) => {
    const lineNoIdx = labels.findIndex((l, i) => i > s.from && i < s.to && /行次/.test(l));
    const valueFrom = (lineNoIdx > 0 ? lineNoIdx : s.from) + 1;
    const mapped = mapColumns(labels, valueFrom, s.to, s.defs, ctx, frame.titleLine, `${s.side}.`);
    return { ...s, lineNoIdx, valueFrom, ...mapped };
  });
  const columns: Column[] = [];
  for (const s of sides) {
    columns.push({ key: `${s.side}.name`, label: labels[s.from] ?? '' });
    if (s.lineNoIdx > 0) columns.push({ key: `${s.side}.lineNo`, label: labels[s.lineNoIdx] ?? '' });
    columns.push(...s.columns);
  }
  const unit = frame.unit ?? '万元';
  const rows: Row[] = [];
  for (const line of frame.body) {
    if (!line.text.trim() || repeatsHeader(line, frame.header)) continue;
    for (const s of sides) {
      const name = compactName(textAt(line, s.from)).replace(/\s+/g, '');
      const hasValue = [...s.keyAt.keys()].some((i) => textAt(line, i) !== '');
      if (!name && !hasValue) continue;
      const row: Row = { role: roleOfName(name), name, side: s.side, cells: {}, pos: posOf(ctx, line) };
      const code = s.side === 'expenditure' ? functionClassCode(name) : undefined;
      if (code) Object.assign(row, { code, level: '类', classification: 'function', role: 'class' });
      if (s.lineNoIdx > 0) {
        const ln = textAt(line, s.lineNoIdx);
        if (ln) row.lineNo = ln;
        row.cells[`${s.side}.lineNo`] = cellAt(ctx, line, s.lineNoIdx, unit, false);
      }
      row.cells[`${s.side}.name`] = cellAt(ctx, line, s.from, unit, false);
      for (const [i, key] of s.keyAt) row.cells[key] = cellAt(ctx, line, i, unit);
      rows.push(row);
    }
  }
  return { columns, rows };
}
