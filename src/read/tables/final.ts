import type { Column, Row } from '../../model/index.js';
import type { ReadContext } from '../context.js';
import { posOf } from '../context.js';
import { cellAt, codeInfo, joinCode, textAt } from './cells.js';
import { type ColumnDef, columnLabels, gridWidth, mapColumns } from './columns.js';
import type { ReadOut } from './coded.js';
import type { TableFrame } from './frame.js';
import { compactName, isAmountText } from './patterns.js';

/** Read 基本支出决算明细表: (代码, 名称, 决算数) groups side by side, closing with 人员经费合计 / 公用经费合计. */
export function readBasicDetail(frame: TableFrame, ctx: ReadContext): ReadOut {
  const width = gridWidth([...frame.header, ...frame.body]);
  const labels = columnLabels(frame.header, width);
  const starts = labels.map((l, i) => (/代码|编码/.test(l) ? i : -1)).filter((i) => i >= 0);
  const groups = (starts.length ? starts : [0]).map((s) => ({ code: s, name: s + 1, amount: s + 2, side: /^公用/.test(labels[s] ?? '') ? '公用经费' : '人员经费' }));
  const columns: Column[] = groups.flatMap((g, k) => [
    { key: `g${k + 1}.code`, label: labels[g.code] ?? '' },
    { key: `g${k + 1}.name`, label: labels[g.name] ?? '' },
    { key: `g${k + 1}.amount`, label: labels[g.amount] ?? '' },
  ]);
  const unit = frame.unit ?? '万元';
  const rows: Row[] = [];
  for (const line of frame.body) {
    if (!line.text.trim()) continue;
    if (/合计$/.test(textAt(line, 0))) {
      // Totals line: each label is followed (somewhere to its right) by its amount.
      for (let i = 0; i < line.cells.length; i++) {
        const label = textAt(line, i);
        if (!/合计$/.test(label)) continue;
        let j = i + 1;
        while (j < line.cells.length && !isAmountText(textAt(line, j)) && !/合计$/.test(textAt(line, j))) j++;
        const row: Row = { role: 'subtotal', name: label, side: label.replace(/合计$/, ''), cells: { name: cellAt(ctx, line, i, unit, false) }, pos: posOf(ctx, line) };
        if (j < line.cells.length && isAmountText(textAt(line, j))) row.cells['amount'] = cellAt(ctx, line, j, unit);
        rows.push(row);
      }
      continue;
    }
    groups.forEach((g, k) => {
      const codeText = textAt(line, g.code);
      const name = compactName(textAt(line, g.name));
      if (!codeText && !name) return;
      const code = joinCode([codeText]);
      const row: Row = { role: 'item', name, side: g.side, cells: {}, pos: posOf(ctx, line) };
      if (code) Object.assign(row, codeInfo(code), { code, classification: 'dept-economic' });
      row.cells[`g${k + 1}.code`] = cellAt(ctx, line, g.code, unit, false);
      row.cells[`g${k + 1}.name`] = cellAt(ctx, line, g.name, unit, false);
      row.cells['amount'] = cellAt(ctx, line, g.amount, unit);
      rows.push(row);
    });
  }
  return { columns, rows };
}

const THREE_PUBLIC: ColumnDef[] = [
  { key: 'total', match: /合计$/ },
  { key: 'abroad', match: /出国/ },
  { key: 'vehicleTotal', match: /小计$/ },
  { key: 'vehiclePurchase', match: /购置费$/ },
  { key: 'vehicleOps', match: /运行(?:维护)?费$/ },
  { key: 'reception', match: /接待费$/ },
];

