import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes, corpusText } from '../../../test/corpus.js';
import type { Document, NarrativeFact, NarrativeSection } from '../../model/index.js';
import { readDocument, readText } from '../../read/index.js';
import { type LineEdits, corpusDocument, editedCorpusDocument } from '../../../test/corpus-document.js';
import { T, docFrom } from '../testkit.js';
import { narrativeMatchesTables } from './narrative-matches-tables.js';

const t10 = [
  '2026年财政拨款安排“三公”经费支出预算表',
  '单位：万元',
  T('项目', '2026年预算数', '', '', ''),
  T('', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'),
  T('因公出国（境）费', '', '', '', ''),
  T('公务接待费', '10.00', '10.00', '', ''),
  T('公务用车购置及运行费', '42.00', '42.00', '', ''),
  T('①公务用车购置费', '', '', '', ''),
  T('②公务用车运行维护费', '42.00', '42.00', '', ''),
  T('合计', '52.00', '52.00', '', ''),
];
// Worded as 阳泉 2026 lines 496–500.
const narrative = (total: string, extra = ''): string[] => [
  '第三部分 2026年度部门预算情况说明',
  '',
  '七、“三公”经费增减变动原因说明',
  '',
  `2026年财政拨款安排的“三公”经费预算${total}万元比2025年减少6.20万元。`,
  '',
  `其中：因公出国（境）费0万元，与上年预算数相同；公务接待费10.00万元，与上年相比预算数减少0.80万元；公务用车购置及运行费42.00万元。${extra}`,
];

function facts(doc: Document): NarrativeFact[] {
  const walk = (s: NarrativeSection): NarrativeFact[] => [...s.facts, ...s.children.flatMap(walk)];
  return doc.narrative.sections.flatMap(walk);
}

test('passes when 三公 and its items equal 表10', () => {
  assert.deepEqual(narrativeMatchesTables.check(docFrom(...t10, ...narrative('52.00'))), []);
});

test('a different figure is an error on the fact, pointing at the table cell', () => {
  const fs = narrativeMatchesTables.check(docFrom(...t10, ...narrative('56.00')));
  assert.deepEqual(fs.map((f) => [f.severity, f.location.line, f.related?.map((p) => p.line), f.expected, f.actual, f.params['kind'], f.params['subject']]), [
    ['error', 15, [10], '52.00', '56.00', 'mismatch', '三公'],
  ]);
  assert.equal(fs[0]?.params['table'], '2026年财政拨款安排“三公”经费支出预算表');
});

test('0.01 万元 off is 尾差 (info)', () => {
  const [f] = narrativeMatchesTables.check(docFrom(...t10, ...narrative('52.01')));
  assert.equal(f?.severity, 'info');
  assert.equal(f?.params['kind'], 'mismatch');
});

test('an amount in 元 is compared exactly with the 万元 table', () => {
  const doc = docFrom(...t10, ...narrative('52.00'));
  const fact = facts(doc).find((f) => f.subject?.topic === '公务接待费');
  assert.ok(fact?.amount);
  fact.amount = { raw: '100,000', value: '100000', unit: '元' };
  assert.deepEqual(narrativeMatchesTables.check(doc), []);
  fact.amount = { raw: '100,100', value: '100100', unit: '元' };
  assert.deepEqual(narrativeMatchesTables.check(doc).map((f) => [f.severity, f.expected, f.actual]), [['info', '10.00', '100,100']]);
});

test('a figure with no table cell is untied (info); 年初预算 and other years are not compared', () => {
  const doc = docFrom(...t10, ...narrative('52.00', '会议费3.00万元。'));
  const fs = narrativeMatchesTables.check(doc);
  assert.deepEqual(fs.map((f) => [f.severity, f.params['kind'], f.params['subject'], f.actual]), [['info', 'untied', '会议费', '3.00']]);
  const total = facts(doc).find((f) => f.subject?.topic === '三公');
  assert.ok(total?.amount);
  total.amount = { ...total.amount, value: '99' };
  total.measure = '年初预算';
  assert.equal(narrativeMatchesTables.check(doc).filter((f) => f.params['kind'] === 'mismatch').length, 0);
  total.measure = '2025年预算';
  assert.equal(narrativeMatchesTables.check(doc).filter((f) => f.params['kind'] === 'mismatch').length, 0);
});

// Checked by hand against the tables; every tied figure of the four Shanxi-template documents agrees, e.g.
// 山西 2026 line 471 收入总计37,420.03 = 表1 line 135; line 487 一般公共预算拨款35,188.56 = 表4 支出总计 line 255 (includes 上年结转);
//   line 506 一般公共预算安排基本支出7,168.38 = 表5 合计 line 265 (表3 line 183 says 8570.08, all sources); line 509 人员经费5,997.71 = 表6 line 295;
//   line 523 机关运行经费1042.42 = 表11 部门合计 line 412 (2025年预算1018.33 not compared).
// 阳泉 2024 决算 line 594 机关运行经费133.58 = 公开10 lines 476–477 (104.57 + 29.01); line 598 政府采购1,599.77 = line 470;
//   line 570 “三公” 决算62.59 = 公开09 line 454 决算数, and its 全年预算62.59 = the same line's 预算数 (年初预算 lines 538–548 of 类 not compared).
// 山西 2026 line 475 单位资金2,231.46 = 表1 line 106, 上年结转3,997.75 = line 134, 政府性基金预算拨款收入0 = line 103 (blank cell);
//   line 487 财政拨款收支总预算35,188.56 = 表4 收入总计 line 255, 当年拨款收入31,190.81 = 本年收入合计 line 249, 上年结转收入3,997.75 =
//   上年财政拨款结转 line 251; line 471 “本年部门预算支出总计…其中：本年预算安排33,422.27万元，上年结转3,997.75万元” = 表1 支出总计 line 135
//   当年预算安排 / 上年结转安排; line 533 (整体绩效目标) 33658.57 / 8570.08 / 25088.49 = 整体支出绩效目标申报表 lines 555–557;
//   阳泉 2026 line 518 4558.02 / 3915.63 / 642.39 = its 申报表 lines 540–542.
// 阳泉 2024 决算 line 502 财政拨款收入6,061.09 = 公开02 合计 line 158; line 514 财政拨款收入/支出总计6,061.09 = 公开04 总计 line 300;
//   line 560 政府性基金预算财政拨款收入/支出总计246.77 = 公开04 line 300's 政府性基金 column; lines 554–556 items = 公开06 rows by name
//   (津补贴323.32 = 30102 津贴补贴 line 370, 物业费2.53 = 30209 物业管理费 line 377, 资本性支出15.36 = 310 line 387 …).
// Untied (info): 项目绩效目标 figures (performance-counts-match's), budget 政府采购 (no table),
//   名词解释 50/100万元, 山西 line 471's 本年新增 project figures, 阳泉 2024 line 588's 接待 split and line 598's SME amounts.
const SHANXI = 'shanxi-emergency-2026-budget.txt';
const Y2024 = 'yangquan-emergency-2024-final-accounts.txt';
const CORPUS: [string, number, number][] = [
  // [document, tied figures, untied figures]
  ['yangquan-emergency-2026-budget.txt', 47, 12],
  ['datong-emergency-2025-unit-budget.md', 44, 13],
  ['shanxi-emergency-2026-budget.txt', 44, 27],
  ['yangquan-emergency-2024-final-accounts.txt', 75, 9],
];

test('corpus: every tied narrative figure equals its table cell', () => {
  for (const [name, tied, untied] of CORPUS) {
    const r = readDocument(corpusBytes(name), name);
    assert.ok(r.ok);
    const fs = narrativeMatchesTables.check(r.document);
    assert.deepEqual(fs.filter((f) => f.params['kind'] !== 'untied'), [], name);
    assert.equal(fs.length, untied, name);
    // Moving every amount by 7 万元 must turn each tied figure into a mismatch.
    for (const f of facts(r.document)) if (f.amount) f.amount = { ...f.amount, value: String(Number(f.amount.value) + 7) };
    assert.equal(narrativeMatchesTables.check(r.document).filter((f) => f.params['kind'] === 'mismatch').length, tied, name);
  }
});

const shanghai = (name: string, edit: LineEdits = {}): Document => editedCorpusDocument(name, edit);

test('Shanghai budget: 收支, 财政拨款 by 项, 三公 and 机关运行经费 tie to the 元 tables, rounded to the narrative’s 万元', () => {
  // shanghai-putuo-commerce-2025-budget.pdf (pdftotext -layout): 100–104 收入 37,151.47 (收支总表 371,514,655 元, line 157), 财政拨款收入
  // 37,151.47, 事业收入 / 事业单位经营收入 / 其他收入 0 (lines 150–152 blank), 支出 37,151.47, 财政拨款支出 37,151.47 (line 251),
  // 一般公共预算 37,151.47, 政府性基金 0, 国有资本经营 0; 16 项 at 108–140, e.g. 行政运行 938.99 = 9,389,913 元 (line 168),
  // 事业单位离退休 1.73 = 17,280 元 (178), 其他支持中小企业发展和管理支出 29,381.00 = 293,810,000 元 (188);
  // 373–377 三公 1.00, 出国 0, 用车 0, 购置 0, 运行 0, 接待 1.00 and 379 机关运行经费 171.01 = line 369. 33 tied figures in all.
  const doc = shanghai('shanghai-putuo-commerce-2025-budget.pdf');
  assert.deepEqual(narrativeMatchesTables.check(doc).filter((f) => f.params['kind'] !== 'untied'), []);
  for (const f of facts(doc)) if (f.amount) f.amount = { ...f.amount, value: String(Number(f.amount.value) + 7) };
  assert.equal(narrativeMatchesTables.check(doc).filter((f) => f.params['kind'] === 'mismatch').length, 33);
});

test('Shanghai budget: a 项 figure off by 0.10 万元 is an error against 收入预算总表 财政拨款收入', () => {
  const fs = narrativeMatchesTables.check(shanghai('shanghai-putuo-commerce-2025-budget.pdf', { 108: (l) => l.replace('938.99', '939.09') }));
  assert.deepEqual(fs.filter((f) => f.params['kind'] !== 'untied').map((f) => [f.location.line, f.expected, f.actual, f.severity]), [[108, '9389913.00', '939.09', 'error']]);
});

test('Shanghai final: 项 决算 figures tie to 一般公共预算财政拨款支出决算表; its 基本支出 and 人员经费 sentence is wrong', () => {
  // shanghai-putuo-planning-2024-final-accounts.pdf (pdftotext -layout): line 785 “一般公共预算财政拨款基本支出 5377.64 万元。其中：人员
  // 经费 4896.98 万元” (787), but 一般公共预算财政拨款支出决算表 line 459 基本支出 5364.75 and 基本支出决算表 line 533 人员经费合计 4884.09
  // (5377.64 is 支出决算表's 基本支出 of all funds, line 289). Line 639 卫生健康支出 236.63 against 236.64 (line 423) is 尾差.
  // The 项 决算 (e.g. line 725 行政运行 1092.80 = line 436) tie; 年初预算 figures are not compared.
  const fs = narrativeMatchesTables.check(shanghai('shanghai-putuo-planning-2024-final-accounts.pdf'));
  assert.deepEqual(fs.filter((f) => f.params['kind'] !== 'untied').map((f) => [f.location.line, f.expected, f.actual, f.severity]), [
    [639, '236.64', '236.63', 'info'],
    [785, '5364.75', '5377.64', 'error'],
    [787, '4884.09', '4896.98', 'error'],
  ]);
  const m = narrativeMatchesTables.check(shanghai('shanghai-putuo-planning-2024-final-accounts.pdf', { 725: (l) => l.replace('1092.80', '1092.90') }));
  assert.deepEqual(m.filter((f) => f.location.line === 725 && f.params['kind'] === 'mismatch').map((f) => [f.expected, f.actual, f.severity]), [['1092.80', '1092.90', 'error']]);
});

test('Shanghai budget: 三公, its items and 机关运行经费 tie to the 三公和机关运行经费 table', () => {
  // shanghai-putuo-commerce-2025-budget.pdf (pdftotext -layout) line 369: 合计 1.00, 公务接待费 1.00, 机关运行经费 171.01 (other columns blank);
  // lines 373–379: “预算数为1.00万元”, 因公出国（境）费0, 公务用车购置及运行费0 (购置费0, 运行费0), 公务接待费1.00, 机关运行经费 171.01.
  const doc = corpusDocument('shanghai-putuo-commerce-2025-budget.pdf');
  const tied = (d: Document) => narrativeMatchesTables.check(d).filter((f) => f.location.line >= 373 && f.location.line <= 379);
  assert.deepEqual(tied(doc), []);
  const moved = structuredClone(doc);
  for (const f of facts(moved)) if (f.amount && f.pos.line >= 373 && f.pos.line <= 379) f.amount = { ...f.amount, value: String(Number(f.amount.value) + 7) };
  const fs = tied(moved);
  assert.deepEqual(new Set(fs.map((f) => f.params['subject'])), new Set(['三公', '因公出国（境）费', '公务用车购置及运行费', '公务用车购置费', '公务用车运行维护费', '公务接待费', '机关运行经费']));
  assert.ok(fs.every((f) => f.severity === 'error' && f.params['table'] === '2025年部门“三公”经费和机关运行经费预算表'));
});

test('final accounts: 三公 全年预算 differing from 公开09 预算数 is an error, 年初预算 a warning', () => {
  // yangquan-emergency-2024-final-accounts.txt line 570: “…支出全年预算62.59万元，支出决算62.59万元…” = 公开09 line 454 预算数 62.59.
  const doc = structuredClone(corpusDocument('yangquan-emergency-2024-final-accounts.txt'));
  const budget = facts(doc).find((f) => f.pos.line === 570 && f.measure === '全年预算');
  assert.ok(budget?.amount);
  assert.deepEqual(narrativeMatchesTables.check(doc).filter((f) => f.location.line === 570), []);
  budget.amount = { ...budget.amount, value: '60.00' };
  const one = () => narrativeMatchesTables.check(doc).filter((f) => f.location.line === 570).map((f) => [f.severity, f.expected, f.params['measure']]);
  assert.deepEqual(one(), [['error', '62.59', '全年预算']]);
  budget.measure = '年初预算';
  assert.deepEqual(one(), [['warning', '62.59', '年初预算']]);
  // Shanghai planning final line 809: “年初预算为 2.85 万元” = 公开09-style table line 545 预算数 2.85.
  assert.deepEqual(narrativeMatchesTables.check(corpusDocument('shanghai-putuo-planning-2024-final-accounts.pdf')).filter((f) => f.location.line === 809), []);
});

/** A text corpus document with some lines (1-based) rewritten; the non-untied findings as [line, expected, actual, severity]. */
const tiedFindings = (name: string, edit: Record<number, (l: string) => string>): [number, string | undefined, string | undefined, string][] => {
  const r = readText(
    corpusText(name)
      .split('\n')
      .map((l, i) => edit[i + 1]?.(l) ?? l)
      .join('\n'),
    name,
  );
  assert.ok(r.ok);
  return narrativeMatchesTables.check(r.document).filter((f) => f.params['kind'] !== 'untied').map((f) => [f.location.line, f.expected, f.actual, f.severity]);
};

test('budget: income sources tie to 预算收支总表, a stated 0 to a blank cell', () => {
  // 山西 2026 line 475 “单位资金2,231.46万元” = 表1 line 106 五、单位资金 2231.46; “政府性基金预算拨款收入0万元” = line 103 (blank).
  assert.deepEqual(tiedFindings(SHANXI, { 475: (l) => l.replace('单位资金2,231.46', '单位资金2,231.56') }), [[475, '2231.46', '2,231.56', 'error']]);
  assert.deepEqual(tiedFindings(SHANXI, { 475: (l) => l.replace('政府性基金预算拨款收入0万元', '政府性基金预算拨款收入3万元') }), [[475, '0', '3', 'error']]);
});

test('budget: 财政拨款收支 totals, 当年拨款 and 上年结转 tie to 财政拨款收支总表', () => {
  // 山西 2026 line 487 “财政拨款收支总预算35,188.56万元 … 当年拨款收入31,190.81万元，上年结转收入3,997.75万元”: 表4 收入总计 line 255 35188.56,
  // 本年收入合计 line 249 31190.81, 上年财政拨款结转 line 251 3997.75.
  assert.deepEqual(tiedFindings(SHANXI, { 487: (l) => l.replace('当年拨款收入31,190.81', '当年拨款收入61,190.81') }), [[487, '31190.81', '61,190.81', 'error']]);
  assert.deepEqual(tiedFindings(SHANXI, { 487: (l) => l.replace('总预算35,188.56', '总预算35,188.86') }), [[487, '35188.56', '35,188.86', 'error']]);
  assert.deepEqual(tiedFindings(SHANXI, { 487: (l) => l.replace('上年结转收入3,997.75', '上年结转收入2,997.75') }), [[487, '3997.75', '2,997.75', 'error']]);
});

test('budget: 上年结转 after a 支出 total is 支出总计’s 上年结转安排, after an income total the 上年结转 row', () => {
  // 山西 2026 line 471 “…收入总计…其中：本年收入33,422.27万元，上年结转3,997.75万元…；本年部门预算支出总计…其中：本年预算安排33,422.27万元，
  // 上年结转3,997.75万元”: 表1 line 134 上年结转 3997.75; line 135 支出总计 当年预算安排 33422.27, 上年结转安排 3997.75.
  // Both 上年结转 are 3,997.75, so the cell each points at (related) tells the sides apart: line 134 for income, 135 for expenditure.
  const related = (edit: (l: string) => string) => {
    const r = readText(corpusText(SHANXI).split('\n').map((l, i) => (i + 1 === 471 ? edit(l) : l)).join('\n'), SHANXI);
    assert.ok(r.ok);
    return narrativeMatchesTables.check(r.document).filter((f) => f.params['kind'] === 'mismatch').map((f) => [f.expected, f.actual, f.related?.map((p) => p.line)]);
  };
  assert.deepEqual(related((l) => l.replace(/(本年预算安排33,422.27万元，上年结转)3,997.75/, '$13,990.75')), [['3997.75', '3,990.75', [135]]]);
  assert.deepEqual(related((l) => l.replace(/(本年收入33,422.27万元，上年结转)3,997.75/, '$13,990.75')), [['3997.75', '3,990.75', [134]]]);
  assert.deepEqual(tiedFindings(SHANXI, { 471: (l) => l.replace('本年预算安排33,422.27', '本年预算安排33,422.97') }), [[471, '33422.27', '33,422.97', 'error']]);
});

test('budget: 整体绩效目标 restates the 部门整体支出绩效目标表 by use', () => {
  // 山西 2026 line 533 “涉及部门预算资金33658.57万元，其中基本支出8570.08万元，项目支出25088.49万元” = 整体支出绩效目标申报表 lines 555–557
  // 合计 33658.57, 基本支出 8570.08, 项目支出 25088.49 (the form's disagreement with 表3's 37420.03 is department-form-matches-tables').
  assert.deepEqual(tiedFindings(SHANXI, { 533: (l) => l.replace('基本支出8570.08', '基本支出8970.08') }), [[533, '8570.08', '8970.08', 'error']]);
  assert.deepEqual(tiedFindings(SHANXI, { 533: (l) => l.replace('项目支出25088.49', '项目支出25088.99') }), [[533, '25088.49', '25088.99', 'error']]);
  assert.deepEqual(tiedFindings(SHANXI, { 533: (l) => l.replace('部门预算资金33658.57', '部门预算资金33658.56') }), [[533, '33658.57', '33658.56', 'info']]);
});

test('final: 财政拨款 totals tie to 公开02 and 公开04, 政府性基金 totals to 公开04’s column', () => {
  // 阳泉 2024 line 502 “财政拨款收入6,061.09万元” = 公开02 合计 财政拨款 line 158; line 514 “财政拨款收入总计6,061.09万元，支出总计6,061.09万元”
  // = 公开04 总计 line 300; line 560 “政府性基金预算财政拨款收入总计246.77万元、支出总计246.77万元” = line 300 政府性基金 246.77.
  assert.deepEqual(tiedFindings(Y2024, { 502: (l) => l.replace('6,061.09', '6,161.09') }), [[502, '6061.09', '6,161.09', 'error']]);
  assert.deepEqual(tiedFindings(Y2024, { 514: (l) => l.replace('支出总计6,061.09', '支出总计1,061.09') }), [[514, '6061.09', '1,061.09', 'error']]);
  assert.deepEqual(tiedFindings(Y2024, { 560: (l) => l.replace('收入总计246.77', '收入总计246.87') }), [[560, '246.77', '246.87', 'error']]);
});

test('final: 人员经费/公用经费 items named in prose tie to 公开06 rows by name', () => {
  // 阳泉 2024 line 556 “印刷费1.94万元 … 物业费2.53万元 … 资本性支出15.36万元”: 公开06 30202 印刷费 1.94 (line 370), 30209 物业管理费 2.53
  // (line 377), 310 资本性支出 15.36 (line 387); line 554 “奖励金1.96万元” = 30309 奖励金 1.96 (line 392).
  assert.deepEqual(tiedFindings(Y2024, {}), []);
  assert.deepEqual(tiedFindings(Y2024, { 556: (l) => l.replace('印刷费1.94', '印刷费1.54') }), [[556, '1.94', '1.54', 'error']]);
  assert.deepEqual(tiedFindings(Y2024, { 556: (l) => l.replace('物业费2.53', '物业费9.53') }), [[556, '2.53', '9.53', 'error']]);
  assert.deepEqual(tiedFindings(Y2024, { 556: (l) => l.replace('资本性支出15.36', '资本性支出95.36') }), [[556, '15.36', '95.36', 'error']]);
  assert.deepEqual(tiedFindings(Y2024, { 554: (l) => l.replace('奖励金1.96', '奖励金0.96') }), [[554, '1.96', '0.96', 'error']]);
});

test('Shanghai final: 财政拨款收入支出总计 ties to 公开04 总计, a 项 under an older 款 name by its 类 and name', () => {
  // 普陀规划 (pdftotext -layout) line 612 “出总计 9746.50 万元” (财政拨款收入支出总计) = 财政拨款收入支出决算总表 总计 line 391 9746.50;
  // line 769 “支出决算为 289.59 万元” of “住房保障支出（类）住房保障支出（款）住房公积金（项）” = 2210201 住房公积金 line 455 289.59.
  const m = (edit: Record<number, (l: string) => string>) =>
    narrativeMatchesTables.check(shanghai('shanghai-putuo-planning-2024-final-accounts.pdf', edit)).filter((f) => f.params['kind'] === 'mismatch' && f.severity === 'error' && f.location.line !== 785 && f.location.line !== 787);
  assert.deepEqual(m({}), []);
  assert.deepEqual(m({ 612: (l) => l.replace('9746.50', '9746.30') }).map((f) => [f.location.line, f.expected, f.actual]), [[612, '9746.50', '9746.30']]);
  const house = m({ 769: (l) => l.replace('289.59', '289.99') });
  assert.deepEqual(house.map((f) => [f.expected, f.actual, f.related?.map((p) => p.line)]), [['289.59', '289.99', [455]]]);
});

test('final: 财政拨款收入/支出 in the 财政拨款 section may be 公开04’s 总计 or its 本年 合计', () => {
  // 阳泉 2024 公开04 line 295 本年收入合计 / 本年支出合计 6061.09, line 300 总计 6061.09 (年初结转 blank). With a 年初结转 of 100 making
  // 总计 6161.09, line 514's “财政拨款收入总计6,061.09万元，支出总计6,061.09万元” still reads as the 本年 figures; 6,261.09 is neither.
  const total = (l: string) => l.replaceAll('6061.09', '6161.09');
  const at514 = (edit: Record<number, (l: string) => string>) => tiedFindings(Y2024, edit).filter((f) => f[0] === 514);
  assert.deepEqual(at514({ 300: total }), []);
  assert.deepEqual(at514({ 300: total, 514: (l) => l.replace('收入总计6,061.09', '收入总计6,261.09') }), [[514, '6161.09', '6,261.09', 'error']]);
});
