// Labelled rows: `项目名称→→安全生产举报奖励经费`, `负责人:→经办人:→赵军`, `负责人：李新全`,
// `负责人：赵永红 经办人：王晋辉 联系电话： 填报日期：` — labels in their own cells or inside a cell.
import type { Field, Position } from '../../model/index.js';
import { posOf, type ReadContext } from '../context.js';
import type { SourceCell, SourceLine } from '../lines/types.js';
import { cleanValue, compact, subPos, tokensOf } from './text.js';

/** A piece of a cell: the whole cell or the part after an inline label. */
export interface Piece {
  text: string;
  cell: SourceCell;
  col: number;
  from: number;
  to: number;
}

/** A label found on a line and the pieces that follow it up to the next label. */
export interface Pair {
  label: string;
  labelPiece: Piece;
  values: Piece[];
}

/** Maps a cell's compact text to the canonical label it names, or undefined. */
export type LabelMatcher = (compactText: string) => string | undefined;

/** A matcher over a fixed list of labels; `其中:` before a label is ignored. */
export function labelSet(labels: readonly string[], aliases: Readonly<Record<string, string>> = {}): LabelMatcher {
  const known = new Map<string, string>();
  for (const l of labels) known.set(compact(l), l);
  for (const [alias, label] of Object.entries(aliases)) known.set(compact(alias), label);
  return (text) => known.get(text.replace(/^其中[:：]?/, ''));
}

/** Labels that may carry their value inside the label's cell. */
export interface InlineLabels {
  /** Followed by a colon: `负责人：李新全`. */
  colon?: readonly string[];
  /** Followed by a colon or just a space: `下属预算单位 6个`. */
  bare?: readonly string[];
}

/**
 * Read the labels and values of one line; text before the first label is returned as orphans.
 */
export function readPairs(
  line: SourceLine,
  match: LabelMatcher,
  inline: InlineLabels = {},
): { pairs: Pair[]; orphans: Piece[] } {
  const pairs: Pair[] = [];
  const orphans: Piece[] = [];
  const put = (p: Piece): void => {
    const last = pairs[pairs.length - 1];
    if (last) last.values.push(p);
    else orphans.push(p);
  };
  for (const tok of tokensOf(line)) {
    const whole: Piece = { text: tok.text, cell: tok.cell, col: tok.col, from: 0, to: tok.text.length };
    const label = match(compact(tok.text));
    if (label) {
      pairs.push({ label, labelPiece: whole, values: [] });
      continue;
    }
    const split = splitInline(tok.cell.text, inline);
    if (split.length === 0) {
      put(whole);
      continue;
    }
    for (const s of split) {
      const labelPiece: Piece = { text: s.label, cell: tok.cell, col: tok.col, from: s.at, to: s.valueFrom };
      const pair: Pair = { label: s.label, labelPiece, values: [] };
      const value = tok.cell.text.slice(s.valueFrom, s.valueTo);
      const lead = value.length - value.trimStart().length;
      if (value.trim())
        pair.values.push({ text: value.trim(), cell: tok.cell, col: tok.col, from: s.valueFrom + lead, to: s.valueFrom + lead + value.trim().length });
      pairs.push(pair);
    }
  }
  return { pairs, orphans };
}

interface InlineHit {
  label: string;
  at: number;
  valueFrom: number;
  valueTo: number;
}

// Labels inside a cell: the first must open the cell; later ones need a colon and a space before them,
// so that a sentence mentioning 负责人 is not split.
function splitInline(text: string, inline: InlineLabels): InlineHit[] {
  const labels = [...(inline.colon ?? []), ...(inline.bare ?? [])];
  if (labels.length === 0) return [];
  const { first: firstRe, later } = inlineRegexps(inline);
  const first = firstRe.exec(text);
  const found = first?.[1] ?? first?.[2];
  if (!first || !found) return [];
  const hits: InlineHit[] = [{ label: canonical(found, labels), at: 0, valueFrom: first[0].length, valueTo: text.length }];
  later.lastIndex = first[0].length;
  for (let m = later.exec(text); m; m = later.exec(text)) {
    const prev = hits[hits.length - 1]!;
    prev.valueTo = m.index;
    hits.push({ label: canonical(m[1] ?? '', labels), at: m.index, valueFrom: m.index + m[0].length, valueTo: text.length });
  }
  return hits;
}

const regexps = new Map<string, { first: RegExp; later: RegExp }>();

// The label lists are constants of each form reader: compile their patterns once.
function inlineRegexps(inline: InlineLabels): { first: RegExp; later: RegExp } {
  const colon = inline.colon ?? [];
  const bare = inline.bare ?? [];
  const key = `${colon.join('|')}#${bare.join('|')}`;
  let out = regexps.get(key);
  if (!out) {
    const altOf = (ls: readonly string[]): string => ls.map((l) => l.replace(/[()（）]/g, '[（(）)]?')).join('|') || '(?!)';
    out = {
      first: new RegExp(`^(?:其中[:：]?\\s*)?(?:(${altOf(colon)})\\s*[:：]|(${altOf(bare)})\\s*[:：]?)`),
      later: new RegExp(`(?<=\\s)(${altOf([...colon, ...bare])})\\s*[:：]`, 'g'),
    };
    regexps.set(key, out);
  }
  return out;
}

function canonical(found: string, labels: readonly string[]): string {
  const c = compact(found);
  return labels.find((l) => compact(l) === c) ?? found;
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

/** A Field from a pair: the values joined by a space, positioned on the values (or on the label when empty). */
export function fieldOf(ctx: ReadContext, line: SourceLine, pair: Pair): Field {
  const value = cleanValue(pair.values.map((v) => v.text).join(' '));
  const pos = piecesPos(ctx, line, pair.values.length > 0 ? pair.values : [pair.labelPiece]);
  return { label: pair.label, value, pos };
}
