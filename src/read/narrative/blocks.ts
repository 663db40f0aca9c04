// Lines → blocks. Extraction wraps paragraphs at the page width (pdftotext -layout) or breaks them at
// page ends (tab text), so a paragraph continues on the next line until a sentence ends, an
// enumerator starts a new item, or a heading stands alone.
import type { SourceLine } from '../lines/types.js';
import { matchHeading, startsEnumerated, type HeadingMatch } from './headings.js';
import { appendMapped, emptyMapped, prepareLine, type MappedText, type ProseLine } from './text.js';

/** A heading, a paragraph, or a line that is not prose (table row, TOC entry) kept for list readers. */
export type Block =
  | { kind: 'heading'; heading: HeadingMatch; lines: ProseLine[]; mapped: MappedText }
  | { kind: 'para'; lines: ProseLine[]; mapped: MappedText }
  | { kind: 'skip'; lines: ProseLine[] };

const TERMINAL = /[。！？；;!?：:]$/;
/** Lines further apart than this (blank lines, removed tables) never join into one paragraph. */
const MAX_JOIN_GAP = 3;

/** Is this a space-aligned document whose paragraphs start indented (pdftotext -layout)? */
function isLayoutStyle(lines: readonly ProseLine[]): boolean {
  const prose = lines.filter((l) => !l.multiCell);
  if (prose.length === 0) return false;
  return prose.filter((l) => l.indent >= 2).length / prose.length >= 0.3;
}

/** Group the prose lines of a document into headings and paragraphs. */
export function toBlocks(source: readonly SourceLine[]): Block[] {
  const lines = source.map(prepareLine).filter((l): l is ProseLine => l !== undefined);
  const layout = isLayoutStyle(lines);
  const blocks: Block[] = [];
  let para: Extract<Block, { kind: 'para' }> | undefined;
  let pendingTitle: Extract<Block, { kind: 'heading' }> | undefined;

  const close = (): void => {
    para = undefined;
  };

  lines.forEach((pl, i) => {
    const text = pl.mapped.text;
    const prev = lines[i - 1];
    const gap = prev ? pl.line.no - prev.line.no : Number.MAX_SAFE_INTEGER;

    if (pl.multiCell || pl.aligned) {
      // Only a part heading survives being split into cells ("第一部分     概况").
      const h = matchHeading(text, pl.indent);
      const tocEntry = /\.{3,}|…{2,}/.test(text) || /^\d{1,3}$/.test(pl.line.cells[pl.line.cells.length - 1]?.text.trim() ?? '');
      if (h && h.level === 1 && h.number !== '' && !tocEntry) {
        close();
        const block: Block = { kind: 'heading', heading: h, lines: [pl], mapped: copy(pl.mapped) };
        blocks.push(block);
        pendingTitle = h.title === '' ? block : undefined;
        return;
      }
      close();
      pendingTitle = undefined;
      blocks.push({ kind: 'skip', lines: [pl] });
      return;
    }

    // A heading printed as "（一）" with its words on the next line.
    if (pendingTitle && gap <= MAX_JOIN_GAP && !startsEnumerated(text)) {
      pendingTitle.heading.title = text.replace(/[。.]$/, '');
      pendingTitle.lines.push(pl);
      appendMapped(pendingTitle.mapped, pl.mapped);
      pendingTitle = undefined;
      return;
    }
    pendingTitle = undefined;

    // A part title wrapped onto a centred second line ("第三部分 …部门决算" / "情况说明").
    const last = blocks[blocks.length - 1];
    if (
      last?.kind === 'heading' &&
      last.heading.level === 1 &&
      last.heading.number !== '' &&
      gap <= MAX_JOIN_GAP &&
      pl.indent >= 6 &&
      text.length <= 12 &&
      !/[，。；,;：:]/.test(text) &&
      !startsEnumerated(text)
    ) {
      last.heading.title += text;
      last.lines.push(pl);
      appendMapped(last.mapped, pl.mapped);
      return;
    }

    let h = matchHeading(text, pl.indent);
    if (h && h.level >= 2 && layout && wrapsOn(pl, lines[i + 1])) h = undefined;
    if (h) {
      close();
      const block: Block = { kind: 'heading', heading: h, lines: [pl], mapped: copy(pl.mapped) };
      blocks.push(block);
      if (h.title === '') pendingTitle = block;
      return;
    }

    const cur = para;
    const lastText = cur?.mapped.text ?? '';
    if (!cur || gap > MAX_JOIN_GAP || TERMINAL.test(lastText) || startsEnumerated(text) || pl.bullet) {
      para = { kind: 'para', lines: [pl], mapped: copy(pl.mapped) };
      blocks.push(para);
      return;
    }
    cur.lines.push(pl);
    // Latin words split at the line end need their space back; Chinese text joins directly.
    if (/[A-Za-z]$/.test(lastText) && /^[A-Za-z]/.test(text)) appendMapped(cur.mapped, { text: ' ', at: [undefined] });
    appendMapped(cur.mapped, pl.mapped);
  });
  return blocks;
}

/** In indented text, a numbered "title" whose next line continues at the margin is a wrapped paragraph. */
function wrapsOn(pl: ProseLine, next: ProseLine | undefined): boolean {
  if (!next || next.multiCell || next.aligned) return false;
  if (next.line.no - pl.line.no > MAX_JOIN_GAP) return false;
  if (TERMINAL.test(pl.mapped.text)) return false;
  return next.indent < 2 && !startsEnumerated(next.mapped.text);
}

function copy(m: MappedText): MappedText {
  const out = emptyMapped();
  appendMapped(out, m);
  return out;
}
