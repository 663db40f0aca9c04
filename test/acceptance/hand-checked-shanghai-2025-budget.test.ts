// Hand-checked values of 上海市普陀区商务委员会 2025 部门预算 (shanghai-putuo-commerce-2025-budget.pdf), read
// through `pdftotext -layout`. Line numbers are those of the layout text. Tables are in 元 with codes split
// 类/款/项, except the 三公 table in 万元. Shanghai tables may be typed or generic: cells are asserted by
// row code/name and column label, never by key.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SHB25, amountByLabel, assertMoney, doc, fact, row, tableTitled } from './support.js';

const d = () => doc(SHB25);

test('SHB25 部门收入预算总表: 2011301 行政运行 (printed 201 13 01) 9,389,913.00 元 under 合计 and 财政拨款收入', () => {
  // 168: 201   13   01   行政运行                 9,389,913.00    9,389,913.00
  // 163: (header) 功能分类科目名称  合计  财政拨款收入  事业收入  其他收入
  const t = tableTitled(d(), '部门收入预算总表');
  const r = row(t, { code: '2011301' });
  assert.equal(r.name, '行政运行');
  assert.equal(r.level, '项');
  const m = amountByLabel(t, 168, '合计');
  assertMoney(m, '9389913.00', '元', '2011301 合计');
  assert.equal(m.raw, '9,389,913.00');
  assertMoney(amountByLabel(t, 168, '财政拨款收入'), '9389913.00', '元', '2011301 财政拨款收入');
});

test('SHB25 部门收入预算总表: 20113 商贸事务 (款, printed 201 13) 21,601,733.00; 201 一般公共服务支出 (类)', () => {
  // 166: 201             一般公共服务支出             21,601,733.00   21,601,733.00
  // 167: 201   13        商贸事务                 21,601,733.00   21,601,733.00
  const t = tableTitled(d(), '部门收入预算总表');
  assert.equal(row(t, { code: '20113' }).level, '款');
  assert.equal(row(t, { code: '201' }).level, '类');
  assertMoney(amountByLabel(t, 167, '合计'), '21601733.00', '元', '20113 合计');
});

test('SHB25 部门收入预算总表: the table is in 元; 2080502 事业单位离退休 17,280.00; 合计 371,514,655.00', () => {
  // 159: 编制部门：上海市普陀区商务委员会 … 单位：元
  // 178: 208   05   02   事业单位离退休                  17,280.00      17,280.00
  // 196: 合计             371,514,655.00   371,514,655.00
  const t = tableTitled(d(), '部门收入预算总表');
  assert.equal(t.unit, '元');
  assertMoney(amountByLabel(t, 178, '合计'), '17280.00', '元', '2080502 合计');
  assertMoney(amountByLabel(t, 196, '财政拨款收入'), '371514655.00', '元', '合计 财政拨款收入');
});

test('SHB25 部门财务收支预算总表: 一、财政拨款收入 371,514,655.00; 一、一般公共服务支出 21,601,733.00', () => {
  // 146: 一、财政拨款收入  371,514,655.00 一、一般公共服务支出  21,601,733.00
  const t = tableTitled(d(), '部门财务收支预算总表');
  assertMoney(amountByLabel(t, 146, '财政拨款收入'), '371514655.00', '元', 'income');
  assertMoney(amountByLabel(t, 146, '一般公共服务支出'), '21601733.00', '元', 'expenditure');
});

test('SHB25 部门支出预算总表: 2011302 一般行政管理事务 4,545,000.00 all 项目支出 (基本支出 blank)', () => {
  // 207: 201   13   02   一般行政管理事务                4,545,000.00                    4,545,000.00
  const t = tableTitled(d(), '部门支出预算总表');
  assertMoney(amountByLabel(t, 207, '合计'), '4545000.00', '元', '合计');
  assertMoney(amountByLabel(t, 207, '项目支出'), '4545000.00', '元', '项目支出');
  const r = row(t, { code: '2011302' });
  assert.equal(Object.values(r.cells).filter((c) => c.amount).length, 2, 'two amounts on the row, 基本支出 blank');
});

test('SHB25 部门支出预算总表: 合计 371,514,655.00 = 基本支出 19,830,655.00 + 项目支出 351,684,000.00', () => {
  // 234: 合计        371,514,655.00   19,830,655.00   351,684,000.00
  const t = tableTitled(d(), '部门支出预算总表');
  assertMoney(amountByLabel(t, 234, '基本支出'), '19830655.00', '元', '基本支出');
  assertMoney(amountByLabel(t, 234, '项目支出'), '351684000.00', '元', '项目支出');
});

test('SHB25 一般公共预算支出功能分类预算表: 2080599 其他行政事业单位养老支出 13,260.00 after the repeated header (page break)', () => {
  // 274–277: header repeated on the next page
  // 278: 208   05   99   其他行政事业单位养老支出            13,260.00          13,260.00
  const t = tableTitled(d(), '部门一般公共预算支出功能分类预算表');
  assert.equal(row(t, { code: '2080599' }).name, '其他行政事业单位养老支出');
  assertMoney(amountByLabel(t, 278, '基本支出'), '13260.00', '元', '2080599 基本支出');
});

