// Lines → blocks. Extraction wraps paragraphs at the page width (pdftotext -layout) or breaks them at
// page ends (tab text), so a paragraph continues on the next line until a sentence ends, an
// enumerator starts a new item, or a heading stands alone.
import type { SourceLine } from '../lines/types.js';
import { matchHeading, startsEnumerated, type HeadingMatch } from './headings.js';
import { MappedBuilder, type MappedText } from './mapped.js';
import { prepareLine, type ProseLine } from './prose.js';

/** A heading, a paragraph, or a line that is not prose (table row, TOC entry) kept for list readers. */
export type Block =
  | { kind: 'heading'; heading: HeadingMatch; lines: ProseLine[]; mapped: MappedText }
  | { kind: 'para'; lines: ProseLine[]; mapped: MappedText }
  | { kind: 'skip'; lines: ProseLine[] };

type HeadingBlock = Extract<Block, { kind: 'heading' }>;
type ParaBlock = Extract<Block, { kind: 'para' }>;

/** A heading or paragraph still taking lines; its text is joined once, when the document is done. */
interface Open<B extends HeadingBlock | ParaBlock> {
  block: B;
  text: MappedBuilder;
}

/** A character that ends a paragraph's line for good (。！？；;!?：:), by UTF-16 code. */
const TERMINAL = new Set([...'。！？；;!?：:'].map((c) => c.charCodeAt(0)));

function endsTerminal(text: string): boolean {
  return TERMINAL.has(text.charCodeAt(text.length - 1));
}

function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

const TOC_LEADER = /\.{3,}|…{2,}/;
const PAGE_NUMBER = /^\d{1,3}$/;
const TITLE_PUNCT = /[，。；,;：:]/;
/** Lines further apart than this (blank lines, removed tables) never join into one paragraph. */
const MAX_JOIN_GAP = 3;
const NO_TEXT: MappedText = { text: '', pieces: [] };

/** Is this a space-aligned document whose paragraphs start indented (pdftotext -layout)? */
function isLayoutStyle(lines: readonly ProseLine[]): boolean {
  let prose = 0;
  let indented = 0;
  for (const l of lines) {
    if (l.multiCell) continue;
    prose++;
    if (l.indent >= 2) indented++;
  }
  return prose > 0 && indented / prose >= 0.3;
}

function open<B extends HeadingBlock | ParaBlock>(block: B, first: ProseLine, all: Open<HeadingBlock | ParaBlock>[]): Open<B> {
  const o: Open<B> = { block, text: new MappedBuilder(first.mapped) };
  all.push(o);
  return o;
}

/** Group the prose lines of a document into headings and paragraphs (`normalized`: the line reader normalised the cells already). */
export function toBlocks(source: readonly SourceLine[], normalized = false): Block[] {
  const lines: ProseLine[] = [];
  for (const l of source) {
    const pl = prepareLine(l, normalized);
    if (pl) lines.push(pl);
  }
  const layout = isLayoutStyle(lines);
  const blocks: Block[] = [];
  const opened: Open<HeadingBlock | ParaBlock>[] = [];
  let para: Open<ParaBlock> | undefined;
  let pendingTitle: Open<HeadingBlock> | undefined;
  let lastHeading: Open<HeadingBlock> | undefined;

  const heading = (h: HeadingMatch, pl: ProseLine): Open<HeadingBlock> => {
    para = undefined;
    const o = open<HeadingBlock>({ kind: 'heading', heading: h, lines: [pl], mapped: NO_TEXT }, pl, opened);
    blocks.push(o.block);
    lastHeading = o;
    return o;
  };

  for (let i = 0; i < lines.length; i++) {
    const pl = lines[i];
    if (!pl) continue;
    const text = pl.mapped.text;
    const prev = lines[i - 1];
    const gap = prev ? pl.line.no - prev.line.no : Number.MAX_SAFE_INTEGER;

    if (pl.multiCell || pl.aligned) {
      // Only a part heading survives being split into cells ("第一部分     概况").
      const h = matchHeading(text, pl.indent);
      const tocEntry = TOC_LEADER.test(text) || PAGE_NUMBER.test(pl.line.cells[pl.line.cells.length - 1]?.text.trim() ?? '');
      if (h && h.level === 1 && h.number !== '' && !tocEntry) {
        const o = heading(h, pl);
        pendingTitle = h.title === '' ? o : undefined;
        continue;
      }
      para = undefined;
      pendingTitle = undefined;
      lastHeading = undefined;
      blocks.push({ kind: 'skip', lines: [pl] });
      continue;
    }

    // A heading printed as "（一）" with its words on the next line.
    if (pendingTitle && gap <= MAX_JOIN_GAP && !startsEnumerated(text)) {
      pendingTitle.block.heading.title = text.replace(/[。.]$/, '');
      pendingTitle.block.lines.push(pl);
      pendingTitle.text.add(pl.mapped);
      pendingTitle = undefined;
      continue;
    }
    pendingTitle = undefined;

    // A part title wrapped onto a centred second line ("第三部分 …部门决算" / "情况说明").
    const last = lastHeading;
    if (
      last &&
      last.block.heading.level === 1 &&
      last.block.heading.number !== '' &&
      gap <= MAX_JOIN_GAP &&
      pl.indent >= 6 &&
      text.length <= 12 &&
      !TITLE_PUNCT.test(text) &&
      !startsEnumerated(text)
    ) {
      last.block.heading.title += text;
      last.block.lines.push(pl);
      last.text.add(pl.mapped);
      continue;
    }

    let h = matchHeading(text, pl.indent);
    if (h && h.level >= 2 && layout && wrapsOn(pl, lines[i + 1])) h = undefined;
    if (h) {
      const o = heading(h, pl);
      if (h.title === '') pendingTitle = o;
      continue;
    }

    lastHeading = undefined;
    const cur = para;
    const lastCode = cur?.text.lastCode() ?? -1;
    if (!cur || gap > MAX_JOIN_GAP || TERMINAL.has(lastCode) || startsEnumerated(text) || pl.bullet) {
      para = open<ParaBlock>({ kind: 'para', lines: [pl], mapped: NO_TEXT }, pl, opened);
      blocks.push(para.block);
      continue;
    }
    cur.block.lines.push(pl);
    // Latin words split at the line end need their space back; Chinese text joins directly.
    if (isLatin(lastCode) && isLatin(text.charCodeAt(0))) cur.text.insert(' ');
    cur.text.add(pl.mapped);
  }
  for (const o of opened) o.block.mapped = o.text.build();
  return blocks;
}

/** In indented text, a numbered "title" whose next line continues at the margin is a wrapped paragraph. */
function wrapsOn(pl: ProseLine, next: ProseLine | undefined): boolean {
  if (!next || next.multiCell || next.aligned) return false;
  if (next.line.no - pl.line.no > MAX_JOIN_GAP) return false;
  if (endsTerminal(pl.mapped.text)) return false;
  return next.indent < 2 && !startsEnumerated(next.mapped.text);
}
