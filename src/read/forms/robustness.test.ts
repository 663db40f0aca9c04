// Broken and random input must never throw, and whatever is read must fit the model's schemas.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DepartmentTargetFormSchema, DiagnosticSchema, ProjectFormSchema, SelfEvaluationFormSchema } from '../../model/index.js';
import { createContext } from '../context.js';
import { readTsvText } from '../lines/tsv.js';
import { findFormBlocks, readForms } from './index.js';
import { readCorpus, readText, type ReadResult } from './testkit.js';

function assertValid(r: ReadResult): void {
  for (const p of r.projects) ProjectFormSchema.parse(p);
  for (const d of r.departmentTargets) DepartmentTargetFormSchema.parse(d);
  for (const s of r.selfEvaluations) SelfEvaluationFormSchema.parse(s);
  for (const d of r.diagnostics) {
    // readForms turns a reader exception into this diagnostic; none may occur.
    assert.notEqual(d.code, 'form-read-failed', d.message);
    DiagnosticSchema.parse(d);
    assert.ok(d.pos, `diagnostic ${d.code} has a position`);
  }
}

test('every corpus form fits the schemas and every diagnostic has a position', () => {
  for (const name of ['yangquan-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md', 'shanxi-emergency-2026-budget.txt', 'yangquan-emergency-2024-final-accounts.txt', 'jinzhong-emergency-2022-performance-targets.txt'])
    assertValid(readCorpus(name));
});

test('truncated and malformed forms do not throw', () => {
  const cases = [
    '阳泉市市级预算部门（单位）项目支出绩效目标表',
    '阳泉市市级预算部门（单位）项目支出绩效目标表\n项目资金 (元)\t实施期资金总额:\t\t年度资金总额:',
    '阳泉市市级预算部门（单位）项目支出绩效目标表\n绩效指标\t一级指标\n\t产出指标\n\t\t\t\t\t\t\t\t\t\t\t≥',
    '阳泉市市级预算部门（单位）项目支出绩效目标表\n项目名称\n项目名称\t035-某局\n主管部门及代码\n项目资金（元）',
    '阳泉市市级预算部门（单位）项目支出绩效目标表\n负责人：负责人：经办人：\n\t\t\t\t',
    '市级预算部门（单位）整体支出绩效目标申报表\n年度预算情况\n\t合计\t-\n年度重点任务\n年度绩效目标\t一级指标\t二级指标\t三级指标\t指标值\n\t\t\t\t',
    '阳泉市部门（单位）整体支出绩效自评表\n执行情况(10分)\n\t总分\n部门(单位)收支情况\t年度收入情况\t年度支出和结余情况\n\t收入合计\t1e9',
  ];
  for (const text of cases) assertValid(readText(text));
});

test('blocks outside the line array are ignored, not thrown on', () => {
  const lines = readTsvText('阳泉市市级预算部门（单位）项目支出绩效目标表\n项目名称\t甲', 'x.txt').lines;
  const ctx = createContext('x.txt');
  const out = readForms(lines, [{ kind: 'project', start: 5, end: 9 }, { kind: 'self-evaluation', start: 1, end: 1 }], ctx);
  assert.deepEqual(out, { projects: [], departmentTargets: [], selfEvaluations: [] });
  assert.deepEqual(findFormBlocks([]), []);
});

const WORDS = ['项目名称', '实施单位', '项目资金(元)', '实施期资金总额:', '年度资金总额：50万元', '其中:中央财政资金', '单位自筹 0', '总体目标', '实施期目标', '年度目标',
  '一级指标', '二级指标', '三级指标', '指标值', '产出指标', '1. 效益指标', '数量指标', '服务对象满意度指标', '可持续影响指 服务对象满意度 指标', '≥95%', '100%', '持续提升', '任务1',
  '负责人：', '填报日期:', '20251223161352', '035-某局', '1,485,100', '执行情况(10分)', '总分', '等级为优', '', '', ''];
const TITLES = ['阳泉市市级预算部门（单位）项目支出绩效目标表', '省级预算部门（单位）整体支出绩效目标申报表', '阳泉市部门（单位）整体支出绩效自评表', '十一、国有资产占有使用情况'];

test('random rows made of form words never throw and always fit the schemas', () => {
  const row = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 10 }).map((cells) => cells.join('\t'));
  const doc = fc.array(fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...TITLES) }, { weight: 8, arbitrary: row }), { maxLength: 40 });
  fc.assert(
    fc.property(doc, (rows) => {
      assertValid(readText(rows.join('\n')));
    }),
    { numRuns: 300 },
  );
});
