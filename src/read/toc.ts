import type { SourceLine } from './lines/types.js';

const TOC_HEAD = /^目\s*录$/;
const PROSE = /[，。；]/;
const ORDINAL = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+\s*[.．、]|表[一二三四五六七八九十]+)/;

function entryText(line: SourceLine): string {
  const cells = line.cells.map((c) => c.text).filter(Boolean);
  if (cells.length > 1 && /^\d{1,3}$/.test(cells[cells.length - 1] ?? '')) cells.pop();
  return cells.join('').replace(/\.{2,}|…+/g, '').replace(/\s+/g, '').trim();
}

/** Indexes of table-of-contents lines (entries look like titles but are not). */
export function tocLineIndexes(lines: readonly SourceLine[]): Set<number> {
  const out = new Set<number>();
  const head = lines.findIndex((l) => l.text.includes('录') && TOC_HEAD.test(l.text.replace(/\s+/g, '')));
  if (head >= 0) {
    out.add(head);
    const seen = new Set<string>();
    let numbered = 0;
    for (let i = head + 1; i < lines.length; i++) {
      const line = lines[i]!;
      const t = line.text.trim();
      if (!t) continue;
      const entry = entryText(line);
      // The body starts where the first entry is printed again, where prose begins, or — in a list of
      // numbered entries — at the first unnumbered title (a TOC without page numbers runs into the body).
      if (seen.has(entry) || PROSE.test(t) || t.length > 60) break;
      if (numbered >= 3 && !ORDINAL.test(entry) && entry.length > 2) break;
      if (ORDINAL.test(entry)) numbered++;
      seen.add(entry);
      out.add(i);
    }
  }
  // Dotted leaders with a page number are TOC entries wherever they stand.
  lines.forEach((l, i) => {
    if ((l.text.includes('....') || l.text.includes('……')) && /\d{1,3}\s*$/.test(l.text) && /\.{4,}|…{2,}/.test(l.text)) out.add(i);
  });
  return out;
}
