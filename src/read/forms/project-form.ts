// 项目支出绩效目标表 / 申报表: header fields, funding, texts, goals, indicators, footer.
import type { Field, Position, ProjectForm } from '../../model/index.js';
import { diag, posOf, spanOf, type ReadContext } from '../context.js';
import type { SourceLine } from '../lines/types.js';
import { formTitleKind } from './blocks.js';
import { fieldOf, hasPair, InlineLabels, joinedValue, LabelSet, piecesPos, readPairs, type Pair, type Piece } from './fields.js';
import { amountOf, FundingReader, isFundingLabel, located } from './funding.js';
import { IndicatorReader } from './indicators.js';
import { headerColumns } from './rows.js';
import { splitCode, yearOf } from './text.js';
import { tokensOf, type Token } from './tokens.js';
import type { FormBlock } from './types.js';

const HEAD = ['项目名称', '主管部门及代码', '主管部门', '实施单位', '项目属性', '项目期', '项目日期', '项目起始年限', '项目负责人', '负责人电话', '是否政府采购', '政府采购金额'];
const TEXTS = ['项目概况', '立项依据', '项目设立必要性', '保证项目实施的制度、措施', '项目实施计划'];
const EXTRA = ['部门事前绩效评估分数', '重点项目事前绩效评估分数', '上年部门绩效自评分数', '上年部门绩效自评结果', '上年部门绩效自评结论'];
const GOAL_HEADS = ['实施期目标', '中期目标', '年度目标'];
const FOOTER = ['负责人', '经办人', '联系电话', '填报日期', '填报人'];

const bodyLabel = new LabelSet([...HEAD, ...TEXTS, ...EXTRA, ...GOAL_HEADS, '总体目标', ...FOOTER]);
const footerLabel = new LabelSet(FOOTER);
const footerInline = new InlineLabels({ colon: FOOTER });

/** Read one project performance form. */
export function readProjectForm(lines: readonly SourceLine[], block: FormBlock, ctx: ReadContext): ProjectForm {
  return new ProjectFormReader(lines, block, ctx).read();
}

class ProjectFormReader {
  private readonly form: ProjectForm;
  private readonly funding: FundingReader;
  private readonly indicators: IndicatorReader;
  private mode: 'head' | 'funding' | 'body' | 'indicators' | 'footer' = 'head';
  private goalYearCol: number | undefined;
  private periodGoalLabel = '实施期目标';
  private lastText: Field | undefined;
  private procurementAmount: { text: string; pos: Position } | undefined;
  private readonly titleIndex: number;

  constructor(
    private readonly lines: readonly SourceLine[],
    private readonly block: FormBlock,
    private readonly ctx: ReadContext,
  ) {
    let t = block.start;
    while (t < block.end - 1 && !formTitleKind(lines[t]!)) t++;
    this.titleIndex = t;
    const titleLine = lines[t]!;
    const last = lines[Math.max(block.start, block.end - 1)]!;
    this.form = {
      title: tokensOf(titleLine)[0]?.text ?? '',
      projectName: '',
      funding: {},
      texts: {},
      goals: {},
      indicators: { period: [], year: [] },
      fields: [],
      pos: spanOf(ctx, lines[block.start]!, last),
    };
    this.funding = new FundingReader(ctx);
    this.indicators = new IndicatorReader(ctx);
  }

  read(): ProjectForm {
    const shifted = this.shiftedLabels();
    for (let i = this.titleIndex + 1; i < this.block.end; i++) {
      const line = this.lines[i]!;
      // The tokens are wanted next anyway (and kept): no separate blank test.
      if (tokensOf(line).length === 0) continue;
      this.line(line, shifted.get(i));
    }
    this.finish();
    return this.form;
  }

  private line(line: SourceLine, override: string | undefined): void {
    const toks = tokensOf(line);
    if (this.mode === 'head' && this.form.year === undefined && toks.length === 1 && toks[0]) {
      const y = yearOf(toks[0].text);
      if (y !== undefined) {
        this.form.year = y;
        return;
      }
    }
    const cols = headerColumns(line);
    if (this.mode === 'indicators' || (this.mode !== 'footer' && (cols || startsIndicators(line)))) {
      if (!this.isFooter(line)) {
        if (cols) this.indicators.setColumns(cols);
        else if (!this.isGoalHeader(line)) this.indicators.row(line);
        this.mode = 'indicators';
        return;
      }
      this.mode = 'footer';
    }
    if (this.mode === 'footer') {
      this.labelled(line, readPairs(line, footerLabel, footerInline));
      return;
    }
    const fundingRow = override !== undefined ? isFundingLabel(override) : toks.some(opensFunding);
    if (fundingRow || (this.mode === 'funding' && !toks.some(labelsBody))) {
      this.mode = 'funding';
      this.funding.row(line);
      return;
    }
    if (this.mode === 'funding') this.mode = 'body';
    const read = readPairs(line, bodyLabel, footerInline);
    this.labelled(line, override !== undefined ? relabel(read, override) : read);
  }

