// Hand-checked values of 大同市应急管理局 2025 单位预算 (datong-emergency-2025-unit-budget.md, OCR markdown).
// Every expected value was read by hand from the document; comments quote the printed line (tabs as →,
// markdown and tags as printed) and its line number.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DT25, assertCell, assertIndicator, assertMoney, doc, fact, norm, project, row, table } from './support.js';

const d = () => doc(DT25);

// ---------------------------------------------------------------- tables

test('DT25 表1 budget-summary: income 一、一般公共预算 2233.22; unit 万元 although OCR split “单位：万 / 元” over two lines', () => {
  // 126: 单位：万   / 127: 元
  // 131: 一、一般公共预算→2233.22→一、一般公共服务支出→→→
  const t = table(d(), 'budget-summary');
  assertCell(t, { name: '一、一般公共预算', side: 'income' }, 'amount', '2233.22');
  assert.equal(t.unit, '万元');
});

test('DT25 表1 budget-summary: expenditure 二十三、灾害防治及应急管理支出 1547.40; 支出总计 2233.22', () => {
  // 154: →→二十三、灾害防治及应急管理支出→1547.40→1547.40→
  // 164: 收入总计→2233.22→支出总计→2233.22→2233.22→
  const t = table(d(), 'budget-summary');
  assertCell(t, { name: '二十三、灾害防治及应急管理支出', side: 'expenditure' }, 'total', '1547.40');
  assertCell(t, { name: '支出总计', side: 'expenditure' }, 'current', '2233.22');
});

test('DT25 表2 budget-revenue: 2240101 行政运行 1045.09; 2101103 公务员医疗补助 16.76; 2210202 提租补贴 10.92 after a blank line', () => {
  // 196: 2240101→行政运行→1045.09→1045.09→→→→→
  // 185: 2101103→公务员医疗补助→16.76→16.76→→→→→
  // 191: (blank)  192: 2210201→住房公积金→123.11→…  193: 2210202→提租补贴→10.92→10.92→→→→→
  const t = table(d(), 'budget-revenue');
  assertCell(t, { code: '2240101' }, 'total', '1045.09');
  assertCell(t, { code: '2101103' }, 'gpb', '16.76');
  assertCell(t, { code: '2210202' }, 'total', '10.92');
});

test('DT25 表3 budget-expenditure: 合计 2233.22 / 1603.41 / 629.80; 2080599 项目支出 27.50', () => {
  // 208: 合计→→2233.22→1603.41→629.80
  // 213: 2080599→其他行政事业单位养老支出→27.50→→27.50
  const t = table(d(), 'budget-expenditure');
  assertCell(t, { name: '合计' }, 'total', '2233.22');
  assertCell(t, { name: '合计' }, 'basic', '1603.41');
  assertCell(t, { name: '合计' }, 'project', '629.80');
  assertCell(t, { code: '2080599' }, 'project', '27.50');
});

test('DT25 表4 fiscal-summary: 本年支出合计 2233.22 (一般公共预算 2233.22)', () => {
  // 272: 本年收入合计→2233.22→本年支出合计→2233.22→2233.22→→
  const t = table(d(), 'fiscal-summary');
  assertCell(t, { name: '本年收入合计', side: 'income' }, 'amount', '2233.22');
  assertCell(t, { name: '本年支出合计', side: 'expenditure' }, 'gpb', '2233.22');
});

test('DT25 表5 gpb-expenditure: 213 农林水支出 100.00, all of it 项目支出', () => {
  // 302: 213→农林水支出→100.00→→100.00
  const t = table(d(), 'gpb-expenditure');
  assertCell(t, { code: '213' }, 'total', '100.00');
  assertCell(t, { code: '213' }, 'project', '100.00');
  assert.equal(row(t, { code: '213' }).name, '农林水支出');
});

test('DT25 表6 gpb-basic-economic: 合计 1603.41 / 1451.34 / 152.07; 其他交通费用 (办公经费) 74.25', () => {
  // 323: 合计→→1603.41→1451.34→152.07
  // 341: 其他交通费用→办公经费→74.25→→74.25
  const t = table(d(), 'gpb-basic-economic');
  assertCell(t, { name: '合计' }, 'personnel', '1451.34');
  assertCell(t, { name: '合计' }, 'public', '152.07');
  assertCell(t, { name: '其他交通费用', name2: '办公经费' }, 'public', '74.25');
});

