import type { ContentsEntry } from '../model/index.js';
import type { SourceLine } from './lines/types.js';

const TOC_HEAD = /^目\s*录$/;
const PROSE = /[，。；]/;
const ORDINAL = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+\s*[.．、]|表[一二三四五六七八九十]+)/;
const PART = /^第[一二三四五六七八九十]+部分/;
const LEADER = /\.{2,}|…+/g;
// A page number printed after a leader, in its own cell, or after a wide gap.
const TRAILING_PAGE = /(?:\.{2,}|…+|\s{2,})\s*(\d{1,3})\s*$/;

interface Scan {
  lines: number[];
  title: string;
  page?: number;
}

function entryOf(line: SourceLine): { title: string; page?: number } {
  const cells = line.cells.map((c) => c.text).filter(Boolean);
  let page: number | undefined;
  if (cells.length > 1 && /^\d{1,3}$/.test(cells[cells.length - 1] ?? '')) page = Number(cells.pop());
  let joined = cells.join(' ');
  const m = page === undefined ? TRAILING_PAGE.exec(joined) : null;
  if (m) {
    page = Number(m[1]);
    joined = joined.slice(0, m.index);
  }
  const title = joined.replace(LEADER, '').replace(/\s+/g, '').trim();
  return page === undefined ? { title } : { title, page };
}

function isLeaderLine(l: SourceLine): boolean {
  return (l.text.includes('....') || l.text.includes('……')) && /\d{1,3}\s*$/.test(l.text) && /\.{4,}|…{2,}/.test(l.text);
}

// The entries under the 目录 heading: the body starts where the first entry is printed again, where prose
// begins, or — in a list of numbered entries — at the first unnumbered title (a TOC without page numbers runs
// into the body). A short unnumbered line right after a part title without page number continues that title
// (Shanghai prints “第三部分 … 2024 年度部门决算” and “情况说明” on two lines).
function scan(lines: readonly SourceLine[]): { head: number; entries: Scan[] } {
  const entries: Scan[] = [];
  const head = lines.findIndex((l) => l.text.includes('录') && TOC_HEAD.test(l.text.replace(/\s+/g, '')));
  if (head < 0) return { head, entries };
  const seen = new Set<string>();
  let numbered = 0;
  for (let i = head + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (!t) continue;
    const entry = entryOf(line);
    if (seen.has(entry.title) || PROSE.test(t) || t.length > 60) break;
    const prev = entries[entries.length - 1];
    if (prev && prev.page === undefined && entry.page === undefined && PART.test(prev.title) && !ORDINAL.test(entry.title) && entry.title.length <= 6) {
      prev.lines.push(i);
      prev.title += entry.title;
      seen.add(prev.title);
      continue;
    }
    if (numbered >= 3 && !ORDINAL.test(entry.title) && entry.title.length > 2) break;
    if (ORDINAL.test(entry.title)) numbered++;
    seen.add(entry.title);
    entries.push({ lines: [i], ...entry });
  }
  return { head, entries };
}

/** Indexes of table-of-contents lines (entries look like titles but are not). */
export function tocLineIndexes(lines: readonly SourceLine[]): Set<number> {
  const out = new Set<number>();
  const { head, entries } = scan(lines);
  if (head >= 0) out.add(head);
  for (const e of entries) for (const i of e.lines) out.add(i);
  // Dotted leaders with a page number are TOC entries wherever they stand.
  lines.forEach((l, i) => {
    if (isLeaderLine(l)) out.add(i);
  });
  return out;
}

/** The table-of-contents entries with their printed page numbers and positions. */
export function readContents(lines: readonly SourceLine[], file: string): ContentsEntry[] {
  const { entries } = scan(lines);
  const taken = new Set(entries.flatMap((e) => e.lines));
  lines.forEach((l, i) => {
    if (!taken.has(i) && isLeaderLine(l)) entries.push({ lines: [i], ...entryOf(l) });
  });
  entries.sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0));
  return entries
    .filter((e) => e.title !== '')
    .map((e) => {
      const first = lines[e.lines[0] ?? 0]!;
      const last = lines[e.lines[e.lines.length - 1] ?? 0]!;
      const pos: ContentsEntry['pos'] = { file, line: first.no };
      if (last.no !== first.no) pos.endLine = last.no;
      if (first.page !== undefined) pos.page = first.page;
      if (first.ref !== undefined) pos.ref = first.ref;
      return e.page === undefined ? { title: e.title, pos } : { title: e.title, page: e.page, pos };
    });
}