  private labelled(line: SourceLine, { pairs, orphans }: { pairs: Pair[]; orphans: readonly Piece[] }): void {
    if (orphans.length > 0) this.orphans(line, orphans);
    if (pairs.some(headsGoals)) {
      this.lastText = undefined;
      this.goalHeader(pairs);
      return;
    }
    for (const pair of pairs) this.pair(line, pair);
  }

  private pair(line: SourceLine, pair: Pair): void {
    const field = fieldOf(this.ctx, line, pair);
    const f = this.form;
    if (pair.label === '总体目标') {
      this.lastText = undefined;
      this.goals(line, pair);
      return;
    }
    if (TEXTS.includes(pair.label)) {
      if (f.texts[pair.label]) f.fields.push(field);
      else f.texts[pair.label] = field;
      this.lastText = field;
      return;
    }
    this.lastText = undefined;
    if (FOOTER.includes(pair.label)) this.mode = 'footer';
    f.fields.push(field);
    const v = field.value;
    switch (pair.label) {
      case '项目名称':
        if (!f.projectName) f.projectName = v;
        break;
      case '主管部门及代码':
      case '主管部门':
        if (v) {
          const { code, name } = splitCode(v);
          f.department = code ? { code, name } : { name };
        }
        break;
      case '实施单位':
        if (v && !f.implementer) f.implementer = v;
        break;
      case '项目属性':
        if (v) f.attribute = v;
        break;
      case '项目期':
      case '项目日期':
        if (v) f.period = v;
        break;
      case '是否政府采购':
        if (v === '是' || v === '否') f.procurement = { ...f.procurement, required: v === '是' };
        break;
      case '政府采购金额':
        // A copy, so that the amount and the field never share a position object.
        if (v) this.procurementAmount = { text: v, pos: structuredClone(field.pos) };
        break;
    }
  }

  // `实施期目标→→→→年度目标`: where the year's goal column starts.
  private goalHeader(pairs: Pair[]): void {
    const period = pairs.find((p) => p.label === '实施期目标' || p.label === '中期目标');
    const year = pairs.find((p) => p.label === '年度目标');
    if (period) this.periodGoalLabel = period.label;
    if (period && year && year.labelPiece.col > period.labelPiece.col) this.goalYearCol = year.labelPiece.col;
  }

  private goals(line: SourceLine, pair: Pair): void {
    const yearCol = this.goalYearCol;
    const period = pair.values.filter((p, i) => (yearCol !== undefined ? p.col < yearCol : i === 0));
    const year = pair.values.filter((p) => !period.includes(p));
    const goal = (label: string, pieces: Piece[]): Field => ({
      label,
      value: joinedValue(pieces),
      pos: piecesPos(this.ctx, line, pieces),
    });
    if (period.length > 0) this.form.goals.period = goal(this.periodGoalLabel, period);
    if (year.length > 0) this.form.goals.year = goal('年度目标', year);
    if (pair.values.length === 0) diag(this.ctx, 'info', 'form-goal-empty', '总体目标 is empty', posOf(this.ctx, line, pair.labelPiece.cell));
  }

  private orphans(line: SourceLine, pieces: readonly Piece[]): void {
    const text = joinedValue(pieces);
    if (this.lastText && this.mode === 'body') {
      // A text wrapped onto a line of its own continues the field above.
      this.lastText.value = `${this.lastText.value}${text}`;
      if (this.lastText.pos.endLine === undefined || this.lastText.pos.endLine < line.no) this.lastText.pos.endLine = line.no;
      diag(this.ctx, 'info', 'form-text-continued', `line read as the continuation of ${this.lastText.label}`, piecesPos(this.ctx, line, pieces));
      return;
    }
    diag(this.ctx, 'info', 'form-line-unread', `text outside any field, not read: ${text.slice(0, 40)}`, piecesPos(this.ctx, line, pieces));
  }

  private isFooter(line: SourceLine): boolean {
    return hasPair(line, footerLabel, footerInline);
  }

  private isGoalHeader(line: SourceLine): boolean {
    const toks = tokensOf(line);
    return toks.length > 0 && toks.every(isGoalHead);
  }

