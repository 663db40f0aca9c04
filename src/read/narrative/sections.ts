// Blocks → the tree of numbered sections. Levels follow the numbering style (第一部分 1, 一、 2,
// （一） 3, 1、 4), and a section nests under the nearest open section of a lower level, so a 1、
// directly under a 一、 is still level 4. Inside 名词解释 numbered lines are entries, not sections.
import type { NarrativeFact, NarrativeSection, Position } from '../../model/index.js';
import { posOf, type ReadContext } from '../context.js';
import type { Block } from './blocks.js';
import { extractFacts, leadTopic } from './facts.js';
import { startsEnumerated } from './headings.js';
import { newFactState } from './link.js';

/** A section with the blocks it owns (its own paragraphs and skipped lines, not its children's). */
export interface BuiltSection {
  section: NarrativeSection;
  blocks: Block[];
  /** Facts of each own paragraph block, in order (same objects as in `section.facts`). */
  paraFacts: { block: Block; facts: NarrativeFact[] }[];
  children: BuiltSection[];
  lastLine: number;
}

/** Is this section (or an ancestor part) the glossary? */
export function isGlossaryTitle(title: string): boolean {
  return title.includes('名词解释');
}

/** Build the section tree and read each paragraph's facts. */
export function buildSections(blocks: readonly Block[], ctx: ReadContext): BuiltSection[] {
  const roots: BuiltSection[] = [];
  const stack: BuiltSection[] = [];
  const state = newFactState();
  let preamble: BuiltSection | undefined;

  const inGlossary = (): boolean => stack.some((s) => isGlossaryTitle(s.section.title));

  for (const block of blocks) {
    if (block.kind === 'heading' && !(block.heading.level >= 2 && inGlossary())) {
      const first = block.lines[0];
      if (!first) continue;
      // A section spans lines, so its position has no column; the heading line starts it.
      const pos: Position = posOf(ctx, first.line);
      const built: BuiltSection = {
        section: { number: block.heading.number, title: block.heading.title, level: block.heading.level, text: '', facts: [], children: [], pos },
        blocks: [],
        paraFacts: [],
        children: [],
        lastLine: lastLineOf(block),
      };
      while (stack.length > 0 && (stack[stack.length - 1]?.section.level ?? 0) >= built.section.level) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(built);
      else roots.push(built);
      stack.push(built);
      state.lead = undefined;
      continue;
    }
    let owner = stack[stack.length - 1];
    if (!owner) {
      preamble ??= emptySection(block, ctx);
      owner = preamble;
    }
    owner.blocks.push(block);
    owner.lastLine = Math.max(owner.lastLine, lastLineOf(block));
    if (block.kind === 'skip') continue;
    const text = block.mapped.text;
    const lead = leadTopic(text, state);
    if (lead) state.lead = lead;
    else if (startsEnumerated(text) || block.lines[0]?.bullet) state.lead = undefined;
    const facts = extractFacts(block.mapped, ctx, state, owner.section.facts.length);
    owner.paraFacts.push({ block, facts });
    for (const f of facts) owner.section.facts.push(f);
    // Appending makes a rope, not a copy; the text is read once, when the result is serialised.
    owner.section.text = owner.section.text === '' ? text : `${owner.section.text}\n${text}`;
  }
  // Text before the first heading is usually the title page; keep it only when it is prose (a heading
  // lost to the table of contents leaves its paragraphs here) or states figures.
  if (preamble && (preamble.section.facts.length > 0 || /[，。；]/.test(preamble.section.text))) roots.unshift(preamble);
  for (const r of roots) finish(r);
  return roots;
}

function emptySection(block: Block, ctx: ReadContext): BuiltSection {
  const first = block.lines[0];
  const pos: Position = first ? posOf(ctx, first.line) : { file: ctx.file, line: 1 };
  return { section: { number: '', title: '', level: 1, text: '', facts: [], children: [], pos }, blocks: [], paraFacts: [], children: [], lastLine: pos.line };
}

function lastLineOf(block: Block): number {
  let n = 0;
  for (const l of block.lines) if (l.line.no > n) n = l.line.no;
  return n;
}

/** Link children into the model and stretch each section's position over its whole extent. */
function finish(b: BuiltSection): number {
  let last = b.lastLine;
  for (const c of b.children) last = Math.max(last, finish(c));
  b.section.children = b.children.map((c) => c.section);
  if (last > b.section.pos.line && (b.section.pos.endLine ?? 0) < last) b.section.pos.endLine = last;
  return last;
}

/** All sections of a tree, depth first in document order. */
export function flatten(roots: readonly BuiltSection[]): BuiltSection[] {
  const out: BuiltSection[] = [];
  const walk = (b: BuiltSection): void => {
    out.push(b);
    b.children.forEach(walk);
  };
  roots.forEach(walk);
  return out;
}
