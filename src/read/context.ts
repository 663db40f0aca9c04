import type { Diagnostic, Position } from '../model/index.js';
import type { SourceCell, SourceLine } from './lines/types.js';

/** State shared by the parsers of one document: the file name and the diagnostics sink. */
export interface ReadContext {
  file: string;
  diagnostics: Diagnostic[];
  /** Source format: layout text places spanning header labels itself, so merged cells are not filled. */
  format?: 'tsv-text' | 'layout-text' | 'ocr-markdown';
}

/** Create a fresh context for one file. */
export function createContext(file: string, format?: ReadContext['format']): ReadContext {
  return format ? { file, diagnostics: [], format } : { file, diagnostics: [] };
}

/** Position of a whole line, or of one cell of it. */
export function posOf(ctx: ReadContext, line: SourceLine, cell?: SourceCell): Position {
  const pos: Position = { file: ctx.file, line: line.no };
  if (cell) pos.column = { start: cell.start, end: cell.end };
  if (line.page !== undefined) pos.page = line.page;
  // Cells read from a PDF's text layer carry their box; a whole line's box is the union of its cells'.
  const box = cell ? cell.box : lineBox(line);
  if (box) pos.box = { ...box };
  const ref = cell?.ref ?? line.ref;
  if (ref !== undefined) pos.ref = ref;
  return pos;
}

function lineBox(line: SourceLine): Position['box'] {
  let box: Position['box'];
  for (const c of line.cells) {
    const b = c.box;
    if (!b) continue;
    if (!box) box = { ...b };
    else {
      const x = Math.min(box.x, b.x);
      const y = Math.min(box.y, b.y);
      box = { x, y, w: Math.max(box.x + box.w, b.x + b.w) - x, h: Math.max(box.y + box.h, b.y + b.h) - y };
    }
  }
  return box;
}

/** Position spanning several lines (first to last). */
export function spanOf(ctx: ReadContext, first: SourceLine, last: SourceLine): Position {
  const pos = posOf(ctx, first);
  if (last.no !== first.no) {
    pos.endLine = last.no;
    // The first line's box would misplace a span of lines.
    delete pos.box;
  }
  return pos;
}

/** Record a diagnostic. */
export function diag(
  ctx: ReadContext,
  severity: Diagnostic['severity'],
  code: string,
  message: string,
  pos?: Position,
): void {
  const d: Diagnostic = { code, severity, message };
  if (pos) d.pos = pos;
  ctx.diagnostics.push(d);
}
