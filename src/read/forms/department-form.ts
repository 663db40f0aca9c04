// 部门（单位）整体支出绩效目标申报表: department facts, budget by source and by use (万元),
// 年度重点任务 (核心职能 → 重点任务), 年度绩效目标 and the indicator tree (one column of values).
import type { DepartmentTargetForm } from '../../model/index.js';
import { diag, posOf, spanOf, type ReadContext } from '../context.js';
import type { SourceLine } from '../lines/types.js';
import { readAmountRow, sideColumns, type SideColumns } from './amounts.js';
import { formTitleKind } from './blocks.js';
import { fieldOf, joinedValue, LabelSet, piecesPos, readPairs, type Piece } from './fields.js';
import { IndicatorReader } from './indicators.js';
import { headerColumns } from './rows.js';
import { compact, splitCode, yearOf } from './text.js';
import { isBlank, tokensOf } from './tokens.js';
import type { FormBlock } from './types.js';

const FIELDS = ['部门名称', '内设职能部门数', '所属预算单位数', '核定的人员编制数', '实际在职人员总数', '在编人员数', '其他人员数', '部门职责', '部门战略目标', '年度绩效目标'];
const SECTIONS = ['部门基本信息', '年度预算情况', '年度重点任务', '年度绩效指标'];
const fieldLabel = new LabelSet(FIELDS);

/** Read one department-wide performance target form. */
export function readDepartmentForm(lines: readonly SourceLine[], block: FormBlock, ctx: ReadContext): DepartmentTargetForm {
  let t = block.start;
  while (t < block.end - 1 && !formTitleKind(lines[t]!)) t++;
  const form: DepartmentTargetForm = {
    title: tokensOf(lines[t]!)[0]?.text ?? '',
    fields: [],
    fundingBySource: [],
    fundingByUse: [],
    tasks: [],
    indicators: [],
    pos: spanOf(ctx, lines[block.start]!, lines[Math.max(block.start, block.end - 1)]!),
  };
  const indicators = new IndicatorReader(ctx);
  let mode: 'fields' | 'budget' | 'tasks' | 'indicators' = 'fields';
  let budgetCols: SideColumns | undefined;
  let pending: { line: SourceLine; pieces: Piece[] } | undefined;
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
      // `年度绩效目标→一级指标…`: the label shares the header row; its text was printed on the line above.
      if (first === '年度绩效目标' && pending && !form.fields.some((f) => f.label === '年度绩效目标')) {
        form.fields.push({ label: '年度绩效目标', value: joinedValue(pending.pieces), pos: piecesPos(ctx, pending.line, pending.pieces) });
        diag(ctx, 'info', 'form-field-value-above-label', '年度绩效目标 read from the line above its label', piecesPos(ctx, pending.line, pending.pieces));
        pending = undefined;
      }
      continue;
    }
    if (mode === 'indicators') {
      indicators.row(line);
      continue;
    }
    if (first === '年度预算情况') {
      budgetCols = sideColumns(line, /按资金来源/, /按资金方向/) ?? { left: 1, right: 3, unit: '万元' };
      mode = 'budget';
      continue;
    }
    if (first === '年度重点任务') {
      mode = 'tasks';
      continue;
    }
    const { pairs, orphans } = readPairs(line, fieldLabel);
    if (pairs.length > 0) {
      for (const pair of pairs) {
        const field = fieldOf(ctx, line, pair);
        form.fields.push(field);
        if (pair.label === '部门名称' && field.value) form.departmentName = splitCode(field.value).name;
      }
      continue;
    }
    if (mode === 'budget' && budgetCols) {
      const row = readAmountRow(ctx, line, budgetCols, (tok) => SECTIONS.includes(tok.info.compact));
      form.fundingBySource.push(...row.left);
      form.fundingByUse.push(...row.right);
      continue;
    }
    const pieces = orphans.filter((p) => !SECTIONS.includes(compact(p.text)));
    if (mode === 'tasks' && pieces.length >= 2) {
      const [fn, ...task] = pieces;
      form.tasks.push({ function: fn!.text, task: joinedValue(task), pos: piecesPos(ctx, line, pieces) });
      continue;
    }
    if (pieces.length > 0) {
      if (pending) diag(ctx, 'info', 'form-line-unread', 'text outside any field, not read', piecesPos(ctx, pending.line, pending.pieces));
      pending = { line, pieces };
    }
  }
  if (pending) diag(ctx, 'info', 'form-line-unread', 'text outside any field, not read', piecesPos(ctx, pending.line, pending.pieces));
  indicators.finish();
  form.indicators = indicators.period;
  if (form.indicators.length === 0) diag(ctx, 'warning', 'form-indicators-missing', 'no indicator could be read from this form', posOf(ctx, lines[t]!));
  return form;
}
