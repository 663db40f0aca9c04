// The printed texts of a document with their positions, for the text-quality rules. Narrative sections keep
// their text but not a map of every character, so a place inside a paragraph is found from the facts of the
// section: a fact's text is located in the section text and its column is known; the target is placed by its
// distance from the nearest such fact in the same paragraph. Tab-separated and OCR sources print a paragraph
// on one line, so this is exact there; layout text wraps paragraphs over lines, so there a place is given as
// the lines from the fact before it to the fact after it, or as the section when no facts surround it.
import type { Document, NarrativeSection, Position } from '../model/index.js';

/** Where a text stands in the model. */
export type TextWhere = 'title' | 'contents' | 'table-title' | 'cell' | 'note' | 'section-title' | 'section' | 'glossary' | 'form';

/** A printed text, its position, and (for narrative text) a way to place an offset inside it. */
export interface TextNode {
  text: string;
  pos: Position;
  where: TextWhere;
  /** Position of `length` characters at `offset` in `text`; the node's position when it cannot be placed exactly. */
  at(offset: number, length: number): Position;
}

const whole = (pos: Position) => (): Position => pos;
// A cell's text is its printed span trimmed, so an offset in it is an offset from the span's start.
const inSpan =
  (pos: Position) =>
  (offset: number, length: number): Position =>
    pos.column && pos.endLine === undefined ? { ...pos, column: { start: pos.column.start + offset, end: pos.column.start + offset + length } } : pos;

/** Every section of the narrative, depth first. */
export function allSections(doc: Document): NarrativeSection[] {
  const out: NarrativeSection[] = [];
  const walk = (ss: readonly NarrativeSection[]): void => {
    for (const s of ss) {
      out.push(s);
      walk(s.children);
    }
  };
  walk(doc.narrative.sections);
  return out;
}

/** A resolver of offsets in a section's text to source positions, anchored on the section's facts. */
export function sectionLocator(doc: Document, s: NarrativeSection): (offset: number, length: number) => Position {
  const anchors: { offset: number; end: number; pos: Position; verbatim: boolean }[] = [];
  let from = 0;
  for (const f of s.facts) {
    if (!f.pos.column) continue;
    // Layout text prints spaces inside a figure (减少 0.15 万元) that the section text has lost.
    let text = f.text;
    let k = s.text.indexOf(text, from);
    if (k < 0) {
      text = f.text.replace(/\s+/g, '');
      k = s.text.indexOf(text, from);
    }
    if (k < 0) continue;
    anchors.push({ offset: k, end: k + text.length, pos: f.pos, verbatim: text === f.text });
    from = k + text.length;
  }
  const exact = doc.source.format !== 'layout-text';
  const shifted = (a: { offset: number; pos: Position }, offset: number, length: number): Position | undefined => {
    const col = a.pos.column;
    const start = (col?.start ?? -1) + (offset - a.offset);
    if (!col || start < 0) return undefined;
    const pos: Position = { file: a.pos.file, line: a.pos.line, column: { start, end: start + length } };
    if (a.pos.page !== undefined) pos.page = a.pos.page;
    return pos;
  };
  return (offset, length) => {
    // Inside a fact: the fact's own position holds it, exactly when the fact sits on one line.
    const inside = anchors.find((a) => a.offset <= offset && offset + length <= a.end);
    if (inside) return (inside.verbatim && inside.pos.endLine === undefined && shifted(inside, offset, length)) || inside.pos;
    if (!exact) {
      // Between two facts printed on the same line, the text is on that line too.
      const before = anchors.filter((a) => a.end <= offset).pop();
      const after = anchors.find((a) => a.offset >= offset + length);
      // Between two facts the text lies on the lines from the first to the second: one line when they share it.
      if (!before || !after) return s.pos;
      const pos: Position = { file: before.pos.file, line: before.pos.line };
      const last = after.pos.endLine ?? after.pos.line;
      if (last > pos.line) pos.endLine = last;
      if (before.pos.page !== undefined) pos.page = before.pos.page;
      return pos;
    }
    let best: { offset: number; pos: Position } | undefined;
    for (const a of anchors.filter((x) => x.verbatim)) {
      const lo = Math.min(a.offset, offset);
      const hi = Math.max(a.offset, offset);
      if (s.text.slice(lo, hi).includes('\n')) continue;
      if (!best || Math.abs(a.offset - offset) < Math.abs(best.offset - offset)) best = a;
    }
    return (best && shifted(best, offset, length)) || s.pos;
  };
}

function formNodes(value: unknown, out: TextNode[], inherited?: Position): void {
  if (Array.isArray(value)) {
    for (const v of value) formNodes(v, out, inherited);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  const own = o['pos'];
  const pos = own && typeof own === 'object' && 'line' in own ? (own as Position) : inherited;
  for (const [k, v] of Object.entries(o)) {
    if (k === 'pos' || k === 'raw' || k === 'value' && typeof v !== 'string') continue;
    if (typeof v === 'string' && pos && k !== 'unit') out.push({ text: v, pos, where: 'form', at: whole(pos) });
    else formNodes(v, out, pos);
  }
}

// Several rules read the same texts: they are collected once per document (the model is not mutated by rules).
const cache = new WeakMap<Document, TextNode[]>();

/** Every printed text of the document with its position (collected once per document). */
export function textNodes(doc: Document): TextNode[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out = collect(doc);
  cache.set(doc, out);
  return out;
}

function collect(doc: Document): TextNode[] {
  const out: TextNode[] = [];
  const add = (text: string | undefined, pos: Position, where: TextWhere): void => {
    if (text) out.push({ text, pos, where, at: whole(pos) });
  };
  for (const c of doc.contents ?? []) add(c.title, c.pos, 'contents');
  for (const t of doc.tables) {
    add(t.title, t.pos, 'table-title');
    for (const r of t.rows) for (const c of Object.values(r.cells)) if (c.text) out.push({ text: c.text, pos: c.pos, where: 'cell', at: inSpan(c.pos) });
    for (const n of t.notes) add(n.text, n.pos, 'note');
  }
  for (const s of allSections(doc)) {
    add(s.title, s.pos, 'section-title');
    if (s.text) {
      // Anchoring a section on its facts costs a search per fact: done only when a rule asks for a place in it.
      let locate: ((offset: number, length: number) => Position) | undefined;
      out.push({ text: s.text, pos: s.pos, where: 'section', at: (o, l) => (locate ??= sectionLocator(doc, s))(o, l) });
    }
  }
  for (const g of doc.glossary) add(g.definition, g.pos, 'glossary');
  formNodes(doc.forms, out);
  return out;
}