test('DT25 表10 three-public: 公务用车购置及运行费 10.50, ②公务用车运行维护费 10.50, 合计 10.50; 因公出国 blank', () => {
  // 394: 因公出国（境）费→→→→
  // 396: 公务用车购置及运行费→10.50→10.50→→
  // 398: ②公务用车运行维护费→10.50→10.50→→
  // 399: 合计→10.50→10.50→→
  const t = table(d(), 'three-public');
  assertCell(t, { name: '公务用车购置及运行费' }, 'total', '10.50');
  assertCell(t, { name: '②公务用车运行维护费' }, 'total', '10.50');
  assertCell(t, { name: '合计' }, 'gpb', '10.50');
  assert.equal(row(t, { name: '因公出国（境）费' }).cells.total?.amount, undefined, 'a blank cell holds no amount');
});

test('DT25 表11 admin-operating: 部门合计 152.07, 大同市应急管理局 152.07', () => {
  // 409: 部门合计→152.07→152.07→→
  // 410: 大同市应急管理局→152.07→152.07→→
  const t = table(d(), 'admin-operating');
  assertCell(t, { name: '部门合计' }, 'total', '152.07');
  assertCell(t, { name: '大同市应急管理局' }, 'total', '152.07');
});

test('DT25 表12 project-expenditure: department row 629.80; XM行政事业单位遗属补助经费 21.63', () => {
  // 421: 大同市应急管理局→629.80→629.80→→→→
  // 433: XM行政事业单位遗属补助经费→21.63→21.63→→→→
  const t = table(d(), 'project-expenditure');
  assert.equal(t.rows[0]?.role, 'grand-total');
  assertCell(t, { line: 421 }, 'total', '629.80');
  assertCell(t, { name: 'XM行政事业单位遗属补助经费', role: 'project' }, 'total', '21.63');
  assert.equal(t.rows.filter((r) => r.role === 'project').length, 13, '13 projects, lines 422–434');
});

// ---------------------------------------------------------------- narrative

test('DT25 narrative 一: 收入总计 2,233.22 万元, 比上年增长 22.87 万元, 增长 1.03%', () => {
  // 455: 2025年度大同市应急管理局预算收入总计2,233.22万元，…比上年增长22.87万元，增长1.03%，…
  fact(d(), { kind: 'amount', line: 455, amount: '2233.22', topic: '收入总计' });
  fact(d(), { kind: 'change', line: 455, amount: '22.87', direction: 'increase' });
  fact(d(), { kind: 'growth', line: 455, number: '1.03', direction: 'increase' });
});

test('DT25 narrative 三: 项目支出 629.8 万元 (trailing zero dropped) 占 28.20%', () => {
  // 465: …其中：基本支出1603.41万元，占71.80%；项目支出629.8万元，占28.20%。
  const f = fact(d(), { kind: 'amount', line: 465, amount: '629.8', topic: '项目支出' });
  assert.equal(f.amount?.raw, '629.8');
  fact(d(), { kind: 'share', line: 465, number: '28.20' });
  fact(d(), { kind: 'share', line: 465, number: '71.80' });
});

test('DT25 narrative 七/八: 三公 10.50 万元; 机关运行经费 152.07 万元, 减少 2.54 万元, 下降 1.64%', () => {
  // 496: 2025年大同市应急管理局财政拨款安排的“三公”经费预算10.50万元与2024年预算数相同。…
  // 504: 2025年大同市应急管理局机关运行经费财政拨款预算152.07万元,比2024年预算减少2.54万元,下降1.64%,…
  fact(d(), { kind: 'amount', line: 496, amount: '10.50', topic: '三公' });
  assertMoney(d().adminOperating?.amount, '152.07', '万元', 'adminOperating');
  fact(d(), { kind: 'change', line: 504, amount: '2.54', direction: 'decrease' });
  fact(d(), { kind: 'growth', line: 504, number: '1.64', direction: 'decrease' });
});

test('DT25 narrative 九: 政府采购 118.00 = 货物 101.00 + 工程 0 + 服务 17.00 万元', () => {
  // 508: 2025年大同市应急管理局政府采购预算总额118.00万元。其中：政府采购货物预算101.00万元、政府采购工程预算0万元、政府采购服务预算17.00万元。
  const p = d().procurement;
  assertMoney(p?.total, '118.00', '万元', 'total');
  assertMoney(p?.goods, '101.00', '万元', 'goods');
  assertMoney(p?.works, '0', '万元', 'works');
  assertMoney(p?.services, '17.00', '万元', 'services');
});

test('DT25 narrative 十: the text says 13 projects (only 12 forms are printed)', () => {
  // 518: 2025年大同市应急管理局纳入绩效目标管理的二级项目13个，共计金额629.80万元。…
  fact(d(), { kind: 'count', line: 518, number: '13' });
});