/** Read the final 三公 table: one printed line holding 预算数 and 决算数 groups, read as two rows. */
export function readFinalThreePublic(frame: TableFrame, ctx: ReadContext): ReadOut {
  const width = gridWidth([...frame.header, ...frame.body]);
  const labels = columnLabels(frame.header, width);
  const unit = frame.unit ?? '万元';
  const rows: Row[] = [];
  const columns: Column[] = [];
  for (const side of ['预算数', '决算数']) {
    const idx = labels.map((l, i) => (l.startsWith(side) ? i : -1)).filter((i) => i >= 0);
    if (idx.length === 0) continue;
    const { columns: cols, keyAt } = mapColumns(labels, idx[0]!, idx[idx.length - 1]! + 1, THREE_PUBLIC, ctx, frame.titleLine);
    // Both rows share the keys; the columns are listed once, labelled without the 预算数/决算数 prefix.
    if (columns.length === 0) columns.push(...cols.map((c) => ({ ...c, label: c.label.replace(/^[^/]*\//, '') })));
    for (const line of frame.body) {
      if (!line.text.trim()) continue;
      const row: Row = { role: 'item', name: side, side, cells: {}, pos: posOf(ctx, line) };
      for (const [i, key] of keyAt) row.cells[key] = cellAt(ctx, line, i, unit);
      rows.push(row);
    }
  }
  return { columns, rows };
}

/** Read 部门决算公开相关信息统计表: sections (政府采购, 机关运行经费, 国有资产) of rows with 行次 and a value. */
export function readStatistics(frame: TableFrame, ctx: ReadContext): ReadOut {
  const unit = frame.unit ?? '万元';
  const rows: Row[] = [];
  let section = '';
  const lines = [...frame.header, ...frame.body];
  for (const line of lines) {
    const cells = line.cells.map((c) => c.text).filter(Boolean);
    if (cells.length === 0) continue;
    const first = compactName(textAt(line, 0));
    if (cells.length === 1 && /^[一二三四五六七八九十]+、/.test(first)) {
      section = first.replace(/^[一二三四五六七八九十]+、/, '');
      rows.push({ role: 'class', name: first, cells: { name: cellAt(ctx, line, 0, unit, false) }, pos: posOf(ctx, line) });
      continue;
    }
    if (/^项目$/.test(first)) continue;
    const money = !/资产|车辆|设备/.test(section) || /万元/.test(first);
    const valueIdx = line.cells.length - 1;
    const row: Row = { role: /合计/.test(first) ? 'subtotal' : 'item', name: first, side: section, cells: { name: cellAt(ctx, line, 0, unit, false) }, pos: posOf(ctx, line) };
    const ln = line.cells.length >= 3 ? textAt(line, 1) : '';
    if (ln) {
      row.lineNo = ln;
      row.cells['lineNo'] = cellAt(ctx, line, 1, unit, false);
    }
    row.cells['value'] = cellAt(ctx, line, valueIdx, unit, money);
    rows.push(row);
  }
  return {
    columns: [
      { key: 'name', label: '项目' },
      { key: 'lineNo', label: '行次' },
      { key: 'value', label: '统计数' },
    ],
    rows,
  };
}

/** Read any table whose kind gongkai does not know: header labels as columns c0…cn, each line a row. */
export function readGeneric(frame: TableFrame, ctx: ReadContext): ReadOut {
  const width = gridWidth([...frame.header, ...frame.body]);
  const labels = columnLabels(frame.header, width);
  const columns: Column[] = labels.map((label, i) => ({ key: `c${i}`, label }));
  const unit = frame.unit ?? '万元';
  const rows: Row[] = [];
  for (const line of frame.body) {
    if (!line.text.trim()) continue;
    const texts = line.cells.map((c) => c.text);
    const codeLen = texts.findIndex((t) => !/^\d{1,3}$/.test(t.trim()));
    const code = codeLen > 0 ? joinCode(texts.slice(0, codeLen)) : undefined;
    const name = compactName(texts.find((t) => t && !/^\d/.test(t) && !isAmountText(t)) ?? '');
    const row: Row = code ? { ...codeInfo(code), code, name, cells: {}, pos: posOf(ctx, line) } : { role: 'other', name, cells: {}, pos: posOf(ctx, line) };
    for (let i = 0; i < width; i++) if (line.cells[i]) row.cells[`c${i}`] = cellAt(ctx, line, i, unit, isAmountText(texts[i] ?? ''));
    rows.push(row);
  }
  return { columns, rows };
}
