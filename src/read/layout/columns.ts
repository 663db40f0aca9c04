// A column of a table page as it is learnt from the body tokens placed in it (align.ts).
import type { TokenKind } from './tokens.js';

/** A column being learnt from tokens. */
export interface Column {
  n: number;
  sumStart: number;
  sumEnd: number;
  minStart: number;
  maxEnd: number;
  /** How many of its tokens are amounts, integers and text. */
  amounts: number;
  ints: number;
  texts: number;
}

/** An empty column. */
export function newColumn(): Column {
  return { n: 0, sumStart: 0, sumEnd: 0, minStart: Infinity, maxEnd: -Infinity, amounts: 0, ints: 0, texts: 0 };
}

/** Add a token's span and kind to a column. */
export function addToken(c: Column, t: { start: number; end: number; kind: TokenKind }): void {
  c.n++;
  c.sumStart += t.start;
  c.sumEnd += t.end;
  c.minStart = Math.min(c.minStart, t.start);
  c.maxEnd = Math.max(c.maxEnd, t.end);
  if (t.kind === 'amount') c.amounts++;
  else if (t.kind === 'int') c.ints++;
  else c.texts++;
}

/** Mean start, end and centre of a column's tokens. */
export function meanSpan(c: Column): { start: number; end: number; centre: number } {
  if (c.n === 0) return { start: 0, end: 0, centre: 0 };
  const start = c.sumStart / c.n;
  const end = c.sumEnd / c.n;
  return { start, end, centre: (start + end) / 2 };
}

/** Dominant kind of a column; undefined when it has no tokens. */
export function columnKind(c: Column): TokenKind | undefined {
  if (c.n === 0) return undefined;
  const { amounts, ints, texts } = c;
  if (amounts >= ints && amounts >= texts) return 'amount';
  return ints >= texts ? 'int' : 'text';
}
