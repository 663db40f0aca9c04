// Hand-checked values of 上海市普陀区规划和自然资源局 2024 部门决算 (shanghai-putuo-planning-2024-final-accounts.pdf),
// read through `pdftotext -layout`. Line numbers are those of the layout text. The tables are in 万元; codes are
// printed whole, names often wrap over two or three lines. Tables may be typed or generic: cells are asserted
// by row code/name and column label.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SHF24, amountByLabel, assertMoney, doc, fact, row, tableTitled } from './support.js';

const d = () => doc(SHF24);

test('SHF24 收入支出决算总表: income 一般公共预算财政拨款收入 9746.50; 本年支出合计 9759.38; all in 万元', () => {
  // 190: 单位：万元
  // 193: 一、一般公共预算财政拨款收入      9746.50   一、一般公共服务支出
  // 217: 本年收入合计         9746.50          本年支出合计         9759.38
  const t = tableTitled(d(), '收入支出决算总表');
  assert.equal(t.unit, '万元');
  assertMoney(amountByLabel(t, 193, '一般公共预算财政拨款收入'), '9746.50', '万元', 'income');
  assertMoney(amountByLabel(t, 217, '本年支出合计'), '9759.38', '万元', '本年支出合计');
});

test('SHF24 收入支出决算总表: 年初结转和结余 112.88, 年末结转和结余 100.00, 总计 9859.38', () => {
  // 219: 年初结转和结余             112.88    年末结转和结余                100.00
  // 220: 总计        9859.38            总计           9859.38
  const t = tableTitled(d(), '收入支出决算总表');
  assertMoney(amountByLabel(t, 219, '年初结转和结余'), '112.88', '万元', '年初结转和结余');
  assertMoney(amountByLabel(t, 219, '年末结转和结余'), '100.00', '万元', '年末结转和结余');
});

test('SHF24 收入支出决算总表: 十一、城乡社区支出 as printed 3845.25 (the other tables say 3832.36 / 3845.24)', () => {
  // 203:                               十一、城乡社区支出             3845.25
  const t = tableTitled(d(), '收入支出决算总表');
  assertMoney(amountByLabel(t, 203, '城乡社区支出'), '3845.25', '万元', '城乡社区支出');
});

test('SHF24 收入决算表: 2080505 name wrapped over two lines (…保险缴 / 费支出) 446.11', () => {
  // 241: 2080505   机关事业单位基本养老保险缴      446.11      446.11
  // 242:           费支出
  const t = tableTitled(d(), '收入决算表');
  assert.equal(row(t, { code: '2080505' }).name, '机关事业单位基本养老保险缴费支出');
  assertMoney(amountByLabel(t, 241, '本年收入合计'), '446.11', '万元', '2080505 本年收入合计');
  assertMoney(amountByLabel(t, 241, '财政拨款收入'), '446.11', '万元', '2080505 财政拨款收入');
});

test('SHF24 支出决算表: 21201 城乡社区管理事务 1105.68 = 1096.91 + 8.77 (on the next page)', () => {
  // 313: 21201     城乡社区管理事务      1105.68   1096.91     8.77
  const t = tableTitled(d(), '支出决算表');
  assertMoney(amountByLabel(t, 313, '本年支出合计'), '1105.68', '万元', '21201 本年支出合计');
  assertMoney(amountByLabel(t, 313, '基本支出'), '1096.91', '万元', '21201 基本支出');
  assertMoney(amountByLabel(t, 313, '项目支出'), '8.77', '万元', '21201 项目支出');
});

test('SHF24 支出决算表: 208 项目支出 printed 0.00 is an amount 0.00', () => {
  // 290: 208       社会保障和就业支出        754.75     754.75       0.00
  const t = tableTitled(d(), '支出决算表');
  assertMoney(amountByLabel(t, 290, '项目支出'), '0.00', '万元', '208 项目支出');
});

