// Hand-checked values of 阳泉市应急管理局 2026 部门预算 (yangquan-emergency-2026-budget.txt).
// Every expected value below was read by hand from the document; the comment quotes the printed line
// (tabs shown as →) and its line number.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  YQ26,
  assertCell,
  assertIndicator,
  assertMoney,
  doc,
  fact,
  norm,
  project,
  row,
  table,
} from './support.js';

const d = () => doc(YQ26);

// ---------------------------------------------------------------- tables

test('YQ26 表1 budget-summary: income 一、一般公共预算 4558.02', () => {
  // 74: 一、一般公共预算→4558.02→一、一般公共服务支出→6.56→6.56→
  assertCell(table(d(), 'budget-summary'), { name: '一、一般公共预算', side: 'income' }, 'amount', '4558.02');
});

test('YQ26 表1 budget-summary: expenditure 二十三、灾害防治及应急管理支出 total and current 3376.99', () => {
  // 97: →→二十三、灾害防治及应急管理支出→3376.99→3376.99→
  const t = table(d(), 'budget-summary');
  assertCell(t, { name: '二十三、灾害防治及应急管理支出', side: 'expenditure' }, 'total', '3376.99');
  assertCell(t, { name: '二十三、灾害防治及应急管理支出', side: 'expenditure' }, 'current', '3376.99');
});

test('YQ26 表1 budget-summary: the table is in 万元', () => {
  // 70: 单位：万元
  assert.equal(table(d(), 'budget-summary').unit, '万元');
});

test('YQ26 表2 budget-revenue: 2240101 行政运行 553.03 and 2240501 行政运行 259.39 (same name, different 款)', () => {
  // 141: 2240101→行政运行→553.03→553.03→→→→→
  // 149: 2240501→行政运行→259.39→259.39→→→→→
  const t = table(d(), 'budget-revenue');
  assertCell(t, { code: '2240101' }, 'total', '553.03');
  assertCell(t, { code: '2240101' }, 'gpb', '553.03');
  assertCell(t, { code: '2240501' }, 'total', '259.39');
  const r = row(t, { code: '2240101' });
  assert.equal(r.name, '行政运行');
  assert.equal(r.level, '项');
  assert.equal(row(t, { code: '22401' }).level, '款');
  assert.equal(row(t, { code: '224' }).level, '类');
});

test('YQ26 表3 budget-expenditure: 合计 4558.02 = 基本 3915.63 + 项目 642.39', () => {
  // 160: 合计→→4558.02→3915.63→642.39
  const t = table(d(), 'budget-expenditure');
  assertCell(t, { name: '合计' }, 'total', '4558.02');
  assertCell(t, { name: '合计' }, 'basic', '3915.63');
  assertCell(t, { name: '合计' }, 'project', '642.39');
  assert.equal(row(t, { name: '合计' }).role, 'grand-total');
});

test('YQ26 表3 budget-expenditure: 22401 应急管理事务 3097.60 / 2475.21 / 622.39', () => {
  // 180: 22401→应急管理事务→3097.60→2475.21→622.39
  const t = table(d(), 'budget-expenditure');
  assertCell(t, { code: '22401' }, 'total', '3097.60');
  assertCell(t, { code: '22401' }, 'basic', '2475.21');
  assertCell(t, { code: '22401' }, 'project', '622.39');
});

test('YQ26 表4 fiscal-summary: 收入总计 4558.02 and 支出总计 4558.02 (一般公共预算)', () => {
  // 237: 收入总计→4558.02→支出总计→4558.02→4558.02→→
  const t = table(d(), 'fiscal-summary');
  assertCell(t, { name: '收入总计', side: 'income' }, 'amount', '4558.02');
  assertCell(t, { name: '支出总计', side: 'expenditure' }, 'total', '4558.02');
  assertCell(t, { name: '支出总计', side: 'expenditure' }, 'gpb', '4558.02');
});

test('YQ26 表5 gpb-expenditure: 224 灾害防治及应急管理支出 3376.99 / 2734.60 / 642.39', () => {
  // 266: 224→灾害防治及应急管理支出→3376.99→2734.60→642.39
  const t = table(d(), 'gpb-expenditure');
  assertCell(t, { code: '224' }, 'total', '3376.99');
  assertCell(t, { code: '224' }, 'basic', '2734.60');
  assertCell(t, { code: '224' }, 'project', '642.39');
});

test('YQ26 表6 gpb-basic-economic: 合计 3915.63 = 人员经费 3530.82 + 公用经费 384.80', () => {
  // 287: 合计→→3915.63→3530.82→384.80
  const t = table(d(), 'gpb-basic-economic');
  assertCell(t, { name: '合计' }, 'total', '3915.63');
  assertCell(t, { name: '合计' }, 'personnel', '3530.82');
  assertCell(t, { name: '合计' }, 'public', '384.80');
});

