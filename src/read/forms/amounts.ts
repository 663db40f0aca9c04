// Two label/amount lists side by side: `→合计→4558.02→合计→4558.02` (按资金来源划分 | 按资金方向划分,
// 年度收入情况 | 年度支出和结余情况). The left list may run longer than the right one.
import type { Money, MoneyUnit, Position } from '../../model/index.js';
import { posOf, type ReadContext } from '../context.js';
import type { SourceLine } from '../lines/types.js';
import { moneyOf } from './funding-words.js';
import { tokensOf, type Token } from './tokens.js';

/** A labelled amount with its position (on the amount, or on the label when the amount is blank). */
export interface AmountLine {
  label: string;
  amount?: Money;
  pos: Position;
}

/** The label columns of the two lists, found on the header row. */
export interface SideColumns {
  left: number;
  right: number;
  unit: MoneyUnit;
}

/** Columns of a two-list header row from the words that head each list, or undefined. */
export function sideColumns(line: SourceLine, left: RegExp, right: RegExp): SideColumns | undefined {
  const toks = tokensOf(line);
  const l = toks.find((t) => left.test(t.info.compact));
  const r = toks.find((t) => right.test(t.info.compact));
  if (!l || !r) return undefined;
  return { left: l.col, right: r.col, unit: /万元/.test(line.text) ? '万元' : /亿元/.test(line.text) ? '亿元' : '元' };
}

/** Read one row of a two-list table; `其中:` before a label is dropped. */
export function readAmountRow(ctx: ReadContext, line: SourceLine, cols: SideColumns, skip: (t: Token) => boolean): { left: AmountLine[]; right: AmountLine[] } {
  const entries: { label: Token; amount?: Money; amountTok?: Token }[] = [];
  for (const t of tokensOf(line)) {
    if (skip(t)) continue;
    const printed = t.info.amount;
    const amount = printed && moneyOf(printed, cols.unit);
    const last = entries[entries.length - 1];
    if (amount && last && !last.amount) {
      last.amount = amount;
      last.amountTok = t;
    } else if (!amount) entries.push({ label: t });
  }
  const out = { left: [] as AmountLine[], right: [] as AmountLine[] };
  entries.forEach((e, i) => {
    const item: AmountLine = { label: e.label.text.replace(/^其中\s*[:：]\s*/, '').trim(), pos: posOf(ctx, line, (e.amountTok ?? e.label).cell) };
    if (e.amount) item.amount = e.amount;
    const right = entries.length === 2 ? i === 1 : Math.abs(e.label.col - cols.right) < Math.abs(e.label.col - cols.left);
    (right ? out.right : out.left).push(item);
  });
  return out;
}
