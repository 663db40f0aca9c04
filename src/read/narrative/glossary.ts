// 名词解释: numbered entries "一、基本支出：指…" (or "（一）财政拨款收入：是…"); some issuers put the
// definition on the line after a bare "六、财政专户管理资金：".
import type { GlossaryEntry, Position } from '../../model/index.js';
import type { ReadContext } from '../context.js';
import type { Block } from './blocks.js';
import { isGlossaryTitle, type BuiltSection } from './sections.js';
import { spanPos, type MappedText } from './mapped.js';

const ENTRY = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．])([^：:，。；]{1,30})[：:]/;

/** Read the entries of every glossary section (and of its subsections). */
export function readGlossary(sections: readonly BuiltSection[], ctx: ReadContext): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  const visit = (s: BuiltSection, inside: boolean): void => {
    const here = inside || isGlossaryTitle(s.section.title);
    if (here) out.push(...entriesOf(s.blocks, ctx));
    s.children.forEach((c) => visit(c, here));
  };
  sections.forEach((s) => visit(s, false));
  return out;
}

function entriesOf(blocks: readonly Block[], ctx: ReadContext): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  const prose = blocks.filter((b): b is Exclude<Block, { kind: 'skip' }> => b.kind !== 'skip');
  for (let i = 0; i < prose.length; i++) {
    const block = prose[i];
    if (!block) continue;
    const m = ENTRY.exec(block.mapped.text);
    if (!m) continue;
    const term = (m[1] ?? '').trim();
    let definition = block.mapped.text.slice(m[0].length).trim();
    let pos = whole(ctx, block.mapped);
    const next = prose[i + 1];
    if (definition === '' && next && !ENTRY.test(next.mapped.text)) {
      definition = next.mapped.text.trim();
      const end = whole(ctx, next.mapped);
      if (pos && end) pos = join(pos, end);
      i++;
    }
    if (term === '' || !pos) continue;
    out.push({ term, definition, pos });
  }
  return out;
}

function whole(ctx: ReadContext, m: MappedText): Position | undefined {
  return spanPos(ctx, m, 0, m.text.length);
}

function join(a: Position, b: Position): Position {
  const pos: Position = { ...a, endLine: b.endLine ?? b.line };
  if (a.column && b.column) pos.column = { start: a.column.start, end: b.column.end };
  return pos;
}