test('SHB25 基本支出部门预算经济分类预算表: 30108 养老保险缴费 人员经费 1,410,886.00; 30211 差旅费 公用经费 80,000.00 (next page)', () => {
  // 331: 301   08    机关事业单位基本养老保险缴费            1,410,886.00    1,410,886.00
  // 342: 302   11   差旅费               80,000.00                      80,000.00
  const t = tableTitled(d(), '一般公共预算基本支出部门预算经济分类预算表');
  assert.equal(row(t, { code: '30108' }).name, '机关事业单位基本养老保险缴费');
  assertMoney(amountByLabel(t, 331, '人员经费'), '1410886.00', '元', '30108 人员经费');
  assertMoney(amountByLabel(t, 342, '公用经费'), '80000.00', '元', '30211 公用经费');
});

test('SHB25 基本支出部门预算经济分类预算表: 合计 人员经费 18,120,593.00, 公用经费 1,710,062.00', () => {
  // 357: 合计   19,830,655.00   18,120,593.00   1,710,062.00
  const t = tableTitled(d(), '一般公共预算基本支出部门预算经济分类预算表');
  assertMoney(amountByLabel(t, 357, '人员经费'), '18120593.00', '元', '人员经费');
  assertMoney(amountByLabel(t, 357, '公用经费'), '1710062.00', '元', '公用经费');
});

test('SHB25 三公 table is in 万元: 合计 1.00, 公务接待费 1.00, 机关运行经费 171.01', () => {
  // 359: 编制部门：上海市普陀区商务委员会 … 单位:万元
  // 365: 合计  因公出国(境)费  公务接待费    362: 机关运行经费预算 / 364: 数
  // 369: 1.00                  1.00                                171.01
  const t = tableTitled(d(), '“三公”经费和机关运行经费预算表');
  assert.equal(t.unit, '万元');
  assertMoney(amountByLabel(t, 369, '合计'), '1.00', '万元', '三公 合计');
  assertMoney(amountByLabel(t, 369, '公务接待费'), '1.00', '万元', '公务接待费');
  assertMoney(amountByLabel(t, 369, '机关运行经费'), '171.01', '万元', '机关运行经费');
});

test('SHB25 政府性基金 and 国有资本经营 tables are empty (本表为空表)', () => {
  // 306: 注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。
  // 319: 注:本部门2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。
  assert.equal(tableTitled(d(), '部门政府性基金预算支出功能分类预算表').noData, true);
  assert.equal(tableTitled(d(), '部门国有资本经营预算支出功能分类预算表').noData, true);
});

test('SHB25 narrative: “…行政运行（项）”938.99 万元 (2011301)', () => {
  // 108:   1. “一般公共服务支出（类）商贸事务（款）行政运行（项）”938.99万元，主要用于机关行政运行和机关人员经费支出 。
  fact(d(), { kind: 'amount', line: 108, amount: '938.99', unit: '万元', topic: '行政运行', code: '2011301' });
});

test('SHB25 narrative: 收入预算 37,151.47 万元, 比2024年预算执行数增加 24,558.18 万元', () => {
  // 100:     2025年，上海市普陀区商务委员会收入预算37,151.47万元，其中：财政拨款收入37,151.47万元，比2024年预算执行数增加
  // 101: 24,558.18万元；事业收入0万元；…
  fact(d(), { kind: 'amount', line: 100, amount: '37151.47' });
  fact(d(), { kind: 'change', line: 101, amount: '24558.18', direction: 'increase' });
});

test('SHB25 narrative: 三公 1.00 万元; 机关运行经费 171.01 万元', () => {
  // 373:     2025年“三公”经费预算数为1.00万元，与2024年预算持平。其中：
  // 379:     2025年上海市普陀区商务委员会财政拨款的机关运行经费预算为171.01万元。
  fact(d(), { kind: 'amount', line: 373, amount: '1.00', topic: '三公' });
  assertMoney(d().adminOperating?.amount, '171.01', '万元', 'adminOperating');
  assert.equal(d().adminOperating?.pos.line, 379);
});

test('SHB25 narrative: 政府采购 38.20 = 货物 7.80 + 工程 0 + 服务 30.40 万元 (wrapped over lines 381–382)', () => {
  // 381:     2025年度本部门政府采购预算38.20万元，其中：政府采购货物预算7.80万元、政府采购工程预算0万元、政府采购服务预算30.40万
  // 382: 元。
  const p = d().procurement;
  assertMoney(p?.total, '38.20', '万元', 'total');
  assertMoney(p?.goods, '7.80', '万元', 'goods');
  assertMoney(p?.works, '0', '万元', 'works');
  assertMoney(p?.services, '30.40', '万元', 'services');
});

test('SHB25 narrative: 绩效目标 项目共 25 个; 车辆 0 辆', () => {
  // 384:     2025年度，本部门编报绩效目标的项目共25个，涉及项目预算资金11381.60万元。
  // 386:     截至2024年8月31日，上海市普陀区商务委员会共有车辆0辆，其中：…
  fact(d(), { kind: 'count', line: 384, number: '25' });
  fact(d(), { kind: 'amount', line: 384, amount: '11381.60' });
  const a = d().assets;
  assert.ok(a, 'assets');
  assert.ok(a.vehicles.every((v) => v.count === 0), 'every vehicle count is 0');
});
