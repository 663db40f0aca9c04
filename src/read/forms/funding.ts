// 项目资金: totals and sources for the period (实施期/中期) and the year, in the unit printed.
// Layouts: label and amount in separate cells (`实施期资金总额:→50000`), amount inside the label's
// cell (`其中：中央财政资金 0`, `年度资金总额：50万元`), or an amount wrapped onto the next line.
import type { Funding, LocatedMoney, Money, MoneyUnit, Position } from '../../model/index.js';
import { diag, posOf, type ReadContext } from '../context.js';
import type { SourceLine } from '../lines/types.js';
import { fundingUnitOf, moneyOf, type FundingKind } from './funding-words.js';
import { subPos } from './text.js';
import { tokensOf, type Token } from './tokens.js';

/** The funding vocabulary, re-exported for the readers and tests. */
export { amountOf, fundingKindOf, fundingUnitOf, isFundingLabel, type FundingKind } from './funding-words.js';

/** An amount with its label as found on one line. */
interface Entry {
  kind?: FundingKind;
  side?: 'period' | 'year';
  label: Token;
  amount?: LocatedMoney;
  amountTok?: Token;
}

/** An amount placed at its position. */
export function located(money: Money, pos: Position): LocatedMoney {
  return { raw: money.raw, value: money.value, unit: money.unit, pos };
}

/** Collects the funding rows of one project form. */
export class FundingReader {
  /** The unit the section announced (`项目资金 (元)`); amounts printed with their own unit keep theirs. */
  unit: MoneyUnit = '元';
  private sideCols: { period?: number; year?: number } = {};
  readonly period: Funding = {};
  readonly year: Funding = {};
  private pendingTotal: Entry | undefined;

  constructor(private readonly ctx: ReadContext) {}

  /** Read one line of the funding section. */
  row(line: SourceLine): void {
    const toks: Token[] = [];
    for (const t of tokensOf(line)) {
      if (t.info.fundingLabel) this.unit = fundingUnitOf(t.text);
      else toks.push(t);
    }
    const sole = toks.length === 1 ? toks[0] : undefined;
    const wrapped = this.pendingTotal && sole?.info.amount;
    if (this.pendingTotal && sole && wrapped) {
      // The year total printed under its label: `年度预算资金总额（当年）` / next line `4万元`.
      const p = this.pendingTotal;
      p.amountTok = sole;
      p.amount = located(moneyOf(wrapped, this.unit), posOf(this.ctx, line, sole.cell));
      diag(this.ctx, 'info', 'form-funding-wrapped', `amount ${sole.text} read from the line below its label ${p.label.text}`, posOf(this.ctx, line, sole.cell));
      this.store(line, p);
      this.pendingTotal = undefined;
      return;
    }
    this.pendingTotal = undefined;
    const entries = this.entries(line, toks);
    this.assignSides(line, entries);
    for (const e of entries) {
      if (!e.kind) {
        if (e.amount) diag(this.ctx, 'warning', 'form-funding-unreadable', `amount ${e.amountTok?.text ?? ''} under an unknown label ${e.label.text}, not read`, posOf(this.ctx, line, e.label.cell));
        continue;
      }
      if (e.kind === 'total' && !e.amount && e.side === 'year') this.pendingTotal = e;
      this.store(line, e);
    }
  }

  private entries(line: SourceLine, toks: readonly Token[]): Entry[] {
    const out: Entry[] = [];
    for (const t of toks) {
      const last = out[out.length - 1];
      const amount = t.info.amount;
      if (amount) {
        if (last && !last.amount) {
          last.amount = located(moneyOf(amount, this.unit), posOf(this.ctx, line, t.cell));
          last.amountTok = t;
        }
        continue;
      }
      // Every entry starts with every field, so that entries share one object shape.
      const e: Entry = { kind: undefined, side: undefined, label: t, amount: undefined, amountTok: undefined };
      const inline = t.info.inlineAmount;
      if (inline?.kind) {
        if (inline.amount) {
          // The amount shares the label's cell (`年度资金总额：50万元`): point at its own text, which ends the cell.
          const lead = t.cell.text.length - t.cell.text.trimStart().length;
          const from = lead + t.text.length - inline.amountText.length;
          e.amount = located(moneyOf(inline.amount, this.unit), subPos(this.ctx, line, t.cell, from, from + inline.amountText.length));
        }
        e.amountTok = t;
      }
      const kind = inline && e.amount ? inline.kind : t.info.fundingKind;
      if (kind) e.kind = kind;
      out.push(e);
    }
    return out;
  }

