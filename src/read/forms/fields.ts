// Labelled rows: `项目名称→→安全生产举报奖励经费`, `负责人:→经办人:→赵军`, `负责人：李新全`,
// `负责人：赵永红 经办人：王晋辉 联系电话： 填报日期：` — labels in their own cells or inside a cell.
import type { Field, Position } from '../../model/index.js';
import { posOf, type ReadContext } from '../context.js';
import type { SourceCell, SourceLine } from '../lines/types.js';
import { cleanValue, compact, subPos } from './text.js';
import { newSlot, type CellText } from './cell.js';
import { tokensOf, type Token } from './tokens.js';

/** A piece of a cell: the whole cell or the part after an inline label. */
export interface Piece {
  text: string;
  cell: SourceCell;
  col: number;
  from: number;
  to: number;
  /** The cell's record when the piece is the whole cell. */
  info: CellText | undefined;
}

/** A label found on a line and the pieces that follow it up to the next label. */
export interface Pair {
  label: string;
  labelPiece: Piece;
  values: Piece[];
}

const OF_WHICH = /^其中[:：]?/;

/** A fixed list of labels; `其中:` before a label is ignored. Make one per list, once: it remembers each cell it was asked about. */
export class LabelSet {
  private readonly known = new Map<string, string>();
  private readonly slot = newSlot();

  constructor(labels: readonly string[], aliases: Readonly<Record<string, string>> = {}) {
    for (const l of labels) this.known.set(compact(l), l);
    for (const [alias, label] of Object.entries(aliases)) this.known.set(compact(alias), label);
  }

  /** The canonical label a compact text names, or undefined. */
  match(compactText: string): string | undefined {
    return this.known.get(compactText.startsWith('其中') ? compactText.replace(OF_WHICH, '') : compactText);
  }

  /** The canonical label a cell names, or undefined. */
  of(info: CellText): string | undefined {
    let label = info.recall(this.slot) as string | null | undefined;
    if (label === undefined) {
      label = this.match(info.compact) ?? null;
      info.keep(this.slot, label);
    }
    return label ?? undefined;
  }
}

/** Labels that may carry their value inside the label's cell. */
export interface InlineLabelList {
  /** Followed by a colon: `负责人：李新全`. */
  colon?: readonly string[];
  /** Followed by a colon or just a space: `下属预算单位 6个`. */
  bare?: readonly string[];
}

/** A label found inside a cell's text: where it starts and where its value runs. */
interface InlineHit {
  readonly label: string;
  readonly at: number;
  readonly valueFrom: number;
  readonly valueTo: number;
}

const NO_HITS: readonly InlineHit[] = [];

/**
 * Labels inside a cell: the first must open the cell; later ones need a colon and a space before them,
 * so that a sentence mentioning 负责人 is not split. Make one per label list, once: it remembers each text it split.
 */
export class InlineLabels {
  private readonly first: RegExp | undefined;
  private readonly later: RegExp | undefined;
  private readonly canonical = new Map<string, string>();
  private readonly slot = newSlot();

  constructor(list: InlineLabelList) {
    const colon = list.colon ?? [];
    const bare = list.bare ?? [];
    const labels = [...colon, ...bare];
    for (const l of labels) if (!this.canonical.has(compact(l))) this.canonical.set(compact(l), l);
    if (labels.length > 0) {
      const altOf = (ls: readonly string[]): string => ls.map((l) => l.replace(/[()（）]/g, '[（(）)]?')).join('|') || '(?!)';
      this.first = new RegExp(`^(?:其中[:：]?\\s*)?(?:(${altOf(colon)})\\s*[:：]|(${altOf(bare)})\\s*[:：]?)`);
      this.later = new RegExp(`(?<=\\s)(${altOf(labels)})\\s*[:：]`, 'g');
    }
  }

  /** The labels inside a token's cell text, in order (shared: never change the list). */
  split(tok: Token): readonly InlineHit[] {
    if (!this.first) return NO_HITS;
    let out = tok.info.recall(this.slot) as readonly InlineHit[] | undefined;
    if (out === undefined) {
      out = this.scan(tok.cell.text, this.first, this.later!);
      tok.info.keep(this.slot, out);
    }
    return out;
  }

