import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusText } from '../../../test/corpus.js';
import { corpusDocument } from '../../../test/corpus-document.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import type { Document } from '../../model/index.js';
import { readText } from '../../read/index.js';
import { docFrom } from '../testkit.js';
import { narrativePartsSum } from './narrative-parts-sum.js';

type Row = [string | undefined, string, string | undefined, string | undefined];
const found = (doc: Document): Row[] => narrativePartsSum.check(doc).map((f) => [f.params['kind'], f.severity, f.expected, f.actual]);
const errors = (doc: Document): Row[] => found(doc).filter((r) => r[1] !== 'info');

const budget = (title: string, ...paragraphs: string[]): Document =>
  docFrom('第三部分 2026年度部门预算情况说明', '', title, '', ...paragraphs.flatMap((p) => [p, '']));

/** A corpus document read again with one figure replaced on one line (the text as the CLI reads it). */
function changed(name: string, line: number, from: string, to: string): Document {
  const text = name.endsWith('.pdf') ? layoutTextOf(name) : corpusText(name);
  const lines = text.split('\n');
  const l = lines[line - 1] ?? '';
  assert.ok(l.includes(from), `${name}:${line} holds ${from}`);
  lines[line - 1] = l.replace(from, to);
  const r = readText(lines.join('\n'), name);
  if (!r.ok) throw new Error(r.error.message);
  return r.document;
}

// Worded as 阳泉 2026 line 462.
const spending = (basic: string): Document =>
  budget('三、支出预算情况说明', `2026年度阳泉市应急管理局支出预算4558.02万元，其中：基本支出${basic}万元，占85.91%；项目支出642.39万元，占14.09%。`);

test('支出 = 基本支出 + 项目支出; 0.01 per part is rounding', () => {
  assert.deepEqual(found(spending('3915.63')), []);
  assert.deepEqual(found(spending('3915.64')), [['partition', 'info', '4558.03', '4558.02']]);
  assert.deepEqual(found(spending('3815.63')), [['partition', 'error', '4458.02', '4558.02']]);
});

test('支出 with 上缴上级支出 or 经营支出 named is not 基本 + 项目 alone', () => {
  const final = (extra: string) =>
    docFrom('第三部分 情况说明', '', '三、支出决算情况说明', '', `2024年度本年支出合计6,100.00万元，其中：基本支出3,741.61万元，项目支出2,319.48万元${extra}。`);
  assert.deepEqual(found(final('')), [['partition', 'error', '6061.09', '6100.00']]);
  assert.deepEqual(found(final('，上缴上级支出38.91万元')), []);
});

test('figures of another year or of the budget beside a 决算 are not parts', () => {
  // Worded as 阳泉 2024 final accounts line 570: the 全年预算 and the 决算 of 三公, then the 决算 of each item.
  const three = (budgeted: string) =>
    docFrom(
      '第三部分 情况说明',
      '',
      '（一）“三公”经费财政拨款支出决算总体情况说明',
      '',
      `2024年度“三公”经费财政拨款支出全年预算${budgeted}万元，支出决算62.59万元，完成全年预算的100.00%，比上年度增加39.00万元。其中：`,
      '',
      '因公出国（境）费支出0万元，与上年相同；',
      '',
      '公务用车购置费支出41.91万元，完成全年预算的100.00%；',
      '',
      '公务用车运行维护费支出20.68万元，完成全年预算的100.00%；',
      '',
      '公务接待费支出0万元，与上年相同。',
    );
  assert.deepEqual(found(three('62.59')), []);
  assert.deepEqual(found(three('70.00')), []);
});

