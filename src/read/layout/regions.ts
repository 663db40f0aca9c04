// Finding the tables of a layout text. A table is anchored on its unit line (单位：元 / 单位：万元, often
// beside 编制部门：…); its title is the short line(s) just above; its body runs on until a note, prose, the
// next table or a page that does not continue it (a continuation page starts with rows or a repeated header).
import { isBlankLine } from './chars.js';
import { isBodyLine, isMetaLine, isNoteLine, isProseLine, isUnitLine } from './classify.js';
import { chunks, type Token } from './tokens.js';

/** The lines of one table on one page: header lines (possibly none) and body lines, as 0-based indices. */
export interface Segment {
  page: number;
  header: number[];
  body: number[];
}

/** A table found in the text: title, meta (unit) lines, and its header/body segments page by page. */
export interface TableRegion {
  title: number[];
  meta: number[];
  /** First line (title or meta) and one past the last table line, 0-based. */
  start: number;
  end: number;
  segments: Segment[];
}

/** What region finding needs to know about each line. */
export interface LineFacts {
  raws: readonly string[];
  pages: readonly number[];
  /** Tokens per line, or a function giving line i's tokens (so that lines never looked at are not tokenised). */
  tokens: readonly Token[][] | ((i: number) => readonly Token[]);
  dropped: ReadonlySet<number>;
}

/** LineFacts with the tokens always read through a function. */
interface Facts {
  raws: readonly string[];
  pages: readonly number[];
  tok: (i: number) => readonly Token[];
  dropped: ReadonlySet<number>;
}

const compact = (s: string): string => s.replace(/\s+/g, '');
const TITLE_HINT_RE = /表|\d{4}\s*年/;
const MAX_TITLE_LENGTH = 60;

function isBlank(f: Facts, i: number): boolean {
  return f.dropped.has(i) || isBlankLine(f.raws[i] ?? '');
}

function titleLike(f: Facts, i: number): boolean {
  const raw = f.raws[i] ?? '';
  const cs = chunks(raw);
  const text = compact(raw);
  return cs.length === 1 && text.length <= MAX_TITLE_LENGTH && !isNoteLine(raw) && !isProseLine(raw) && !isUnitLine(raw) && !isBodyLine(f.tok(i));
}

/** Title and meta lines above a unit line, nearest first found, returned in reading order. */
function linesAbove(f: Facts, unit: number, floor: number): { title: number[]; meta: number[] } {
  const title: number[] = [];
  const meta: number[] = [];
  const page = f.pages[unit];
  let blanks = 0;
  for (let k = unit - 1; k >= floor && f.pages[k] === page; k--) {
    if (isBlank(f, k)) {
      // Blank lines may separate the title from the unit line, not two title lines.
      if (title.length > 0 || ++blanks > 2) break;
      continue;
    }
    const raw = f.raws[k] ?? '';
    if (isMetaLine(raw) && title.length === 0) meta.unshift(k);
    else if (titleLike(f, k) && title.length < 3 && (title.length === 0 || TITLE_HINT_RE.test(raw))) title.unshift(k);
    else break;
  }
  return { title, meta };
}

/** Whether the page starting at line j continues the open table: rows or its repeated header before any new table or prose. */
function continues(f: Facts, j: number, headerKeys: ReadonlySet<string>): boolean {
  const page = f.pages[j];
  let seen = 0;
  for (let k = j; k < f.raws.length && f.pages[k] === page && seen < 8; k++) {
    if (isBlank(f, k)) continue;
    const raw = f.raws[k] ?? '';
    if (isUnitLine(raw) || isNoteLine(raw) || isProseLine(raw)) return false;
    if (isBodyLine(f.tok(k))) return true;
    if (headerKeys.has(compact(raw))) return true;
    seen++;
  }
  return false;
}

const TOTAL_RE = /^(?:合计|总计)$/;