  private scan(text: string, firstRe: RegExp, later: RegExp): readonly InlineHit[] {
    const first = firstRe.exec(text);
    const found = first?.[1] ?? first?.[2];
    if (!first || !found) return NO_HITS;
    const hits: { label: string; at: number; valueFrom: number; valueTo: number }[] = [
      { label: this.canonicalOf(found), at: 0, valueFrom: first[0].length, valueTo: text.length },
    ];
    later.lastIndex = first[0].length;
    for (let m = later.exec(text); m; m = later.exec(text)) {
      const prev = hits[hits.length - 1]!;
      prev.valueTo = m.index;
      hits.push({ label: this.canonicalOf(m[1] ?? ''), at: m.index, valueFrom: m.index + m[0].length, valueTo: text.length });
    }
    return hits;
  }

  private canonicalOf(found: string): string {
    return this.canonical.get(compact(found)) ?? found;
  }
}

/**
 * Read the labels and values of one line; text before the first label is returned as orphans.
 */
export function readPairs(line: SourceLine, labels: LabelSet, inline?: InlineLabels): { pairs: Pair[]; orphans: readonly Piece[] } {
  const pairs: Pair[] = [];
  let orphans: Piece[] | undefined;
  for (const tok of tokensOf(line)) {
    const whole: Piece = { text: tok.text, cell: tok.cell, col: tok.col, from: 0, to: tok.text.length, info: tok.info };
    const label = labels.of(tok.info);
    if (label) {
      pairs.push({ label, labelPiece: whole, values: [] });
      continue;
    }
    const split = inline ? inline.split(tok) : NO_HITS;
    if (split.length === 0) {
      const last = pairs[pairs.length - 1];
      if (last) last.values.push(whole);
      else (orphans ??= []).push(whole);
      continue;
    }
    for (const s of split) {
      const labelPiece: Piece = { text: s.label, cell: tok.cell, col: tok.col, from: s.at, to: s.valueFrom, info: undefined };
      const pair: Pair = { label: s.label, labelPiece, values: [] };
      const value = tok.cell.text.slice(s.valueFrom, s.valueTo);
      const trimmed = value.trim();
      const lead = value.length - value.trimStart().length;
      if (trimmed) pair.values.push({ text: trimmed, cell: tok.cell, col: tok.col, from: s.valueFrom + lead, to: s.valueFrom + lead + trimmed.length, info: undefined });
      pairs.push(pair);
    }
  }
  return { pairs, orphans: orphans ?? NO_PIECES };
}

const NO_PIECES: readonly Piece[] = [];

/** True when `readPairs` would find a label on the line (without building the pairs). */
export function hasPair(line: SourceLine, labels: LabelSet, inline?: InlineLabels): boolean {
  for (const tok of tokensOf(line)) {
    if (labels.of(tok.info)) return true;
    if (inline && inline.split(tok).length > 0) return true;
  }
  return false;
}

/** Position of a run of pieces (or of the label when there is no value). */
export function piecesPos(ctx: ReadContext, line: SourceLine, pieces: readonly Piece[]): Position {
  const first = pieces[0];
  if (!first) return posOf(ctx, line);
  const last = pieces[pieces.length - 1] ?? first;
  const pos = subPos(ctx, line, first.cell, first.from, first.to);
  const end = last.cell.start + last.to;
  if (pos.column && end > pos.column.end) pos.column.end = end;
  return pos;
}

/** The value of pieces: their texts joined by a space and cleaned (see `cleanValue`). */
export function joinedValue(pieces: readonly Piece[]): string {
  // A value is usually one whole cell, cleaned once per distinct text.
  const only = pieces.length === 1 ? pieces[0] : undefined;
  if (only?.info) return only.info.clean;
  return cleanValue(only ? only.text : pieces.map((p) => p.text).join(' '));
}

/** A Field from a pair: the values joined by a space, positioned on the values (or on the label when empty). */
export function fieldOf(ctx: ReadContext, line: SourceLine, pair: Pair): Field {
  const value = joinedValue(pair.values);
  const pos = piecesPos(ctx, line, pair.values.length > 0 ? pair.values : [pair.labelPiece]);
  return { label: pair.label, value, pos };
}