test('收入 = its six sources; a source that is not there leaves the breakdown unknown', () => {
  // Worded as 阳泉 2026 line 456.
  const income = (fund: string, tail = '单位资金0万元，占0%；上年结转0万元，占0%。') =>
    budget(
      '二、收入预算情况说明',
      `2026年度阳泉市应急管理局预算收入4,558.02万元，主要包括一般公共预算拨款收入4,558.02万元，占100.00%；政府性基金预算拨款收入${fund}万元，占0%；国有资本经营预算拨款收入0万元，占0%；财政专户管理资金收入0万元，占0%；${tail}`,
    );
  assert.deepEqual(found(income('0')), []);
  assert.deepEqual(errors(income('4')), [['partition', 'error', '4562.02', '4558.02']]);
  // Without 单位资金 and 上年结转 the list names only some sources: no sum is claimed.
  assert.deepEqual(found(income('4', '。')), []);
});

test('基本支出 = 人员经费 + 公用经费, each with its own list of items in between', () => {
  // Worded as 阳泉 2024 final accounts lines 552–556.
  const basic = (total: string) =>
    docFrom(
      '第三部分 情况说明',
      '',
      '六、一般公共预算财政拨款基本支出决算情况说明',
      '',
      `2024年度财政拨款基本支出${total}万元，其中：`,
      '',
      '人员经费3,414.47万元，主要包括：基本工资1019.30万元、津补贴323.32万元；',
      '',
      '公用经费327.14万元，主要包括：办公费31.57万元、印刷费1.94万元。',
    );
  assert.deepEqual(found(basic('3,741.61')), []);
  assert.deepEqual(found(basic('3,791.61')), [['partition', 'error', '3741.61', '3791.61']]);
});

test('三公 = its three items, and 公务用车购置及运行费 = 购置费 + 运行维护费', () => {
  // Worded as 山西 2026 line 515.
  const three = (reception: string, vehicles: string) =>
    budget(
      '七、“三公”经费增减变动原因说明',
      `2026年山西省应急管理厅财政拨款安排的“三公”经费预算57.00万元与2025年预算数相同。其中：因公出国（境）费0万元，与上年预算数相同；公务接待费${reception}万元，与上年预算数相同；公务用车购置及运行费${vehicles}万元，与上年预算数相同。公务用车运行维护费37.00万元，与上年预算数相同；公务用车购置费0万元，与上年预算数相同。`,
    );
  assert.deepEqual(found(three('20.00', '37.00')), []);
  assert.deepEqual(found(three('24.00', '37.00')), [
    ['partition', 'error', '61.00', '57.00'],
    ['partition', 'error', '61.00', '57.00'],
  ]);
  assert.deepEqual(found(three('20.00', '31.00')), [
    ['partition', 'error', '51.00', '57.00'],
    ['partition', 'error', '37.00', '31.00'],
  ]);
});

test('a list closed by 合计 adds up to it, and 合计 is the total stated before 其中', () => {
  // Worded as the Shanghai commerce budget, pdftotext -layout lines 424–425.
  const items = (total: string, first: string, sum: string) =>
    docFrom(
      '生命健康专项（政策资金）经费情况说明',
      '',
      '六、年度预算安排',
      `2025年度项目总预算${total}万，其中支持企业规模化发展${first}万，支持企业创新化发展70.00万，支持企业协同化发展180.00万，支持企业国际化发展50.00万，合计${sum}万。`,
    );
  assert.deepEqual(found(items('1170.00', '870.00', '1170.00')), []);
  assert.deepEqual(found(items('1170.00', '370.00', '1170.00')), [['closed-list', 'error', '670.00', '1170.00']]);
  assert.deepEqual(found(items('1190.00', '870.00', '1170.00')), [['closed-total', 'error', '1170.00', '1190.00']]);
});

test('主要包括 and 主要用于 lists are not summed, but cannot exceed their total', () => {
  const items = (office: string) =>
    docFrom(
      '第三部分 情况说明',
      '',
      '六、一般公共预算财政拨款基本支出决算情况说明',
      '',
      `公用经费40.00万元，主要包括：办公费${office}万元、印刷费1.94万元。`,
    );
  assert.deepEqual(found(items('31.57')), []);
  assert.deepEqual(found(items('11.57')), []);
  assert.deepEqual(found(items('41.57')), [['bounded-list', 'error', '43.51', '40.00']]);
  // Worded as 阳泉 2026 line 479: the main classes only, with 等.
  const classes = budget(
    '（二）一般公共预算当年支出结构情况',
    '2026年度阳泉市应急管理局一般公共预算当年支出4,558.02万元,主要用于以下方面:一般公共服务支出6.56万元,占0.14%;灾害防治及应急管理支出3,376.99万元,占74.09%等。',
  );
  assert.deepEqual(found(classes), []);
});