test('YQ26 表6 gpb-basic-economic: 基本工资 / 工资奖金津补贴 331.72 (name and name2)', () => {
  // 289: 基本工资→工资奖金津补贴→331.72→331.72→
  // 290: 基本工资→工资福利支出→864.20→864.20→
  const t = table(d(), 'gpb-basic-economic');
  assertCell(t, { name: '基本工资', name2: '工资奖金津补贴' }, 'personnel', '331.72');
  assertCell(t, { name: '基本工资', name2: '工资福利支出' }, 'total', '864.20');
});

test('YQ26 表6 gpb-basic-economic: 公务用车运行维护费 公用经费 46.80', () => {
  // 323: 公务用车运行维护费→公务用车运行维护费→46.80→→46.80
  assertCell(table(d(), 'gpb-basic-economic'), { name: '公务用车运行维护费' }, 'public', '46.80');
});

test('YQ26 表7/8/9/13: 政府性基金 and 国有资本经营 tables and 上年结转 projects say 本表无数据', () => {
  // 341, 352, 367, 445: 注：本表无数据
  for (const kind of ['gf-revenue', 'gf-expenditure', 'soc-budget', 'project-carryover'] as const)
    assert.equal(table(d(), kind).noData, true, kind);
  assert.equal(table(d(), 'budget-revenue').noData, false);
});

test('YQ26 表10 three-public (三公): 公务用车购置及运行费 46.80, ②运行维护费 46.80, 合计 46.80, 万元', () => {
  // 381: 公务用车购置及运行费→46.80→46.80→→
  // 383: ②公务用车运行维护费→46.80→46.80→→
  // 384: 合计→46.80→46.80→→
  const t = table(d(), 'three-public');
  assertCell(t, { name: '公务用车购置及运行费' }, 'total', '46.80');
  assertCell(t, { name: '②公务用车运行维护费' }, 'gpb', '46.80');
  assertCell(t, { name: '合计' }, 'total', '46.80');
  assert.equal(t.unit, '万元');
});

test('YQ26 表11 admin-operating (机关运行经费): 部门合计 145.59, 阳泉市防震减灾中心 37.26', () => {
  // 394: 部门合计→145.59→145.59→→
  // 396: 阳泉市防震减灾中心→37.26→37.26→→
  const t = table(d(), 'admin-operating');
  assertCell(t, { name: '部门合计' }, 'total', '145.59');
  assertCell(t, { name: '阳泉市防震减灾中心' }, 'gpb', '37.26');
});

test('YQ26 表12 project-expenditure: department row 642.39, unit row 561.42, projects with their unit', () => {
  // 407: 阳泉市应急管理局→642.39→642.39→→→→
  // 408: 阳泉市应急管理局→561.42→561.42→→→→
  // 415: 特种作业人员安全资格考试考核经费→148.51→148.51→→→→
  // 430: 阳泉市应急救援大队→50.00→50.00→→→→
  // 431: 应急救援综合保障经费→50.00→50.00→→→→
  const t = table(d(), 'project-expenditure');
  const first = t.rows[0];
  assert.ok(first, 'rows');
  assert.equal(first.role, 'grand-total');
  assert.equal(first.pos.line, 407);
  assertCell(t, { line: 407 }, 'total', '642.39');
  assertCell(t, { line: 408, role: 'unit-subtotal' }, 'total', '561.42');
  assertCell(t, { name: '特种作业人员安全资格考试考核经费', role: 'project', unitName: '阳泉市应急管理局' }, 'gpb', '148.51');
  assertCell(t, { name: '阳泉市应急救援大队', role: 'unit-subtotal' }, 'total', '50.00');
  assertCell(t, { name: '应急救援综合保障经费', role: 'project', unitName: '阳泉市应急救援大队' }, 'total', '50.00');
});

// ---------------------------------------------------------------- narrative

test('YQ26 narrative 一: 收入总计 4,558.02 万元, 比上年增加 139.31 万元, 增长 3.15%', () => {
  // 452: 2026年度阳泉市应急管理局预算收入总计4,558.02万元，其中：本年收入4,558.02万元，上年结转0万元，比上年增加139.31万元，增长3.15%，…
  fact(d(), { kind: 'amount', line: 452, amount: '4558.02', unit: '万元', topic: '收入总计' });
  fact(d(), { kind: 'change', line: 452, amount: '139.31', direction: 'increase' });
  fact(d(), { kind: 'growth', line: 452, number: '3.15', direction: 'increase' });
});