  // The 阳泉 地震监测 form prints every header value one row above its label: the project name
  // stands alone and `项目名称` labels the department code. Each row then takes the next row's label.
  private shiftedLabels(): Map<number, string> {
    const out = new Map<number, string>();
    const rows: number[] = [];
    for (let i = this.titleIndex + 1; i < this.block.end; i++) {
      const line = this.lines[i]!;
      const toks = tokensOf(line);
      if (toks.length === 0 || (toks.length === 1 && yearOf(toks[0]!.text) !== undefined)) continue;
      rows.push(i);
      if (toks.some(opensFunding)) break;
    }
    const nameRow = rows.findIndex((i) => tokensOf(this.lines[i]!)[0]?.info.compact === '项目名称');
    if (nameRow < 1) return out;
    const nameLine = this.lines[rows[nameRow]!]!;
    const value = readPairs(nameLine, bodyLabel).pairs[0]?.values[0]?.text ?? '';
    const before = tokensOf(this.lines[rows[nameRow - 1]!]!);
    if (!/^\d{2,6}\s*[-－—]/.test(value) || before.length !== 1 || bodyLabel.of(before[0]!.info)) return out;
    diag(this.ctx, 'warning', 'form-labels-shifted', 'header values stand one row above their labels; each row is read with the label of the row below', posOf(this.ctx, nameLine));
    for (let k = nameRow - 1; k + 1 < rows.length; k++) {
      const label = firstLabel(this.lines[rows[k + 1]!]!);
      if (label) out.set(rows[k]!, label);
    }
    return out;
  }

  private finish(): void {
    const f = this.form;
    const last = this.lines[Math.max(this.block.start, this.block.end - 1)]!;
    if (Object.keys(this.funding.period).length > 0) f.funding.period = this.funding.period;
    if (Object.keys(this.funding.year).length > 0) f.funding.year = this.funding.year;
    if (this.procurementAmount) {
      const amount = amountOf(this.procurementAmount.text, this.funding.unit);
      if (amount) f.procurement = { ...f.procurement, amount: located(amount, this.procurementAmount.pos) };
    }
    this.indicators.finish();
    f.indicators.period = this.indicators.period;
    f.indicators.year = this.indicators.year;
    this.indicators.checkHalves(this.lines[this.titleIndex]!);
    if (!f.projectName) diag(this.ctx, 'warning', 'form-project-name-missing', 'project form without a 项目名称', posOf(this.ctx, this.lines[this.titleIndex]!));
    if (f.indicators.period.length === 0 && f.indicators.year.length === 0)
      diag(this.ctx, 'warning', 'form-indicators-missing', 'no indicator could be read from this form', posOf(this.ctx, last));
  }
}

// Some forms have no header row: the block opens with `绩效指标→产出指标→数量指标→…`.
function startsIndicators(line: SourceLine): boolean {
  const toks = tokensOf(line);
  const first = toks[0];
  if (first && first.info.blockLabel && first.text.includes('绩效')) return true;
  // Whether `rowTokens` would type a cell as 一级, without typing the row (most lines asked are no indicator row).
  return toks.some(namesLevel1);
}

// Tests on every token of every line, made once rather than as a closure per call.
const opensFunding = (t: Token): boolean => t.info.fundingLabel;
const labelsBody = (t: Token): boolean => bodyLabel.of(t.info) !== undefined;
const isGoalHead = (t: Token): boolean => GOAL_HEADS.includes(t.info.compact);
const headsGoals = (p: Pair): boolean => GOAL_HEADS.includes(p.label);
const namesLevel1 = (t: Token): boolean => !t.info.blockLabel && t.info.level1 !== undefined;

function firstLabel(line: SourceLine): string | undefined {
  const first = tokensOf(line)[0];
  if (!first) return undefined;
  const c = first.info.compact;
  return isFundingLabel(c) ? c : bodyLabel.match(c);
}

// Replace the row's own first label (it belongs to the row above) with the label of the row below.
function relabel(read: { pairs: Pair[]; orphans: readonly Piece[] }, label: string): { pairs: Pair[]; orphans: readonly Piece[] } {
  const [first, ...rest] = read.pairs;
  const ownFirst = first && read.orphans.length === 0 && first.labelPiece.col === 0;
  const values = [...read.orphans, ...(ownFirst ? first.values : [])];
  const others = ownFirst ? rest : read.pairs;
  const anchor = values[0] ?? first?.labelPiece;
  if (!anchor) return read;
  return { pairs: [{ label, labelPiece: anchor, values }, ...others], orphans: [] };
}