test('SHF24 一般公共预算财政拨款支出决算表: 208 with its name around the code line (社会保障和就 / 业支出) 754.75', () => {
  // 402:            社会保障和就
  // 403: 208                     754.75       754.75      0.00
  // 404:            业支出
  const t = tableTitled(d(), '一般公共预算财政拨款支出决算表');
  assert.equal(row(t, { code: '208' }).name, '社会保障和就业支出');
  assertMoney(amountByLabel(t, 403, '合计'), '754.75', '万元', '208 合计');
});

test('SHF24 一般公共预算财政拨款支出决算表: 合计 9746.50 = 5364.75 + 4381.74', () => {
  // 459:            合计        9746.50   5364.75   4381.74
  const t = tableTitled(d(), '一般公共预算财政拨款支出决算表');
  assertMoney(amountByLabel(t, 459, '基本支出'), '5364.75', '万元', '合计 基本支出');
  assertMoney(amountByLabel(t, 459, '项目支出'), '4381.74', '万元', '合计 项目支出');
});

test('SHF24 基本支出决算表: 301 工资福利支出 4816.14 and 302 商品和服务支出 440.90 side by side', () => {
  // 466: 301     工资福利支出          4816.14   302     商品和服务支出         440.90
  const t = tableTitled(d(), '一般公共预算财政拨款基本支出决算表');
  assertMoney(amountByLabel(t, 466, '工资福利支出'), '4816.14', '万元', '301');
  assertMoney(amountByLabel(t, 466, '商品和服务支出'), '440.90', '万元', '302');
});

test('SHF24 基本支出决算表: 30207 邮电费 — code on line 475, name and 8.05 on line 476', () => {
  // 475: 30109    职业年金缴费          225.12   30207
  // 476:                                      邮电费                    8.05
  const t = tableTitled(d(), '一般公共预算财政拨款基本支出决算表');
  assert.equal(row(t, { code: '30207' }).name, '邮电费');
  assertMoney(amountByLabel(t, 476, '邮电费'), '8.05', '万元', '30207 邮电费');
});

test('SHF24 基本支出决算表: 人员经费合计 4884.09, 公用经费合计 480.66', () => {
  // 533:       人员经费合计          4884.09       公用经费合计                480.66
  const t = tableTitled(d(), '一般公共预算财政拨款基本支出决算表');
  assertMoney(amountByLabel(t, 533, '人员经费合计'), '4884.09', '万元', '人员经费合计');
  assertMoney(amountByLabel(t, 533, '公用经费合计'), '480.66', '万元', '公用经费合计');
});

test('SHF24 三公 决算表: 合计 预算数 2.85 / 决算数 0.39; 公务接待费 预算数 2.85 / 决算数 0.39', () => {
  // 540: 合计 … 公务接待费   544: 预算数 决算数 预算数 决算数 …
  // 546:      2.85 0.39 0.00 0.00  0.00              0.00    0.00    0.00    0.00    0.00    2.85    0.39
  const t = tableTitled(d(), '财政拨款“三公”经费支出决算表');
  assertMoney(amountByLabel(t, 546, '合计', '预算数'), '2.85', '万元', '合计 预算数');
  assertMoney(amountByLabel(t, 546, '合计', '决算数'), '0.39', '万元', '合计 决算数');
  assertMoney(amountByLabel(t, 546, '公务接待费', '预算数'), '2.85', '万元', '公务接待费 预算数');
  assertMoney(amountByLabel(t, 546, '公务接待费', '决算数'), '0.39', '万元', '公务接待费 决算数');
});

test('SHF24 政府性基金 and 国有资本经营 tables have no data', () => {
  // 562: 说明：上海市普陀区规划和自然资源局本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。
  // 577: 说明：…本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。
  assert.equal(tableTitled(d(), '政府性基金预算财政拨款收入支出决算表').noData, true);
  assert.equal(tableTitled(d(), '国有资本经营预算财政拨款收入支出决算表').noData, true);
});

