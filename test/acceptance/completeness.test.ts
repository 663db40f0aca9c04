// Acceptance: every document yields all its tables and forms, and says what it is, as printed.
// Counts were made by hand in the documents (line numbers of the titles are given below).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../src/model/document.js';
import type { TableKind } from '../../src/model/table.js';
import { DT25, JZ22, SHB25, SHF24, SX26, YQ24, YQ26, doc, schemaProblem } from './support.js';

const BUDGET_KINDS: TableKind[] = [
  'budget-summary',
  'budget-revenue',
  'budget-expenditure',
  'fiscal-summary',
  'gpb-expenditure',
  'gpb-basic-economic',
  'gf-revenue',
  'gf-expenditure',
  'soc-budget',
  'three-public',
  'admin-operating',
  'project-expenditure',
  'project-carryover',
];

const FINAL_KINDS: TableKind[] = [
  'final-summary',
  'final-revenue',
  'final-expenditure',
  'final-fiscal-summary',
  'final-gpb-expenditure',
  'final-gpb-basic-detail',
  'final-gf',
  'final-soc',
  'final-three-public',
  'final-statistics',
];

function kindCounts(d: Document): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of d.tables) m.set(t.kind, (m.get(t.kind) ?? 0) + 1);
  return m;
}

function assertEachKindOnce(d: Document, kinds: TableKind[]): void {
  const counts = kindCounts(d);
  const missing = kinds.filter((k) => (counts.get(k) ?? 0) === 0);
  const repeated = kinds.filter((k) => (counts.get(k) ?? 0) > 1);
  assert.deepEqual(
    { missing, repeated },
    { missing: [], repeated: [] },
    `table kinds read: ${d.tables.map((t) => `${t.kind}@${t.pos.line}`).join(', ')}`,
  );
}

/** What the document says it is, as printed on its cover or first page. */
interface Identity {
  kind: Document['kind'];
  year: number;
  body: string;
  scope?: Document['scope'];
}

const IDENTITY: Record<string, Identity> = {
  // line 3 阳泉市应急管理局 / line 5 2026年度部门预算公开
  [YQ26]: { kind: 'budget', year: 2026, body: '阳泉市应急管理局', scope: '部门' },
  // line 11 # 大同市应急管理局 / line 13 ## 2025年度单位预算公开
  [DT25]: { kind: 'budget', year: 2025, body: '大同市应急管理局', scope: '单位' },
  // line 3 山西省应急管理厅 / line 5 2026年度部门预算公开
  [SX26]: { kind: 'budget', year: 2026, body: '山西省应急管理厅', scope: '部门' },
  // line 3 阳泉市应急管理局 / line 5 2024年度部门决算公开
  [YQ24]: { kind: 'final-accounts', year: 2024, body: '阳泉市应急管理局', scope: '部门' },
  // line 5 （2022年度）; line 8 主管部门及代码 206-晋中市应急管理局; no scope printed (forms only)
  [JZ22]: { kind: 'performance-targets', year: 2022, body: '晋中市应急管理局' },
  // layout line 1 上海市普陀区2025年区级部门预算 / line 3 预算主管部门：上海市普陀区商务委员会
  [SHB25]: { kind: 'budget', year: 2025, body: '上海市普陀区商务委员会', scope: '部门' },
  // layout lines 1–3 上海市普陀区规划和自然 / 资源局 / 2024 年度部门决算 (the name wraps over two lines)
  [SHF24]: { kind: 'final-accounts', year: 2024, body: '上海市普陀区规划和自然资源局', scope: '部门' },
};

for (const [name, id] of Object.entries(IDENTITY)) {
  test(`identity as printed: ${name}`, () => {
    const d = doc(name);
    assert.equal(schemaProblem(d), undefined, 'the document conforms to DocumentSchema');
    assert.equal(d.kind, id.kind, 'kind');
    assert.equal(d.year, id.year, 'year');
    assert.equal(d.body.name, id.body, 'body name');
    if (id.scope !== undefined) assert.equal(d.scope, id.scope, 'scope');
  });
}

test('阳泉 2026 budget: all 13 budget tables, 1 department-wide form, 19 project forms', () => {
  const d = doc(YQ26);
  assertEachKindOnce(d, BUDGET_KINDS);
  // Tables titled at lines 66, 111, 152, 192, 239, 279, 331, 343, 356, 371, 386, 398, 435.
  assert.equal(d.tables.length, 13, 'no other table is printed');
  // 市级预算部门（单位）整体支出绩效目标申报表, line 528.
  assert.equal(d.forms.departmentTargets.length, 1, 'department-wide forms');
  // 项目支出绩效目标表 titles at lines 579 … 1235: 19 forms (the narrative, line 522, also says 19).
  assert.equal(d.forms.projects.length, 19, 'project forms');
  assert.equal(d.forms.selfEvaluations.length, 0, 'self-evaluations');
});

