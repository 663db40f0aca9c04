import type { Column, Row } from '../../model/index.js';
import type { ReadContext } from '../context.js';
import { diag, posOf } from '../context.js';
import { cellAt, codeInfo, joinCode, textAt } from './cells.js';
import { type ColumnDef, columnLabels, gridWidth, mapColumns } from './columns.js';
import type { ReadOut } from './coded.js';
import type { TableFrame } from './frame.js';
import type { SourceLine } from '../lines/types.js';
import { type Piece, assemble } from './wrap.js';
import { compactName, isAmountText } from './patterns.js';

/** Read 基本支出决算明细表: (代码, 名称, 决算数) groups printed side by side, read as one list of economic codes. */
export function readBasicDetail(frame: TableFrame, ctx: ReadContext): ReadOut {
  const width = gridWidth([...frame.header, ...frame.body]);
  const labels = columnLabels(frame.header, width, ctx.format !== 'layout-text');
  const starts = labels.map((l, i) => (/代码|编码/.test(l) ? i : -1)).filter((i) => i >= 0);
  const groups = (starts.length ? starts : [0]).map((s, k) => ({ code: s, name: s + 1, amount: s + 2, side: k === 0 ? '人员经费' : '公用经费' }));
  const columns: Column[] = [
    { key: 'code', label: labels[groups[0]?.code ?? 0] ?? '' },
    { key: 'name', label: labels[groups[0]?.name ?? 1] ?? '' },
    { key: 'amount', label: labels[groups[0]?.amount ?? 2] ?? '' },
  ];
  const unit = frame.unit ?? '万元';
  const rows: Row[] = [];
  const totals: Row[] = [];
  const body = frame.body.filter((l) => l.text.trim());
  for (const line of body.filter((l) => /合计$/.test(textAt(l, 0)) || l.cells.some((c, i) => i > 0 && /^(?:人员|公用)经费合计$/.test(c.text)))) {
    // Totals line: each label is followed (somewhere to its right) by its amount.
    for (let i = 0; i < line.cells.length; i++) {
      const label = textAt(line, i);
      if (!/合计$/.test(label)) continue;
      let j = i + 1;
      while (j < line.cells.length && !isAmountText(textAt(line, j)) && !/合计$/.test(textAt(line, j))) j++;
      const row: Row = { role: 'subtotal', name: label, side: label.replace(/合计$/, ''), cells: { name: cellAt(ctx, line, i, unit, false) }, pos: posOf(ctx, line) };
      if (j < line.cells.length && isAmountText(textAt(line, j))) row.cells['amount'] = cellAt(ctx, line, j, unit);
      totals.push(row);
    }
  }
  const items = body.filter((l) => !totals.some((t) => t.pos.line === l.no));
  for (const g of groups) {
    const pieces: Piece<SourceLine>[] = items.map((line) => ({
      line,
      code: joinCode([textAt(line, g.code)]) !== undefined,
      name: compactName(textAt(line, g.name)),
      values: textAt(line, g.amount) !== '' && !/^—+$/.test(textAt(line, g.amount)) ? true : textAt(line, g.amount) !== '',
    }));
    for (const rec of assemble(pieces)) {
      const line = rec.anchor.line;
      const codeLine = rec.codeLine ?? line;
      const code = joinCode([textAt(codeLine, g.code)]);
      const row: Row = { role: 'item', name: rec.name, side: g.side, cells: {}, pos: posOf(ctx, line) };
      if (code) Object.assign(row, codeInfo(code), { code, classification: 'dept-economic' });
      if (row.level === '类') row.role = 'class';
      if (rec.fragments.length || rec.codeLine) {
        const all = [line, codeLine, ...rec.fragments].map((l) => l.no);
        row.pos = { ...row.pos, line: Math.min(...all), endLine: Math.max(...all) };
      }
      row.cells['code'] = cellAt(ctx, codeLine, g.code, unit, false);
      row.cells['name'] = { ...cellAt(ctx, textAt(line, g.name) ? line : (rec.fragments[0] ?? line), g.name, unit, false), text: rec.name };
      row.cells['amount'] = cellAt(ctx, line, g.amount, unit);
      rows.push(row);
    }
  }
  rows.sort((a, b) => a.pos.line - b.pos.line);
  return { columns, rows: [...rows, ...totals] };
}

/** Columns of a 三公 table, matched in this order. */
export const THREE_PUBLIC: ColumnDef[] = [
  { key: 'total', match: /合计$/ },
  { key: 'abroad', match: /出国/ },
  { key: 'vehicleTotal', match: /小计$/ },
  { key: 'vehiclePurchase', match: /购置费$/ },
  { key: 'vehicleOps', match: /运行(?:维护)?费$/ },
  { key: 'reception', match: /接待费$/ },
];

/** Read the final 三公 table: each printed line is one row; columns are keyed budget.* (预算数) and final.* (决算数). */
export function readFinalThreePublic(frame: TableFrame, ctx: ReadContext): ReadOut {
  const width = gridWidth([...frame.header, ...frame.body]);
  const labels = columnLabels(frame.header, width, ctx.format !== 'layout-text');
  const unit = frame.unit ?? '万元';
  const keys: (string | undefined)[] = [];
  const shown: string[] = [];
  let concept: string | undefined;
  let conceptLabel = '';
  labels.forEach((label, i) => {
    const side = /预算数/.test(label) ? 'budget' : /决算数/.test(label) ? 'final' : undefined;
    const bare = label.replace(/\/?(?:预算数|决算数)\/?/g, '/').replace(/^\/|\/$/g, '');
    // A column printed only as 预算数/决算数 shares the item of the column to its left (paired layout).
    concept = (bare ? THREE_PUBLIC.find((d) => d.match.test(bare))?.key : undefined) ?? (bare ? undefined : concept);
    if (bare) conceptLabel = bare;
    shown[i] = bare ? label : `${conceptLabel}/${label}`;
    keys[i] = side && concept ? `${side}.${concept}` : undefined;
    if (!keys[i] && label) diag(ctx, 'info', 'unknown-column', `column “${label}” of the 三公 table not recognised; kept as c${i}`, posOf(ctx, frame.titleLine));
  });
  const columns: Column[] = labels.map((_, i) => ({ key: keys[i] ?? `c${i}`, label: shown[i] ?? '' }));
  const rows: Row[] = [];
  for (const line of frame.body) {
    if (!line.text.trim()) continue;
    const row: Row = { role: 'grand-total', name: '“三公”经费', cells: {}, pos: posOf(ctx, line) };
    columns.forEach((c, i) => (row.cells[c.key] = cellAt(ctx, line, i, unit)));
    rows.push(row);
  }
  return { columns, rows };
}

/** Read a table of one data line (Shanghai 三公 + 机关运行经费): one row whose cells are keyed by the kind's columns. */
export function readSingleRow(frame: TableFrame, defs: readonly ColumnDef[], ctx: ReadContext): ReadOut {
  const width = gridWidth([...frame.header, ...frame.body]);
  const labels = columnLabels(frame.header, width, ctx.format !== 'layout-text');
  const { columns, keyAt } = mapColumns(labels, 0, width, defs, ctx, frame.titleLine);
  const unit = frame.unit ?? '万元';
  const rows: Row[] = [];
  for (const line of frame.body) {
    if (!line.text.trim()) continue;
    const row: Row = { role: 'grand-total', name: '预算数', cells: {}, pos: posOf(ctx, line) };
    for (const [i, key] of keyAt) row.cells[key] = cellAt(ctx, line, i, unit);
    rows.push(row);
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
  const labels = columnLabels(frame.header, width, ctx.format !== 'layout-text');
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