test('a 其中 that names only some parts is no sum, but no part can exceed the total', () => {
  // Worded as 阳泉 2024 final accounts line 598.
  const sme = (small: string) =>
    docFrom(
      '第三部分 情况说明',
      '',
      '（二）政府采购情况说明',
      '',
      `政府采购授予中小企业合同金额1,593.26万元，占政府采购支出总额的99.59%。其中：授予小微企业合同金额${small}万元，占政府采购支出总额的99.15%。`,
    );
  assert.deepEqual(found(sme('1,586.13')), []);
  assert.deepEqual(found(sme('1,086.13')), []);
  assert.deepEqual(found(sme('3,586.13')), [['part-exceeds', 'error', '3586.13', '1593.26']]);
});

test('收入总计 and 支出总计 of one summary are equal', () => {
  // Worded as 阳泉 2024 final accounts line 496.
  const totals = (out: string) =>
    docFrom('第三部分 情况说明', '', '一、收入支出决算总体情况说明', '', `2024年度收入总计6,061.09万元，支出总计${out}万元。`);
  assert.deepEqual(found(totals('6,061.09')), []);
  assert.deepEqual(found(totals('6,161.09')), [['balance', 'error', '6061.09', '6161.09']]);
});

test('the shares of a known breakdown add up to 100%, within the rounding of the printed digits', () => {
  assert.deepEqual(found(spending('3915.63')), []);
  const shares = (a: string, b: string) =>
    budget('三、支出预算情况说明', `2026年度支出预算4558.02万元，其中：基本支出3915.63万元，占${a}%；项目支出642.39万元，占${b}%。`);
  assert.deepEqual(found(shares('85.92', '14.09')), [['shares-sum', 'info', '100.00', '100.01']]);
  assert.deepEqual(found(shares('85.91', '14.90')), [['shares-sum', 'error', '100.00', '100.81']]);
  assert.deepEqual(found(shares('185.91', '14.09')), [
    ['share-over-100', 'error', '100.00', '185.91'],
    ['shares-sum', 'error', '100.00', '200.00'],
  ]);
});

test('the share of 0万元 is 0%, and a 0% share is exact when the sum of shares is checked', () => {
  // Worded as 阳泉 2026 line 456 (shortened to the two sources that are not 0).
  const income = (fund: string) =>
    budget('二、收入预算情况说明', `2026年度预算收入4,558.02万元，其中：本年收入4,558.02万元，占100.00%；上年结转0万元，占${fund}%。`);
  assert.deepEqual(found(income('0')), []);
  assert.deepEqual(found(income('1')), [
    ['share-of-zero', 'error', '0', '1'],
    ['shares-sum', 'error', '100.00', '101.00'],
  ]);
});