test('DT25 narrative 十一: 应急保障用车 4, 机要通信用车 3, 特种专业技术用车 1; 办公用房 1626 平方米', () => {
  // 923: …共有公务用车编制3辆，实有8辆，其中：领导用车0辆，机要通信用车3辆，应急保障用车4辆，执法执勤用车0辆，特种专业技术用车1辆，…
  // 927: 截至2024年12月31日，大同市应急管理局使用的办公用房建筑总面积1626平方米。
  const a = d().assets;
  assert.ok(a, 'assets');
  assert.equal(a.vehicles.find((v) => norm(v.type).includes('应急保障用车'))?.count, 4);
  assert.equal(a.vehicles.find((v) => norm(v.type).includes('机要通信用车'))?.count, 3);
  assert.equal(a.vehicles.find((v) => norm(v.type).includes('特种专业技术用车'))?.count, 1);
  assert.equal(a.floorArea?.number, '1626');
});

// ---------------------------------------------------------------- forms

test('DT25 form J安委会工作经费: department 114, 400,000 元, 完成率 100%', () => {
  // 526: 项目名称→→J安委会工作经费→→→→→
  // 527: 主管部门及代码→→114-大同市应急管理局[部门]→→实施单位→→大同市应急管理局→
  // 529: 项目资金 (元)→实施期资金总额:→400,000→→年度资金总额:→400,000→→
  // 543: →产出指标→数量指标→满足检查、考核需求工作完成率→100%→数量指标→…→100%
  const p = project(d(), 'J安委会工作经费');
  assert.equal(p.department?.code, '114');
  assert.ok(norm(p.department?.name ?? '').startsWith('大同市应急管理局'), `department ${p.department?.name}`);
  assertMoney(p.funding.year?.total, '400000', '元', 'year total');
  assertMoney(p.funding.period?.local, '400000', '元', 'period local');
  assertIndicator(p, 'year', '产出指标', '数量指标', '满足检查、考核需求工作完成率', '100%');
});

test('DT25 form Z安全生产和宣传经费: period 800,000 元 but year 320,000 元 (= 32.00 万元 of table 12)', () => {
  // 693: 项目资金 (元)→实施期资金总额:→800,000→年度资金总额:→320,000→→→
  // 707: →产出指标→数量指标→微信公众号实时更新次数→120次→数量指标→微信公众号实时更新次数→120次
  const p = project(d(), 'Z安全生产和宣传经费');
  assertMoney(p.funding.period?.total, '800000', '元', 'period total');
  assertMoney(p.funding.year?.total, '320000', '元', 'year total');
  assertIndicator(p, 'period', '产出指标', '数量指标', '微信公众号实时更新次数', '120次');
});

test('DT25 form Z应急管理干部培训经费: the year amounts are not printed (line 860 ends at 年度资金总额:)', () => {
  // 860: 项目资金(元)→→实施期资金总额:→→800,000→→年度资金总额:→
  // 874: →产出指标→数量指标→培训次数→≥4次→数量指标→培训次数→≥4次
  const p = project(d(), 'Z应急管理干部培训经费');
  assertMoney(p.funding.period?.total, '800000', '元', 'period total');
  assert.equal(p.funding.year?.total, undefined, 'no year total is printed');
  assertIndicator(p, 'year', '产出指标', '数量指标', '培训次数', '≥4次');
});

test('DT25 form X矿山安全生产督导工作经费: 651,661 元; 督导组人数 25人', () => {
  // 662: 项目资金 (元)→实施期资金总额:→651,661→→年度资金总额:→651,661→→
  // 676: →产出指标→数量指标→督导组人数→25人→数量指标→督导组人数→25人
  const p = project(d(), 'X矿山安全生产督导工作经费');
  assertMoney(p.funding.year?.total, '651661', '元', 'year total');
  assertIndicator(p, 'period', '产出指标', '数量指标', '督导组人数', '25人');
});

test('DT25 form title with OCR digit: 2安全生产监管系统网络及网站运行维护费 kept as printed, 290,000 元', () => {
  // 727: 项目名称→→2安全生产监管系统网络及网站运行维护费→→→→→→  (table 12, line 431, has Z…)
  // 730: 项目资金(元)→实施期资金总额:→300,000→年度资金总额:→290,000→→→→
  const p = project(d(), '2安全生产监管系统网络及网站运行维护费');
  assertMoney(p.funding.year?.total, '290000', '元', 'year total');
  assertMoney(p.funding.period?.total, '300000', '元', 'period total');
});
