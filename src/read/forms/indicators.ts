// The indicator tree: rows → 三级 indicators with their 一级/二级 path, for the period and the year.
// Blank 一级/二级 cells inherit from the rows above (merged cells); a 二级 name of the national
// template also fixes its 一级 (成本指标 is always under 产出指标), which repairs misplaced 一级 cells.
import type { Indicator } from '../../model/index.js';
import { diag, posOf, type ReadContext } from '../context.js';
import type { SourceLine } from '../lines/types.js';
import { DEFAULT_COLUMNS, rowTokens, splitRow, type Half, type IndicatorColumns, type RowToken } from './rows.js';
import { spanPos } from './text.js';
import { parentOf } from './vocabulary.js';

/** A self-evaluation indicator: the target plus what was achieved. */
export type EvaluatedIndicator = Indicator & { actual?: string; reason?: string };

/** A part score read from an indicator row (`产出指标 (50分)` … `50`). */
export interface PartScore {
  part: string;
  max?: string;
  score: string;
  line: SourceLine;
  token: RowToken;
}

const NO_TOKENS: readonly RowToken[] = [];

/** Reads the rows of one indicator block, keeping the inherited 一级/二级 between rows. */
export class IndicatorReader {
  readonly period: EvaluatedIndicator[] = [];
  readonly year: EvaluatedIndicator[] = [];
  readonly scores: PartScore[] = [];
  private cols: IndicatorColumns = DEFAULT_COLUMNS;
  private level1 = '';
  private level1Max: string | undefined;
  private level2: [string, string] = ['', ''];
  private before: { line: SourceLine; left: Half; right: Half }[] = [];

  constructor(
    private readonly ctx: ReadContext,
    private readonly evaluation = false,
  ) {}

  /** Use the columns of a (possibly repeated) header row. */
  setColumns(cols: IndicatorColumns): void {
    this.cols = cols;
  }

  /** Read one printed row. */
  row(line: SourceLine): void {
    const toks = rowTokens(line);
    if (toks.length === 0) return;
    const [left, right] = splitRow(toks, this.cols);
    if (left.notes) for (const n of left.notes) diag(this.ctx, 'info', n.code, n.message, posOf(this.ctx, line, n.token.cell));
    if (right.notes) for (const n of right.notes) diag(this.ctx, 'info', n.code, n.message, posOf(this.ctx, line, n.token.cell));
    const labelled = left.l1 || left.l2 || right.l2;
    const first = toks[0];
    if (!labelled && first && first.col < this.cols.name[0] - 1 && this.level2[0])
      // `培训成本→→1000元/人→…` printed left of the 三级 column: the 二级 above may not be its own.
      diag(this.ctx, 'info', 'form-indicator-shifted-row', `row shifted left of the 三级 column; 二级 ${this.level2[0]} inherited from above`, posOf(this.ctx, line));
    if (!labelled && !this.level1 && !this.level2[0] && !this.level2[1]) {
      // Rows above the first 一级/二级 cell: a merged label printed on its middle row, read below.
      this.before.push({ line, left, right });
      return;
    }
    const level1 = left.l1?.info.level1;
    if (level1) {
      this.level1 = level1.name;
      this.level1Max = level1.max;
      this.level2 = ['', ''];
    }
    const newLeft = left.l2?.info.level2?.name;
    if (newLeft) this.level2[0] = newLeft;
    let borrowed = false;
    const newRight = right.l2?.info.level2?.name;
    if (newRight) this.level2[1] = newRight;
    else if (newLeft && this.cols.halves === 2) {
      // The year half lost its 二级 cell on a row where the period half starts a new one.
      this.level2[1] = newLeft;
      borrowed = true;
    }
    this.flushBefore(true);
    this.emit(line, left, 0, false);
    this.emit(line, right, 1, borrowed);
  }

  /** Emit rows still waiting for a label; call once the block's rows are all read. */
  finish(): void {
    this.flushBefore(false);
  }

  private flushBefore(labelBelow: boolean): void {
    for (const b of this.before) {
      if (labelBelow && (b.left.xs.length > 0 || b.right.xs.length > 0))
        diag(this.ctx, 'info', 'form-indicator-label-below', `no 一级/二级 cell above this row; read under ${this.level1 || '?'} / ${this.level2[0] || '?'} printed below it`, posOf(this.ctx, b.line));
      this.emit(b.line, b.left, 0, false);
      this.emit(b.line, b.right, 1, false);
    }
    this.before = [];
  }