  private assignSides(line: SourceLine, entries: Entry[]): void {
    for (const e of entries) {
      if (e.kind !== 'total') continue;
      const c = e.label.info.compact;
      e.side = c.includes('年度') || c.includes('当年') ? 'year' : 'period';
      this.sideCols[e.side] = e.label.col;
    }
    // A label that names nothing (the wrapped tail `金` of 市县（区）财政资金) takes the kind of its neighbour.
    if (entries.some(unnamedAmount)) {
      // The labels known before any guess: a guessed label is not copied on.
      const known = entries.filter((e) => e.kind);
      for (const e of entries) {
        if (e.kind || !e.amount) continue;
        const other = known.find((k) => k !== e && k.kind !== 'total');
        if (other?.kind) {
          e.kind = other.kind;
          diag(this.ctx, 'warning', 'form-funding-label-guessed', `label ${e.label.text} names no source; read as ${other.kind} like ${other.label.text} on the same row`, posOf(this.ctx, line, e.label.cell));
        }
      }
    }
    const sources = entries.filter(isSource);
    const { period, year } = this.sideCols;
    if (period !== undefined && year !== undefined) {
      for (let i = 0; i < sources.length; i++) sources[i]!.side = sources.length === 2 ? (i === 0 ? 'period' : 'year') : nearer(sources[i]!.label.col, period, year);
    } else if (year !== undefined || period !== undefined) {
      // Only one side has a total label: the column beside it has no heading and is not read.
      const only = year !== undefined ? 'year' : 'period';
      const col = (year ?? period)!;
      let best = Infinity;
      for (const s of sources) best = Math.min(best, Math.abs(s.label.col - col));
      let taken = false;
      for (const e of sources) {
        if (Math.abs(e.label.col - col) === best && !taken) {
          e.side = only;
          taken = true;
        } else diag(this.ctx, 'warning', 'form-funding-unlabelled-column', `${[e.label, e.amountTok].filter((x, k, a) => x && a.indexOf(x) === k).map((x) => x?.text).join(' ')} stands in a column without a total label, not read`, posOf(this.ctx, line, e.label.cell));
      }
    } else for (let i = 0; i < sources.length; i++) sources[i]!.side = i === 0 ? 'period' : 'year';
  }

  private store(line: SourceLine, e: Entry): void {
    if (!e.kind || !e.side) return;
    const f = e.side === 'period' ? this.period : this.year;
    if (e.kind === 'total') {
      f.pos = posOf(this.ctx, line, (e.amountTok ?? e.label).cell);
      if (!e.amount) return;
    }
    if (!e.amount) return;
    if (f[e.kind]) {
      diag(this.ctx, 'warning', 'form-funding-duplicate', `second ${e.kind} amount ${e.amount.raw} for the ${e.side}, not read`, posOf(this.ctx, line, (e.amountTok ?? e.label).cell));
      return;
    }
    f[e.kind] = e.amount;
    if (!f.pos) f.pos = posOf(this.ctx, line, (e.amountTok ?? e.label).cell);
  }
}

const unnamedAmount = (e: Entry): boolean => !e.kind && e.amount !== undefined;
const isSource = (e: Entry): boolean => e.kind !== undefined && e.kind !== 'total';

function nearer(col: number, period: number, year: number): 'period' | 'year' {
  return Math.abs(col - year) < Math.abs(col - period) ? 'year' : 'period';
}