test('corpus: every breakdown holds, within 尾差 where noted', () => {
  const all = ['yangquan-emergency-2026-budget.txt', 'yangquan-emergency-2024-final-accounts.txt', 'shanxi-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md', 'jinzhong-emergency-2022-performance-targets.txt', 'shanghai-putuo-commerce-2025-budget.pdf', 'shanghai-putuo-planning-2024-final-accounts.pdf'];
  for (const name of all) assert.deepEqual(errors(corpusDocument(name)), [], name);
  // 阳泉 2026 line 487: 基本支出 3,915.63 against 人员经费 3,530.82 + 公用经费 384.80 = 3,915.62.
  assert.deepEqual(found(corpusDocument('yangquan-emergency-2026-budget.txt')), [['partition', 'info', '3915.62', '3915.63']]);
  // 大同 line 465: 支出预算 2233.22 against 基本支出 1603.41 + 项目支出 629.8 = 2233.21.
  assert.deepEqual(found(corpusDocument('datong-emergency-2025-unit-budget.md')), [['partition', 'info', '2233.21', '2233.22']]);
  // 阳泉 2024 line 554: the 14 items of 人员经费 add up to 3414.49, 0.02 over its 3,414.47.
  assert.deepEqual(found(corpusDocument('yangquan-emergency-2024-final-accounts.txt')), [['bounded-list', 'info', '3414.49', '3414.47']]);
  // 山西 lines 471, 475, 483: 37,420.03 against 33,422.27 + 3,997.75, the six sources, 8570.08 + 28849.94 (all 37420.02);
  // the six income shares 83.35 + 0 + 0 + 0 + 5.96 + 10.68 = 99.99.
  assert.deepEqual(found(corpusDocument('shanxi-emergency-2026-budget.txt')), [
    ['partition', 'info', '37420.02', '37420.03'],
    ['partition', 'info', '37420.02', '37420.03'],
    ['partition', 'info', '37420.02', '37420.03'],
    ['shares-sum', 'info', '100.00', '99.99'],
    ['partition', 'info', '37420.02', '37420.03'],
  ]);
});

test('corpus with one figure changed: the breakdown no longer holds', () => {
  // Shanghai commerce budget line 468: 合计2921.00万 made 2931.00万.
  assert.deepEqual(errors(changed('shanghai-putuo-commerce-2025-budget.pdf', 468, '合计2921.00万', '合计2931.00万')), [
    ['closed-list', 'error', '2921.00', '2931.00'],
    ['closed-total', 'error', '2931.00', '2921.00'],
  ]);
  // 阳泉 2026 line 456: 单位资金0万元 made 4万元.
  assert.deepEqual(errors(changed('yangquan-emergency-2026-budget.txt', 456, '单位资金0万元', '单位资金4万元')), [['partition', 'error', '4562.02', '4558.02']]);
  // 阳泉 2026 line 466: 国有资本经营预算拨款0万元 made 7万元.
  assert.deepEqual(errors(changed('yangquan-emergency-2026-budget.txt', 466, '国有资本经营预算拨款0万元', '国有资本经营预算拨款7万元')), [['partition', 'error', '4565.02', '4558.02']]);
  // 阳泉 2024 line 514: 支出总计6,061.09万元 made 1,061.09万元 against 收入总计 6,061.09.
  assert.deepEqual(errors(changed('yangquan-emergency-2024-final-accounts.txt', 514, '支出总计6,061.09万元', '支出总计1,061.09万元')), [['balance', 'error', '6061.09', '1061.09']]);
  // Shanghai planning final accounts line 840: 因公出国（境）费 share 0.00% of 0.00 万元 made 4.00% (the three shares then
  // add up to 104).
  assert.deepEqual(errors(changed('shanghai-putuo-planning-2024-final-accounts.pdf', 840, '占 0.00%', '占 4.00%')), [
    ['share-of-zero', 'error', '0.00', '4.00'],
    ['shares-sum', 'error', '100.00', '104.00'],
  ]);
  // 阳泉 2024 line 560: 政府性基金 收入总计 246.77 and 支出总计 246.77; the latter made 946.77.
  assert.deepEqual(errors(changed('yangquan-emergency-2024-final-accounts.txt', 560, '支出总计246.77万元', '支出总计946.77万元')), [['balance', 'error', '246.77', '946.77']]);
  // 阳泉 2024 line 588: 公务接待费 0 = 国内 0 (其中外事 0) + 国（境）外 0; 国（境）外接待费 made 3.
  assert.deepEqual(errors(changed('yangquan-emergency-2024-final-accounts.txt', 588, '国（境）外接待费0万元', '国（境）外接待费3万元')), [['partition', 'error', '3', '0']]);
});