test('SHF24 narrative 一: 收入支出总计 9859.38 万元, 增加 1062.85 万元, 增长 12.08%', () => {
  // 586:   上海市普陀区规划和自然资源局 2024 年度收入支出总计
  // 588: 9859.38 万元。与 2023 年度相比，收入支出总计增加 1062.85
  // 590: 万元，增长 12.08%。…
  fact(d(), { kind: 'amount', line: 588, amount: '9859.38' });
  fact(d(), { kind: 'change', line: 588, amount: '1062.85', direction: 'increase' });
  fact(d(), { kind: 'growth', line: 590, number: '12.08', direction: 'increase' });
});

test('SHF24 narrative 三: 基本支出 5377.64 万元 占 55.10%; 项目支出 4381.74 万元 占 44.90%', () => {
  // 604:   本年支出合计 9759.38 万元，其中：基本支出 5377.64 万元，
  // 606: 占 55.10%；项目支出 4381.74 万元，占 44.90%。
  fact(d(), { kind: 'amount', line: 604, amount: '5377.64', topic: '基本支出' });
  fact(d(), { kind: 'share', line: 606, number: '55.10' });
  fact(d(), { kind: 'amount', line: 606, amount: '4381.74', topic: '项目支出' });
});

test('SHF24 narrative 五(三): 年初预算 10210.34 万元, 完成年初预算的 95.45%', () => {
  // 647:   一般公共预算财政拨款支出年初预算为 10210.34 万元，支
  // 649: 出决算为 9746.50 万元，完成年初预算的 95.45%。决算数小于
  fact(d(), { kind: 'amount', line: 647, amount: '10210.34' });
  fact(d(), { kind: 'completion', line: 649, number: '95.45' });
});

test('SHF24 narrative 六: 人员经费 as printed 4896.98 万元 (table 6 says 4884.09)', () => {
  // 787: 经费 4896.98 万元，主要包括：…
  fact(d(), { kind: 'amount', line: 787, amount: '4896.98', topic: '人员经费' });
});

test('SHF24 narrative 七: 三公 年初预算 2.85, 决算 0.39, 完成预算的 13.68%', () => {
  // 809:   “三公”经费财政拨款支出年初预算为 2.85 万元，支出决
  // 811: 算为 0.39 万元，完成预算的 13.68%，其中：…
  fact(d(), { kind: 'amount', line: 809, amount: '2.85', topic: '三公' });
  fact(d(), { kind: 'completion', line: 811, number: '13.68' });
});

test('SHF24 narrative 十一: 机关运行经费 142.80 万元, 减少 13.52 万元, 下降 8.65%', () => {
  // 915:   机关运行经费支出 142.80 万元，比 2023 年度减少 13.52 万
  // 917: 元，下降 8.65%。…
  assertMoney(d().adminOperating?.amount, '142.80', '万元', 'adminOperating');
  fact(d(), { kind: 'change', line: 915, amount: '13.52', direction: 'decrease' });
  fact(d(), { kind: 'growth', line: 917, number: '8.65', direction: 'decrease' });
});

test('SHF24 narrative 十一: 政府采购 2319.21 = 货物 122.43 + 工程 1387.72 + 服务 809.07 万元', () => {
  // 927: （以合同签订为准）为 2319.21 万元，
  // 929:                       货物采购金额 122.43
  // 931: 万元、工程采购金额 1387.72 万元、服务采购金额 809.07 万元。
  const p = d().procurement;
  assertMoney(p?.total, '2319.21', '万元', 'total');
  assertMoney(p?.goods, '122.43', '万元', 'goods');
  assertMoney(p?.works, '1387.72', '万元', 'works');
  assertMoney(p?.services, '809.07', '万元', 'services');
});

test('SHF24 narrative 十一(三): 车辆 0 辆; 100万元以上设备 0', () => {
  // 948: 部门（单位）共有车辆 0 辆，其中：部级领导干部用车 0 辆、…
  const a = d().assets;
  assert.ok(a, 'assets');
  assert.ok(a.vehicles.every((v) => v.count === 0), 'every vehicle count is 0');
  assert.equal(a.equipment.find((e) => e.threshold.includes('100'))?.count, 0);
});
