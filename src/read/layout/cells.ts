// Turning placed tokens into the cells a SourceLine carries.
import { normalizeText } from '../lines/normalize.js';
import type { SourceCell } from '../lines/types.js';
import { isSpaceCode } from './chars.js';
import type { Token } from './tokens.js';

// The span is found with the whitespace test trim uses, so the text is sliced out once.
/** The whole trimmed line as one cell (prose, titles); a blank line gives one empty cell at 0. */
export function proseCell(raw: string): SourceCell {
  let start = 0;
  let end = raw.length;
  while (start < end && isSpaceCode(raw.charCodeAt(start))) start++;
  if (start === end) return { text: '', start: 0, end: 0 };
  while (isSpaceCode(raw.charCodeAt(end - 1))) end--;
  return { text: normalizeText(raw.slice(start, end)), start, end };
}

/** One cell per token (meta lines: 编制部门：…  单位：元). */
export function tokenCells(toks: readonly Token[]): SourceCell[] {
  return toks.map((t) => ({ text: t.text, start: t.start, end: t.end }));
}

// An empty cell sits at its column's nominal start on this page, clamped between its neighbours so that
// spans never go backwards.
/** One cell per grid column: the tokens placed in it (joined by a space), or an empty cell. */
export function gridCells(raw: string, toks: readonly Token[], cols: readonly number[], nominal: readonly number[]): SourceCell[] {
  const n = nominal.length;
  if (n === 0) return tokenCells(toks);
  const filled: (SourceCell | undefined)[] = new Array<SourceCell | undefined>(n).fill(undefined);
  toks.forEach((t, k) => {
    const c = Math.min(Math.max(cols[k] ?? 0, 0), n - 1);
    const cur = filled[c];
    filled[c] = cur ? { text: `${cur.text} ${t.text}`, start: Math.min(cur.start, t.start), end: Math.max(cur.end, t.end) } : { text: t.text, start: t.start, end: t.end };
  });
  const out: SourceCell[] = [];
  let prevEnd = 0;
  for (let c = 0; c < n; c++) {
    const cell = filled[c];
    if (cell) {
      out.push(cell);
      prevEnd = cell.end;
      continue;
    }
    let nextStart = raw.length;
    for (let d = c + 1; d < n; d++) {
      const next = filled[d];
      if (next) {
        nextStart = next.start;
        break;
      }
    }
    const want = Math.round(nominal[c] ?? prevEnd);
    const pos = Math.max(prevEnd, Math.min(want, nextStart, raw.length));
    out.push({ text: '', start: pos, end: pos });
    prevEnd = pos;
  }
  return out;
}