test('YQ26 narrative 三: 基本支出 3915.63 万元 占 85.91%; 项目支出 642.39 万元 占 14.09%', () => {
  // 462: …支出预算4558.02万元，其中：基本支出3915.63万元，占85.91%；项目支出642.39万元，占14.09%。
  fact(d(), { kind: 'amount', line: 462, amount: '3915.63', topic: '基本支出' });
  fact(d(), { kind: 'share', line: 462, number: '85.91' });
  fact(d(), { kind: 'amount', line: 462, amount: '642.39', topic: '项目支出' });
  fact(d(), { kind: 'share', line: 462, number: '14.09' });
});

test('YQ26 narrative 五(二): 灾害防治及应急管理支出 3,376.99 万元 (类 224), 占 74.09%', () => {
  // 479: …灾害防治及应急管理支出3,376.99万元,占74.09%等。
  fact(d(), { kind: 'amount', line: 479, amount: '3376.99', topic: '灾害防治及应急管理', code: '224' });
  fact(d(), { kind: 'share', line: 479, number: '74.09' });
});

test('YQ26 narrative 七: “三公”经费 46.80 万元, 比 2025 年减少 6.20 万元', () => {
  // 496: 2026年阳泉市应急管理局财政拨款安排的“三公”经费预算46.80万元比2025年减少6.20万元,主要原因是…
  fact(d(), { kind: 'amount', line: 496, amount: '46.80', topic: '三公' });
  fact(d(), { kind: 'change', line: 496, amount: '6.20', direction: 'decrease' });
});

test('YQ26 narrative 八: 机关运行经费 145.59 万元, 减少 8.41 万元, 减少 5.46%', () => {
  // 508: 本部门2026年所属2家行政、参公单位机关运行经费财政拨款预算145.59万元，比2025年预算减少8.41万元，减少5.46%，…
  const a = d().adminOperating;
  assertMoney(a?.amount, '145.59', '万元', 'adminOperating');
  assert.equal(a?.pos.line, 508);
  fact(d(), { kind: 'change', line: 508, amount: '8.41', direction: 'decrease' });
  fact(d(), { kind: 'growth', line: 508, number: '5.46', direction: 'decrease' });
});

test('YQ26 narrative 九: 政府采购 48.01 = 货物 3.11 + 工程 0 + 服务 44.90 万元', () => {
  // 512: 2026年阳泉市应急管理局政府采购预算总额48.01万元。其中：政府采购货物预算3.11万元、政府采购工程预算0万元、政府采购服务预算44.90万元。
  const p = d().procurement;
  assertMoney(p?.total, '48.01', '万元', 'procurement total');
  assertMoney(p?.goods, '3.11', '万元', 'procurement goods');
  assertMoney(p?.works, '0', '万元', 'procurement works');
  assertMoney(p?.services, '44.90', '万元', 'procurement services');
});

test('YQ26 narrative 十: 纳入绩效目标管理的2级项目 19 个', () => {
  // 522: 2026年阳泉市应急管理局纳入绩效目标管理的2级项目19个，共计金额642.39万元。…
  fact(d(), { kind: 'count', line: 522, number: '19' });
});

test('YQ26 narrative 十一: vehicles 特种专业技术用车 21, 机要通信用车 5; 办公用房 12354.19 平方米; 100万元以上设备 3', () => {
  // 1284: …共有公务用车编制29辆，实有29辆，其中：领导用车0辆，机要通信用车5辆，…特种专业技术用车21辆，…
  // 1288: …使用的办公用房建筑总面积12354.19平方米。
  // 1292: …价值50万元（原值）以上的通用设备0台（套）；…价值100万元（原值）以上的通用设备3台（套）。
  const a = d().assets;
  assert.ok(a, 'assets');
  assert.equal(a.vehicles.find((v) => norm(v.type).includes('特种专业技术用车'))?.count, 21, 'special vehicles');
  assert.equal(a.vehicles.find((v) => norm(v.type).includes('机要通信用车'))?.count, 5, 'confidential-communication vehicles');
  assert.equal(a.floorArea?.number, '12354.19');
  assert.equal(a.floorArea?.unit, '平方米');
  assert.equal(a.equipment.find((e) => e.threshold.includes('100'))?.count, 3, 'equipment over 100万元');
});

// ---------------------------------------------------------------- forms

test('YQ26 form 安全生产举报奖励经费: department 035, funding 50,000 元, local funds', () => {
  // 583: 项目名称→→安全生产举报奖励经费→→→→→
  // 584: 主管部门及代码→→035-阳泉市应急管理局→→实施单位→→阳泉市应急管理局→
  // 586: 项目资金 (元)→实施期资金总额:→50000→→年度资金总额:→50,000→→
  // 587: →其中:中央财政资金→0→→其中:中央财政资金→0→→
  // 589: →市县(区)财政资金→50000→→市县(区)财政资金→50,000→→
  const p = project(d(), '安全生产举报奖励经费');
  assert.equal(p.department?.code, '035');
  assert.equal(p.department?.name, '阳泉市应急管理局');
  assert.equal(p.implementer, '阳泉市应急管理局');
  assertMoney(p.funding.period?.total, '50000', '元', 'period total');
  assertMoney(p.funding.year?.total, '50000', '元', 'year total');
  assertMoney(p.funding.year?.local, '50000', '元', 'year local');
  assertMoney(p.funding.year?.central, '0', '元', 'year central');
  assert.equal(p.pos.line, 579);
});