test('大同 2025 unit budget: all 13 budget tables, 12 project forms, no department-wide form', () => {
  const d = doc(DT25);
  assertEachKindOnce(d, BUDGET_KINDS);
  assert.equal(d.tables.length, 13, 'no other table is printed');
  // Counted by hand: form titles at lines 522, 555, 586, 619, 655, 686, 723, 757, 789, 822, 853, 886 — 12.
  // Table 12 lists 13 projects and the narrative (line 518) says 13, but no form is printed for
  // XM行政事业单位遗属补助经费 (21.63 万元, line 433): the document itself is short of one form.
  assert.equal(d.forms.projects.length, 12, 'project forms');
  // Line 514 says 编报单位整体绩效目标 but no department-wide form is printed.
  assert.equal(d.forms.departmentTargets.length, 0, 'department-wide forms');
});

test('山西 2026 budget: all 13 budget tables, 1 department-wide form, 15 project forms', () => {
  const d = doc(SX26);
  // Tables titled at lines 94, 139, 175, 210, 257, 287, 349, 361, 374, 389, 404, 416, 447. The 政府购买服务
  // 指导性目录 (lines 1218–1287, 续表) may also be kept as generic tables, so only the 13 kinds are counted.
  assertEachKindOnce(d, BUDGET_KINDS);
  // 省级预算部门（单位）整体支出绩效目标申报表, line 543.
  assert.equal(d.forms.departmentTargets.length, 1, 'department-wide forms');
  // 项目支出绩效目标表 titles at lines 623 … 1162: 15 (the narrative, line 539, also says 15).
  assert.equal(d.forms.projects.length, 15, 'project forms');
});

test('阳泉 2024 final accounts: all 10 final tables (公开01–10表) and 1 self-evaluation form', () => {
  const d = doc(YQ24);
  assertEachKindOnce(d, FINAL_KINDS);
  assert.equal(d.tables.length, 10, 'no other table is printed');
  // 阳泉市部门（单位）整体支出绩效自评表, line 648.
  assert.equal(d.forms.selfEvaluations.length, 1, 'self-evaluation forms');
  assert.equal(d.forms.projects.length, 0, 'project forms');
});

test('晋中 2022: 43 project forms and nothing else', () => {
  const d = doc(JZ22);
  // 项目支出绩效目标申报表 titles at lines 3, 35, 67, … 1362: 43.
  assert.equal(d.forms.projects.length, 43, 'project forms');
  assert.equal(d.tables.length, 0, 'tables');
  assert.equal(d.forms.departmentTargets.length, 0, 'department-wide forms');
  assert.equal(d.forms.selfEvaluations.length, 0, 'self-evaluation forms');
});

test('上海 普陀 商务委 2025 budget (layout text): 9 tables', () => {
  const d = doc(SHB25);
  // 1. 部门财务收支预算总表 … 9. 部门“三公”经费和机关运行经费预算表 (table of contents, lines 11–19).
  assert.equal(d.tables.length, 9, `tables read: ${d.tables.map((t) => t.title).join(' | ')}`);
  const titles = d.tables.map((t) => t.title.replace(/\s+/g, ''));
  for (const title of [
    '2025年部门财务收支预算总表',
    '2025年部门收入预算总表',
    '2025年部门支出预算总表',
    '2025年部门财政拨款收支预算总表',
    '2025年部门一般公共预算支出功能分类预算表',
    '2025年部门政府性基金预算支出功能分类预算表',
    '2025年部门国有资本经营预算支出功能分类预算表',
    '2025年部门一般公共预算基本支出部门预算经济分类预算表',
    '2025年部门“三公”经费和机关运行经费预算表',
  ])
    assert.ok(titles.includes(title), `table ${title}`);
});

test('上海 普陀 规划资源局 2024 final accounts (layout text): 9 tables', () => {
  const d = doc(SHF24);
  // Table of contents, lines 17–33: 一、收入支出决算总表 … 九、国有资本经营预算财政拨款收入支出决算表.
  assert.equal(d.tables.length, 9, `tables read: ${d.tables.map((t) => t.title).join(' | ')}`);
  const titles = d.tables.map((t) => t.title.replace(/\s+/g, ''));
  for (const title of [
    '收入支出决算总表',
    '收入决算表',
    '支出决算表',
    '财政拨款收入支出决算总表',
    '一般公共预算财政拨款支出决算表',
    '一般公共预算财政拨款基本支出决算表',
    '财政拨款“三公”经费支出决算表',
    '政府性基金预算财政拨款收入支出决算表',
    '国有资本经营预算财政拨款收入支出决算表',
  ])
    assert.ok(titles.includes(title), `table ${title}`);
});
