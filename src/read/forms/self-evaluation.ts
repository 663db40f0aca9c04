// 部门（单位）整体支出绩效自评表: department facts, income and spending (万元), scores per part,
// indicators with 年度指标值 / 全年完成值 / 未完成原因 / 自评得分, 总分 and the grade stated in 自评结论.
import type { Field, SelfEvaluationForm } from '../../model/index.js';
import { diag, posOf, spanOf, type ReadContext } from '../context.js';
import type { SourceLine } from '../lines/types.js';
import { readAmountRow, sideColumns, type SideColumns } from './amounts.js';
import { formTitleKind } from './blocks.js';
import { fieldOf, InlineLabels, LabelSet, piecesPos, readPairs, type Pair } from './fields.js';
import { IndicatorReader } from './indicators.js';
import { headerColumns } from './rows.js';
import { compact, subPos, yearOf } from './text.js';
import { isBlank, tokensOf } from './tokens.js';
import type { FormBlock } from './types.js';

const TEXT_LABELS = ['单位(盖章)', '填报日期', '填报人', '联系电话', '部门名称', '部门职能职责概述', '年度主要工作内容', '年度部门(单位)总体运行绩效目标', '自评结论及整体运行绩效情况分析', '取得的成绩及主要经验做法', '存在问题与整改措施'];
const BARE = ['部门名称', '内设职能部门', '下属预算单位', '核定的人员编制数', '实际在职人员总数'];
const SECTIONS = ['部门基本信息', '部门(单位)收支情况', '绩效目标自评情况', '评价人员'];
const textLabel = new LabelSet(TEXT_LABELS);
const bareInline = new InlineLabels({ bare: BARE });
const PART_RE = /^(.+?)\((\d+(?:\.\d+)?)分\)$/;
const GRADE_RE = /等级(?:为|是|：|:)\s*[“"]?(优秀|优|良好|良|中|差)/;

/** Read one department-wide self-evaluation form. */
export function readSelfEvaluation(lines: readonly SourceLine[], block: FormBlock, ctx: ReadContext): SelfEvaluationForm {
  let t = block.start;
  while (t < block.end - 1 && !formTitleKind(lines[t]!)) t++;
  const form: SelfEvaluationForm = {
    title: tokensOf(lines[t]!)[0]?.text ?? '',
    fields: [],
    income: [],
    spending: [],
    indicators: [],
    scores: [],
    pos: spanOf(ctx, lines[block.start]!, lines[Math.max(block.start, block.end - 1)]!),
  };
  const indicators = new IndicatorReader(ctx, true);
  let mode: 'fields' | 'money' | 'indicators' | 'evaluators' = 'fields';
  let moneyCols: SideColumns | undefined;
  for (let i = t + 1; i < block.end; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const toks = tokensOf(line);
    const first = toks[0]?.info.compact ?? '';
    if (form.year === undefined && toks.length === 1 && yearOf(first) !== undefined) {
      form.year = yearOf(first);
      continue;
    }
    const cols = headerColumns(line);
    if (cols) {
      indicators.setColumns(cols);
      mode = 'indicators';
      continue;
    }
    const money = sideColumns(line, /收入情况$/, /支出.*情况$/);
    if (money) {
      moneyCols = money;
      mode = 'money';
      continue;
    }
    const part = PART_RE.exec(first);
    if (part?.[1] && mode !== 'indicators') {
      // 执行情况(10分)→10: a part scored outside the indicator table.
      const score = toks[1];
      if (score) form.scores.push({ part: part[1], max: part[2], score: score.text, pos: posOf(ctx, line, score.cell) });
      else diag(ctx, 'warning', 'form-score-missing', `${part[1]} has no score`, posOf(ctx, line, toks[0]!.cell));
      continue;
    }
    if (toks.some((tok) => tok.info.compact === '总分')) {
      const last = toks[toks.length - 1]!;
      if (/^\d+(?:\.\d+)?$/.test(last.text)) form.total = { score: last.text, pos: posOf(ctx, line, last.cell) };
      continue;
    }
    if (first === '评价人员') {
      mode = 'evaluators';
      continue;
    }
    const { pairs, orphans } = readPairs(line, textLabel, bareInline);
    if (pairs.length > 0) {
      if (mode !== 'evaluators') mode = 'fields';
      for (const pair of pairs) readField(ctx, form, line, pair);
      if (orphans.some((o) => !SECTIONS.includes(compact(o.text))))
        diag(ctx, 'info', 'form-line-unread', 'cells before the first label, not read', piecesPos(ctx, line, orphans));
      continue;
    }
    if (mode === 'money' && moneyCols) {
      const row = readAmountRow(ctx, line, moneyCols, (tok) => SECTIONS.includes(tok.info.compact));
      form.income.push(...row.left);
      form.spending.push(...row.right);
      continue;
    }
    if (mode === 'indicators') {
      if (toks.length === 1 && toks[0]!.text.length > 20) {
        // The note under 总分 (how the 100 points are split and what each grade means).
        form.fields.push({ label: '', value: toks[0]!.info.clean, pos: posOf(ctx, line, toks[0]!.cell) });
        continue;
      }
      indicators.row(line);
      continue;
    }
    const rest = orphans.filter((o) => !SECTIONS.includes(compact(o.text)));
    if (mode === 'evaluators' && rest.length >= 2) {
      // `→组长→王植彬→副局长→市应急管理局`: one evaluator per row, keyed by role.
      const [role, ...who] = rest;
      form.fields.push({ label: role!.text, value: who.map((p) => p.text).join(' '), pos: piecesPos(ctx, line, who) });
      continue;
    }
    if (rest.length > 0) diag(ctx, 'info', 'form-line-unread', 'text outside any field, not read', piecesPos(ctx, line, rest));
  }
  indicators.finish();
  form.indicators = indicators.period;
  for (const s of indicators.scores) {
    const score: SelfEvaluationForm['scores'][number] = { part: s.part, score: s.score, pos: posOf(ctx, s.line, s.token.cell) };
    if (s.max) score.max = s.max;
    form.scores.push(score);
  }
  if (!form.grade) diag(ctx, 'info', 'form-grade-missing', 'no grade stated in the form', posOf(ctx, lines[t]!));
  return form;
}

function readField(ctx: ReadContext, form: SelfEvaluationForm, line: SourceLine, pair: Pair): void {
  const field: Field = fieldOf(ctx, line, pair);
  form.fields.push(field);
  if (pair.label === '部门名称' && field.value && !form.departmentName) form.departmentName = field.value;
  if (form.grade) return;
  // The grade is stated in the conclusion's prose: 2024年整体支出绩效自评等级为优.
  for (const piece of pair.values) {
    const m = GRADE_RE.exec(piece.text);
    if (m?.[1]) {
      const at = m.index + m[0].length - m[1].length;
      form.grade = { grade: m[1], pos: subPos(ctx, line, piece.cell, piece.from + at, piece.from + at + m[1].length) };
      return;
    }
  }
}
