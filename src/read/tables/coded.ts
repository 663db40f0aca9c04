import type { Column, Row } from '../../model/index.js';
import type { ReadContext } from '../context.js';
import { diag, posOf } from '../context.js';
import type { SourceLine } from '../lines/types.js';
import { cellAt, codeInfo, joinCode, roleOfName, textAt, valuesEmpty } from './cells.js';
import { type ColumnDef, columnLabels, gridWidth, mapColumns } from './columns.js';
import type { TableFrame } from './frame.js';
import { type Piece, assemble } from './wrap.js';
import { compactName } from './patterns.js';

/** What a kind reader returns. */
export interface ReadOut {
  columns: Column[];
  rows: Row[];
}

/** Whether a body line only repeats a header line (continuation page). */
export function repeatsHeader(line: SourceLine, header: readonly SourceLine[]): boolean {
  let texts = HEADER_TEXTS.get(header);
  if (!texts) {
    texts = new Set(header.map((h) => h.text.replace(/\s+/g, '')));
    HEADER_TEXTS.set(header, texts);
  }
  if (texts.size === 0) return false;
  const t = line.text.includes(' ') || line.text.includes('\t') ? line.text.replace(/\s+/g, '') : line.text;
  return t !== '' && texts.has(t);
}

// Header texts per frame, so that each body line is compared against a set, not re-normalised headers.
const HEADER_TEXTS = new WeakMap<readonly SourceLine[], Set<string>>();

/** Read a table whose rows are classification codes (whole or split 类/款/项) with a name and value columns. */
export function readCoded(frame: TableFrame, defs: readonly ColumnDef[], ctx: ReadContext): ReadOut {
  const width = gridWidth([...frame.header, ...frame.body]);
  const labels = columnLabels(frame.header, width, ctx.format !== 'layout-text');
  let nameIdx = labels.findIndex((l) => /名称/.test(l));
  if (nameIdx < 0) nameIdx = /编码|代码|^类/.test(labels[0] ?? '') ? 1 : 0;
  const { columns: valueCols, keyAt } = mapColumns(labels, nameIdx + 1, width, defs, ctx, frame.titleLine);
  const columns: Column[] = [];
  if (nameIdx > 0) columns.push({ key: 'code', label: labels.slice(0, nameIdx).join('|') });
  columns.push({ key: 'name', label: labels[nameIdx] ?? '' }, ...valueCols);
  const unit = frame.unit ?? '万元';
  const pieces: Piece<SourceLine>[] = [];
  for (const line of frame.body) {
    if (!line.text.trim()) continue;
    if (repeatsHeader(line, frame.header)) {
      diag(ctx, 'info', 'repeated-header', 'header repeated on a continuation page', posOf(ctx, line));
      continue;
    }
    const codeParts = Array.from({ length: nameIdx }, (_, i) => textAt(line, i));
    const code = joinCode(codeParts) !== undefined;
    let name = compactName(textAt(line, nameIdx));
    if (!code && !name) name = compactName(codeParts.join(''));
    const values = !valuesEmpty(line, nameIdx + 1) || roleOfName(name) === 'grand-total';
    pieces.push({ line, code, name, values, continues: line.cells.length === 1 });
  }
  const rows: Row[] = [];
  for (const rec of assemble(pieces)) {
    const line = rec.anchor.line;
    const codeLine = rec.codeLine ?? line;
    const code = joinCode(Array.from({ length: nameIdx }, (_, i) => textAt(codeLine, i)));
    const name = rec.name;
    const pos = posOf(ctx, line);
    if (rec.fragments.length > 0 || rec.codeLine) {
      const all = [line, codeLine, ...rec.fragments].map((l) => l.no);
      pos.line = Math.min(...all);
      pos.endLine = Math.max(...all);
      delete pos.column;
      diag(ctx, 'info', 'wrapped-cell', `row “${name}” was printed over ${new Set(all).size} lines`, pos);
    }
    const row: Row = code ? { ...codeInfo(code), code, name, cells: {}, pos } : { role: roleOfName(name), name, cells: {}, pos };
    if (nameIdx > 0) row.cells['code'] = spanCell(ctx, codeLine, 0, nameIdx);
    const nameLine = textAt(line, nameIdx) ? line : (rec.fragments[0] ?? line);
    row.cells['name'] = { ...cellAt(ctx, nameLine, nameIdx, unit, false), text: name };
    for (const [i, key] of keyAt) row.cells[key] = cellAt(ctx, line, i, unit);
    rows.push(row);
  }
  return { columns, rows };
}

/** One cell covering grid cells [from, to) (a code printed over several columns). */
function spanCell(ctx: ReadContext, line: SourceLine, from: number, to: number): Row['cells'][string] {
  const parts = line.cells.slice(from, to).filter((c) => c.text);
  const first = parts[0];
  const lastPart = parts[parts.length - 1];
  const pos = posOf(ctx, line);
  if (first && lastPart) pos.column = { start: first.start, end: lastPart.end };
  return { text: parts.map((c) => c.text).join(' '), pos };
}
