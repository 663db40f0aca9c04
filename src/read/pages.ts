import { createHash } from 'node:crypto';
import type { Page } from '../model/index.js';
import type { SourceLine } from './lines/types.js';

/**
 * Pages of a paginated source from the page numbers of its lines. Page furniture (page numbers, running
 * headers) reaches here as empty cells, so a page holding only its number counts as blank. pdftotext ends
 * every page with a form feed, so the empty remainder after the last one is not a page.
 */
export function readPages(lines: readonly SourceLine[], file: string): Page[] {
  const byPage = new Map<number, { first: number; last: number; text: string[] }>();
  for (const l of lines) {
    if (l.page === undefined) continue;
    let p = byPage.get(l.page);
    if (!p) byPage.set(l.page, (p = { first: l.no, last: l.no, text: [] }));
    p.last = l.no;
    for (const c of l.cells) if (c.text) p.text.push(c.text);
  }
  const pages: Page[] = [];
  for (const [number, p] of [...byPage].sort((a, b) => a[0] - b[0])) {
    const text = p.text.join('').replace(/\s+/g, '');
    const pos: Page['pos'] = { file, line: p.first, page: number };
    if (p.last !== p.first) pos.endLine = p.last;
    pages.push({ number, chars: [...text].length, digest: createHash('sha256').update(text).digest('hex').slice(0, 16), pos });
  }
  const last = pages[pages.length - 1];
  if (last && last.chars === 0 && pages.length > 1) pages.pop();
  return pages;
}