/** In a table without amounts, a lone 合计 row set apart from the header by blank lines is a row, not a label. */
function totalRowOfEmptyTable(f: Facts, seg: Segment): void {
  const last = seg.header[seg.header.length - 1];
  const before = seg.header[seg.header.length - 2];
  const toks = last === undefined ? [] : f.tok(last);
  const only = toks[0];
  if (last === undefined || before === undefined || toks.length !== 1 || !only || !TOTAL_RE.test(compact(only.text))) return;
  if (last - before < 2) return;
  seg.header.pop();
  seg.body.push(last);
}

/** Split a table's lines after its meta lines into page segments of header and body lines. */
function segmentsOf(f: Facts, lines: readonly number[], headerKeys: ReadonlySet<string>): Segment[] {
  const byPage: { page: number; lines: number[] }[] = [];
  for (const i of lines) {
    const page = f.pages[i] ?? 1;
    const last = byPage[byPage.length - 1];
    if (last && last.page === page) last.lines.push(i);
    else byPage.push({ page, lines: [i] });
  }
  const out: Segment[] = [];
  for (const group of byPage) {
    const seg: Segment = { page: group.page, header: [], body: [] };
    const first = out.length === 0;
    let inBody = false;
    // On a continuation page only lines repeating the first header are header lines; others are rows.
    const repeats = (i: number): boolean => f.tok(i).some((t) => headerKeys.has(compact(t.text))) || headerKeys.has(compact(f.raws[i] ?? ''));
    for (const i of group.lines) {
      if (!inBody && isBodyLine(f.tok(i))) inBody = true;
      if (!inBody && (first || repeats(i))) seg.header.push(i);
      else {
        inBody = true;
        seg.body.push(i);
      }
    }
    if (first && seg.body.length === 0) totalRowOfEmptyTable(f, seg);
    const prev = out[out.length - 1];
    // A title and header alone on a page belong with the rows on the next page.
    if (prev && prev.body.length === 0) {
      prev.header.push(...seg.header);
      prev.body.push(...seg.body);
    } else out.push(seg);
  }
  return out;
}

/** Every table region of the text, in order. */
export function findRegions(facts: LineFacts): TableRegion[] {
  const { raws, pages, tokens, dropped } = facts;
  const f: Facts = { raws, pages, dropped, tok: typeof tokens === 'function' ? tokens : (i) => tokens[i] ?? [] };
  const units: { unit: number; title: number[]; meta: number[] }[] = [];
  let floor = 0;
  for (let i = 0; i < f.raws.length; i++) {
    if (f.dropped.has(i) || !isUnitLine(f.raws[i] ?? '')) continue;
    const above = linesAbove(f, i, floor);
    units.push({ unit: i, title: above.title, meta: [...above.meta, i] });
    floor = i + 1;
  }
  const regions: TableRegion[] = [];
  units.forEach((u, n) => {
    const next = units[n + 1];
    const limit = next ? Math.min(...next.title, ...next.meta) : f.raws.length;
    const start = Math.min(...u.title, ...u.meta);
    const meta = [...u.meta];
    let j = u.unit + 1;
    // Meta lines may also follow the unit line (部门名称：… on a line of its own).
    while (j < limit && !isBlank(f, j) && isMetaLine(f.raws[j] ?? '')) meta.push(j++);
    const headerKeys = new Set<string>();
    const lines: number[] = [];
    let page = f.pages[u.unit];
    let sawBody = false;
    for (; j < limit; j++) {
      if (isBlank(f, j)) continue;
      const raw = f.raws[j] ?? '';
      if (f.pages[j] !== page) {
        if (!continues(f, j, headerKeys)) break;
        page = f.pages[j];
      }
      if (isUnitLine(raw) || isNoteLine(raw) || isProseLine(raw)) break;
      const toks = f.tok(j);
      if (!sawBody && isBodyLine(toks)) sawBody = true;
      if (!sawBody) {
        headerKeys.add(compact(raw));
        for (const t of toks) if (t.kind === 'text' && compact(t.text).length >= 2) headerKeys.add(compact(t.text));
      }
      lines.push(j);
    }
    const last = lines[lines.length - 1] ?? Math.max(...meta);
    regions.push({ title: u.title, meta, start, end: last + 1, segments: segmentsOf(f, lines, headerKeys) });
  });
  return regions;
}