  /** Warn when the two halves list different indicators (the right half may continue the left). */
  checkHalves(line: SourceLine): void {
    if (this.period.length === 0 || this.year.length === 0) return;
    // The year half often prints names cut short (国土空间专项规划审批通过率 → 国土空间专项规划).
    const same = (a: string, b: string): boolean => a !== '' && b !== '' && (a.startsWith(b) || b.startsWith(a));
    // Most names are printed the same and in the same order in both halves: try that before comparing prefixes.
    let common = 0;
    this.year.forEach((y, i) => {
      if ((y.name !== '' && this.period[i]?.name === y.name) || this.period.some((p) => same(p.name, y.name))) common++;
    });
    if (common * 2 < Math.max(this.period.length, this.year.length))
      diag(this.ctx, 'warning', 'form-indicator-halves-differ', `the period and year halves share ${common} of ${Math.max(this.period.length, this.year.length)} indicator names; read by position (left = period, right = year)`, posOf(this.ctx, line));
  }

  private emit(line: SourceLine, h: Half, side: 0 | 1, borrowed: boolean): void {
    if (h.xs.length === 0) return; // a placeholder row: the category exists but names no indicator
    const first = h.xs[0];
    const second = h.xs[1];
    const rest = h.xs.length > 2 ? h.xs.slice(2) : NO_TOKENS;
    let name: RowToken | undefined = first;
    let value: RowToken | undefined = second;
    if (!second && first && first.info.isValue) {
      value = first;
      name = undefined;
    }
    const level2 = this.level2[side];
    let level1 = this.level1;
    const parent = parentOf(level2);
    if (parent && parent !== level1) {
      const why = level1 ? `the row sits under ${level1}, but ${level2} belongs to ${parent}` : `no 一级 cell precedes ${level2}`;
      diag(this.ctx, 'info', 'form-indicator-level1-implied', `${why}; 一级 read as ${parent}`, posOf(this.ctx, line));
      level1 = parent;
    }
    if (!level1) diag(this.ctx, 'warning', 'form-indicator-level1-missing', 'indicator without a 一级 indicator', posOf(this.ctx, line));
    if (borrowed && side === 1)
      diag(this.ctx, 'info', 'form-indicator-level2-borrowed', `the year half has no 二级 cell on this row; ${level2} taken from the period half`, posOf(this.ctx, line));
    if (!name) diag(this.ctx, 'info', 'form-indicator-no-name', `指标值 ${value?.text ?? ''} without a 三级 name`, posOf(this.ctx, line, value?.cell));
    if (!value) diag(this.ctx, 'info', 'form-indicator-no-value', `三级 indicator ${name?.text ?? ''} without a 指标值`, posOf(this.ctx, line, name?.cell));
    // The indicator spans its name, its value and, in a self-evaluation, the cells after them.
    const lastRest = this.evaluation ? rest[rest.length - 1] : undefined;
    const firstCell = name?.cell ?? value?.cell ?? lastRest?.cell;
    const lastCell = lastRest?.cell ?? value?.cell ?? name?.cell;
    const ind: EvaluatedIndicator = { level1, level2, name: name?.text ?? '', value: value?.text ?? '', pos: spanPos(this.ctx, line, firstCell, lastCell) };
    // A copy: the parsed value is shared by every cell with the same text.
    const measure = value?.info.measure;
    if (measure) {
      ind.measure = { number: measure.number, unit: measure.unit };
      if (measure.op) ind.measure.op = measure.op;
    }
    if (this.evaluation) this.evaluate(line, ind, rest);
    else if (rest.length > 0)
      for (const t of rest) diag(this.ctx, 'warning', 'form-indicator-extra-cell', `cell ${t.text} beyond the indicator's name and value, not read`, posOf(this.ctx, line, t.cell));
    (side === 0 ? this.period : this.year).push(ind);
  }

  // Self-evaluation rows go on after the value: 全年完成值, 未完成原因, and on a part's first row its 自评得分.
  private evaluate(line: SourceLine, ind: EvaluatedIndicator, rest: readonly RowToken[]): void {
    const actual = rest[0];
    const more = rest.slice(1);
    if (actual) ind.actual = actual.text;
    const last = more[more.length - 1];
    const scoreCol = this.cols.score;
    if (last && /^\d+(?:\.\d+)?$/.test(last.text) && (scoreCol === undefined || last.col >= scoreCol - 1)) {
      more.pop();
      const s: PartScore = { part: ind.level1, score: last.text, line, token: last };
      if (this.level1Max) s.max = this.level1Max;
      this.scores.push(s);
    }
    if (more.length > 0) ind.reason = more.map((t) => t.text).join(' ');
  }
}
