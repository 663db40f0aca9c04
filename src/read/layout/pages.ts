// Pages and the page furniture (page numbers, running headers and footers) that must not reach the tables.
import { isBlankLine } from './chars.js';

/** 1-based page of every line: pdftotext starts each new page's first line with a form feed. */
export function pageNumbers(raws: readonly string[]): number[] {
  let page = 1;
  return raws.map((raw) => {
    for (let k = raw.indexOf('\f'); k >= 0; k = raw.indexOf('\f', k + 1)) page++;
    return page;
  });
}

/** pageNumbers of the lines of text split at '\n' alone, finding the form feeds in one pass over the text. */
export function pageNumbersOf(text: string, raws: readonly string[]): number[] {
  const out: number[] = [];
  let page = 1;
  let feed = text.indexOf('\f');
  let start = 0;
  for (const raw of raws) {
    const end = start + raw.length;
    for (; feed >= 0 && feed < end; feed = text.indexOf('\f', feed + 1)) page++;
    out.push(page);
    start = end + 1;
  }
  return out;
}

// A lone page number: 12, - 12 -, — 12 —, 第12页, 第 12 页 共 30 页, 12/30.
const PAGE_NUMBER_RE = /^(?:[-—–－]\s*)?\d{1,4}(?:\s*[-—–－])?$|^第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?$|^\d{1,4}\s*\/\s*\d{1,4}$/;

const compact = (s: string): string => s.replace(/\s+/g, '');

// Page numbers are the first or last non-blank line of a page that is only a number; running headers and
// footers the same first or last line on at least three pages and more than half of them. Only edge lines
// are considered, so a number inside a table body is never taken.
/** Lines to drop (0-based index → reason): page numbers and running headers/footers. */
export function furniture(raws: readonly string[], pages: readonly number[]): Map<number, string> {
  // First and last non-blank line of every page, pages in order of their first line.
  const byPage = new Map<number, { first: number; last: number }>();
  // Lines come page by page, so the current page's entry is kept at hand rather than looked up per line.
  let page = NaN;
  let edge: { first: number; last: number } | undefined;
  raws.forEach((raw, i) => {
    if (isBlankLine(raw)) return;
    const p = pages[i] ?? 1;
    if (p !== page) {
      page = p;
      edge = byPage.get(p);
      if (!edge) byPage.set(p, (edge = { first: i, last: i }));
    }
    if (edge) edge.last = i;
  });
  const out = new Map<number, string>();
  const edges = [...byPage.values()];
  for (const { first, last } of edges) for (const i of new Set([first, last])) if (PAGE_NUMBER_RE.test((raws[i] ?? '').trim())) out.set(i, 'page-number');
  if (edges.length >= 3) {
    for (const side of ['first', 'last'] as const) {
      const counts = new Map<string, number[]>();
      for (const e of edges) {
        const i = e[side];
        if (out.has(i)) continue;
        // A repeated table header (several labels apart) is content, not furniture.
        if (/\S\s{2,}\S/.test((raws[i] ?? '').trim())) continue;
        const key = compact(raws[i] ?? '');
        const list = counts.get(key);
        if (list) list.push(i);
        else counts.set(key, [i]);
      }
      for (const [key, list] of counts)
        if (key !== '' && list.length >= 3 && list.length * 2 > edges.length) for (const i of list) out.set(i, side === 'first' ? 'running-header' : 'running-footer');
    }
  }
  return out;
}