test('YQ26 form 安全生产举报奖励经费: indicators for the period and the year', () => {
  // 600: →产出指标→数量指标→举报核查率→100%→数量指标→举报核查率→100%
  // 603: →→成本指标→安全生产举报奖励经费→50000元→成本指标→安全生产举报奖励→50000元
  // 608: →满意度指标→服务对象满意度→服务对象满意度指标→100%→服务对象满意度→服务对象满意度指标→100%
  const p = project(d(), '安全生产举报奖励经费');
  assertIndicator(p, 'period', '产出指标', '数量指标', '举报核查率', '100%');
  assertIndicator(p, 'year', '产出指标', '数量指标', '举报核查率', '100%');
  assertIndicator(p, 'period', '产出指标', '成本指标', '安全生产举报奖励经费', '50000元');
  assertIndicator(p, 'year', '产出指标', '成本指标', '安全生产举报奖励', '50000元');
  assertIndicator(p, 'year', '满意度指标', '服务对象满意度', '服务对象满意度指标', '100%');
});

test('YQ26 form 特种作业人员安全技术考试考核经费 (named so in the form): 1,485,100 元 = 148.51 万元 of table 12', () => {
  // 852: 项目名称→→特种作业人员安全技术考试考核经费→→→→→
  // 855: 项目资金（元）→实施期资金总额：→1,485,100→→年度资金总额：→1,485,100→→
  // (table 12, line 415, calls it 特种作业人员安全资格考试考核经费 — the document names it two ways)
  const p = project(d(), '特种作业人员安全技术考试考核经费');
  assertMoney(p.funding.year?.total, '1485100', '元', 'year total');
  assertMoney(p.funding.period?.local, '1485100', '元', 'period local');
});

test('YQ26 form 矿山督查专项经费: 386,100 元; 检查企业 ≥20家; 成本 38.61万元', () => {
  // 714: 项目名称→矿山督查专项经费→→→→→→
  // 717: 项目资金（元）→实施期资金总额：→386,100→年度资金总额：→386,100→→→
  // 731: →产出指标→数量指标→检查企业→≥20家→数量指标→检查企业→≥20家
  // 735: →→成本指标→矿山督查专项经费→38.61万元→成本指标→矿山督查专项经费→38.61万元
  const p = project(d(), '矿山督查专项经费');
  assertMoney(p.funding.year?.total, '386100', '元', 'year total');
  assertIndicator(p, 'year', '产出指标', '数量指标', '检查企业', '≥20家');
  assertIndicator(p, 'period', '产出指标', '成本指标', '矿山督查专项经费', '38.61万元');
});

test('YQ26 department-wide form: funding by source and by use in 万元, 工资发放人数 249人', () => {
  // 532: 部门基本信息→部门名称→035-阳泉市应急管理局→→→→
  // 540: →合计→4558.02→合计→4558.02→→
  // 541: →其中:一般公共预算资金→4558.02→其中:基本支出→3915.63→→
  // 542: →政府性基金预算资金→0.00→项目支出→642.39→→
  // 559: 年度绩效→产出指标→数量指标→工资发放人数→249人→→
  const f = d().forms.departmentTargets[0];
  assert.ok(f, 'department-wide form');
  assert.ok(norm(f.departmentName ?? '').includes('阳泉市应急管理局'), `departmentName ${f.departmentName}`);
  const bySource = (label: string) => f.fundingBySource.find((x) => norm(x.label).includes(norm(label)));
  const byUse = (label: string) => f.fundingByUse.find((x) => norm(x.label).includes(norm(label)));
  assertMoney(bySource('合计')?.amount, '4558.02', '万元', 'by source 合计');
  assertMoney(bySource('一般公共预算资金')?.amount, '4558.02', '万元', 'by source 一般公共预算资金');
  assertMoney(byUse('基本支出')?.amount, '3915.63', '万元', 'by use 基本支出');
  assertMoney(byUse('项目支出')?.amount, '642.39', '万元', 'by use 项目支出');
  const ind = f.indicators.find((i) => norm(i.name) === '工资发放人数');
  assert.equal(ind?.value, '249人');
  assert.equal(ind?.level1, '产出指标');
  assert.equal(ind?.level2, '数量指标');
});
