// 项目资金: totals and sources for the period (实施期/中期) and the year, in the unit printed.
// Layouts: label and amount in separate cells (`实施期资金总额:→50000`), amount inside the label's
// cell (`其中：中央财政资金 0`, `年度资金总额：50万元`), or an amount wrapped onto the next line.
import type { Funding, Money, MoneyUnit } from '../../model/index.js';
import { parseDecimal } from '../../model/index.js';
import { diag, posOf, type ReadContext } from '../context.js';
import type { SourceLine } from '../lines/types.js';
import { compact, tokensOf, type Token } from './text.js';

/** Which amount of a Funding a label names. */
export type FundingKind = 'total' | 'central' | 'provincial' | 'local' | 'selfRaised' | 'other';

/** An amount with its label as found on one line. */
interface Entry {
  kind?: FundingKind;
  side?: 'period' | 'year';
  label: Token;
  amount?: Money;
  amountTok?: Token;
}

const AMOUNT_RE = /^(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(万元|元|亿元)?$/;
const INLINE_RE = /^(.*?[^\d\s,.])\s*[:：]?\s*(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:万元|元|亿元)?)$/;

/** True for the label that opens a funding section: `项目资金 (元)`, `项目预算资金（万元）`. */
export function isFundingLabel(text: string): boolean {
  return /^项目(?:预算)?资金(?:\((?:万元|元|亿元)\))?$/.test(compact(text));
}

/** The kind of amount a funding label names, or undefined when it names none (a wrapped fragment). */
export function fundingKindOf(label: string): FundingKind | undefined {
  const c = compact(label);
  if (/总额|合计/.test(c)) return 'total';
  if (/中央/.test(c)) return 'central';
  if (/省级|省财政/.test(c)) return 'provincial';
  if (/市县|县\(区\)|区县|市级财政|本级财政/.test(c)) return 'local';
  if (/自筹/.test(c)) return 'selfRaised';
  if (/其他资金/.test(c)) return 'other';
  return undefined;
}

/** The unit a funding section announces in its label (`项目资金 (元)`, `项目预算资金(万元)`); 元 by default. */
export function fundingUnitOf(label: string): MoneyUnit {
  const c = compact(label);
  return c.includes('万元') ? '万元' : c.includes('亿元') ? '亿元' : '元';
}

/** A printed amount (`50,000`, `3.5`, `2万元`) as Money; the unit printed beside the number wins. */
export function amountOf(text: string, unit: MoneyUnit): Money | undefined {
  const m = AMOUNT_RE.exec(text.trim());
  if (!m?.[1]) return undefined;
  const value = parseDecimal(m[1]);
  if (value === undefined) return undefined;
  return { raw: text.trim(), value, unit: (m[2] as MoneyUnit | undefined) ?? unit };
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
    const toks = tokensOf(line).filter((t) => {
      if (isFundingLabel(t.text)) {
        this.unit = fundingUnitOf(t.text);
        return false;
      }
      return true;
    });
    if (this.pendingTotal && toks.length === 1 && toks[0] && amountOf(toks[0].text, this.unit)) {
      // The year total printed under its label: `年度预算资金总额（当年）` / next line `4万元`.
      const p = this.pendingTotal;
      p.amountTok = toks[0];
      p.amount = amountOf(toks[0].text, this.unit);
      diag(this.ctx, 'info', 'form-funding-wrapped', `amount ${toks[0].text} read from the line below its label ${p.label.text}`, posOf(this.ctx, line, toks[0].cell));
      this.store(line, p);
      this.pendingTotal = undefined;
      return;
    }
    this.pendingTotal = undefined;
    const entries = this.entries(toks);
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

  private entries(toks: Token[]): Entry[] {
    const out: Entry[] = [];
    for (const t of toks) {
      const last = out[out.length - 1];
      const amount = amountOf(t.text, this.unit);
      if (amount) {
        if (last && !last.amount) {
          last.amount = amount;
          last.amountTok = t;
        }
        continue;
      }
      const inline = INLINE_RE.exec(t.text);
      const e: Entry = { label: t };
      if (inline?.[1] && inline[2] && fundingKindOf(inline[1])) {
        e.amount = amountOf(inline[2], this.unit);
        e.amountTok = t;
      }
      const kind = fundingKindOf(inline?.[1] && e.amount ? inline[1] : t.text);
      if (kind) e.kind = kind;
      out.push(e);
    }
    return out;
  }

  private assignSides(line: SourceLine, entries: Entry[]): void {
    for (const e of entries) {
      if (e.kind !== 'total') continue;
      const c = compact(e.label.text);
      e.side = /年度|当年/.test(c) ? 'year' : 'period';
      this.sideCols[e.side] = e.label.col;
    }
    // A label that names nothing (the wrapped tail `金` of 市县（区）财政资金) takes the kind of its neighbour.
    const known = entries.filter((e) => e.kind);
    for (const e of entries) {
      if (e.kind || !e.amount) continue;
      const other = known.find((k) => k !== e && k.kind !== 'total');
      if (other?.kind) {
        e.kind = other.kind;
        diag(this.ctx, 'warning', 'form-funding-label-guessed', `label ${e.label.text} names no source; read as ${other.kind} like ${other.label.text} on the same row`, posOf(this.ctx, line, e.label.cell));
      }
    }
    const sources = entries.filter((e) => e.kind && e.kind !== 'total');
    const { period, year } = this.sideCols;
    const bothKnown = period !== undefined && year !== undefined;
    sources.forEach((e, i) => {
      if (bothKnown) e.side = sources.length === 2 ? (i === 0 ? 'period' : 'year') : nearer(e.label.col, period, year);
      else if (year !== undefined || period !== undefined) {
        // Only one side has a total label: the column beside it has no heading and is not read.
        const only = year !== undefined ? 'year' : 'period';
        const col = (year ?? period)!;
        const best = Math.min(...sources.map((s) => Math.abs(s.label.col - col)));
        if (Math.abs(e.label.col - col) === best && !sources.slice(0, i).some((s) => s.side === only)) e.side = only;
        else diag(this.ctx, 'warning', 'form-funding-unlabelled-column', `${[e.label, e.amountTok].filter((x, k, a) => x && a.indexOf(x) === k).map((x) => x?.text).join(' ')} stands in a column without a total label, not read`, posOf(this.ctx, line, e.label.cell));
      } else e.side = i === 0 ? 'period' : 'year';
    });
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

function nearer(col: number, period: number, year: number): 'period' | 'year' {
  return Math.abs(col - year) < Math.abs(col - period) ? 'year' : 'period';
}
