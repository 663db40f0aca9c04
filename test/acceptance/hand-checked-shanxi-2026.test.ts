// Hand-checked values of 山西省应急管理厅 2026 部门预算 (shanxi-emergency-2026-budget.txt), the province
// level package with 单位资金 and 上年结转. Expected values read by hand; comments quote the printed line
// (tabs as →) and its line number.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SX26, assertCell, assertIndicator, assertMoney, doc, fact, norm, project, table } from './support.js';

const d = () => doc(SX26);

// ---------------------------------------------------------------- tables

test('SX26 表1 budget-summary: income 一般公共预算 31190.81, 单位资金 2231.46, 上年结转 3997.75', () => {
  // 102: 一、一般公共预算→31190.81→一、一般公共服务支出→→→
  // 106: 五、单位资金→2231.46→五、教育支出→2.11→→2.11
  // 134: 上年结转→3997.75→年终结转→→→
  const t = table(d(), 'budget-summary');
  assertCell(t, { name: '一、一般公共预算', side: 'income' }, 'amount', '31190.81');
  assertCell(t, { name: '五、单位资金', side: 'income' }, 'amount', '2231.46');
  assertCell(t, { name: '上年结转', side: 'income' }, 'amount', '3997.75');
});

test('SX26 表1 budget-summary: 五、教育支出 2.11 all 上年结转安排 (当年预算安排 blank)', () => {
  // 106: 五、单位资金→2231.46→五、教育支出→2.11→→2.11
  const t = table(d(), 'budget-summary');
  assertCell(t, { name: '五、教育支出', side: 'expenditure' }, 'total', '2.11');
  assertCell(t, { name: '五、教育支出', side: 'expenditure' }, 'carryover', '2.11');
});

test('SX26 表1 budget-summary: 灾害防治及应急管理支出 printed wrapped “应 急” 35908.07 / 31912.43 / 3995.65', () => {
  // 125: →→二十三、灾害防治及应 急管理支出→35908.07→31912.43→3995.65
  const t = table(d(), 'budget-summary');
  const q = { name: '二十三、灾害防治及应急管理支出', side: 'expenditure' };
  assertCell(t, q, 'total', '35908.07');
  assertCell(t, q, 'current', '31912.43');
  assertCell(t, q, 'carryover', '3995.65');
});

test('SX26 表1 budget-summary: 本年支出合计 as printed 37420.03 (the document puts the carry-over in it)', () => {
  // 133: 本年收入合计→33422.27→本年支出合计→37420.03→33422.27→3997.75
  const t = table(d(), 'budget-summary');
  assertCell(t, { name: '本年收入合计', side: 'income' }, 'amount', '33422.27');
  assertCell(t, { name: '本年支出合计', side: 'expenditure' }, 'total', '37420.03');
});

test('SX26 表2 budget-revenue: 合计 33422.27 / 一般公共预算 31190.81 / 单位资金 2231.46 / 上年结转 3997.75', () => {
  // 147: 合计→→33422.27→31190.81→→→→2231.46→3997.75
  const t = table(d(), 'budget-revenue');
  assertCell(t, { name: '合计' }, 'total', '33422.27');
  assertCell(t, { name: '合计' }, 'gpb', '31190.81');
  assertCell(t, { name: '合计' }, 'unitFunds', '2231.46');
  assertCell(t, { name: '合计' }, 'carryover', '3997.75');
});

test('SX26 表2 budget-revenue: 2240108 应急救援 only 上年结转 2683.00; 2240199 单位资金 829.76 and 上年结转 35.00', () => {
  // 171: 2240108→应急救援→→→→→→→2683.00
  // 173: 2240199→其他应急管理支出→829.76→→→→→829.76→35.00
  const t = table(d(), 'budget-revenue');
  assertCell(t, { code: '2240108' }, 'carryover', '2683.00');
  assertCell(t, { code: '2240199' }, 'unitFunds', '829.76');
  assertCell(t, { code: '2240199' }, 'carryover', '35.00');
});

test('SX26 表3 budget-expenditure: 合计 37420.03 / 8570.08 / 28849.94; 2240102 项目支出 25180.11', () => {
  // 183: 合计→→37420.03→8570.08→28849.94
  // 203: 2240102→一般行政管理事务→25180.11→→25180.11
  const t = table(d(), 'budget-expenditure');
  assertCell(t, { name: '合计' }, 'basic', '8570.08');
  assertCell(t, { name: '合计' }, 'project', '28849.94');
  assertCell(t, { code: '2240102' }, 'project', '25180.11');
});

test('SX26 表4 fiscal-summary: 灾害防治 33853.21; 上年财政拨款结转 3997.75 and its 一、一般公共预算 3997.75', () => {
  // 241: →→二十三、灾害防治及应急管理支出→33853.21→33853.21→→
  // 251: 上年财政拨款结转→3997.75→年终结转→→→→
  // 252: 一、一般公共预算→3997.75→→→→→
  const t = table(d(), 'fiscal-summary');
  assertCell(t, { name: '二十三、灾害防治及应急管理支出', side: 'expenditure' }, 'gpb', '33853.21');
  assertCell(t, { name: '上年财政拨款结转', side: 'income' }, 'amount', '3997.75');
  assertCell(t, { name: '一、一般公共预算', side: 'income', line: 252 }, 'amount', '3997.75');
  assertCell(t, { name: '一、一般公共预算', side: 'income', line: 219 }, 'amount', '31190.81');
});

test('SX26 表5 gpb-expenditure: 合计 31190.81 / 7168.38 / 24022.43', () => {
  // 265: 合计→→31190.81→7168.38→24022.43
  const t = table(d(), 'gpb-expenditure');
  assertCell(t, { name: '合计' }, 'total', '31190.81');
  assertCell(t, { name: '合计' }, 'basic', '7168.38');
  assertCell(t, { name: '合计' }, 'project', '24022.43');
});

test('SX26 表6 gpb-basic-economic: 工资福利支出 5730.67 = 5714.67 + 16.00; 其他社会保障缴费 21.99 = 5.99 + 16.00', () => {
  // 296: 工资福利支出→→5730.67→5714.67→16.00
  // 312: 其他社会保障缴费→社会保障缴费→21.99→5.99→16.00
  const t = table(d(), 'gpb-basic-economic');
  assertCell(t, { name: '工资福利支出' }, 'total', '5730.67');
  assertCell(t, { name: '工资福利支出' }, 'public', '16.00');
  assertCell(t, { name: '其他社会保障缴费', name2: '社会保障缴费' }, 'personnel', '5.99');
  assertCell(t, { name: '其他社会保障缴费', name2: '社会保障缴费' }, 'public', '16.00');
});

test('SX26 表10 three-public: 公务接待费 20.00, 公务用车购置及运行费 37.00, 合计 57.00', () => {
  // 398: 公务接待费→20.00→20.00→→
  // 399: 公务用车购置及运行费→37.00→37.00→→
  // 402: 合计→57.00→57.00→→
  const t = table(d(), 'three-public');
  assertCell(t, { name: '公务接待费' }, 'total', '20.00');
  assertCell(t, { name: '公务用车购置及运行费' }, 'gpb', '37.00');
  assertCell(t, { name: '合计' }, 'total', '57.00');
});

test('SX26 表11 admin-operating: 部门合计 1042.42 = 923.44 + 118.98', () => {
  // 412: 部门合计→1042.42→1042.42→→
  // 413: 山西省应急管理厅→923.44→923.44→→
  // 414: 山西省应急管理调度中心→118.98→118.98→→
  const t = table(d(), 'admin-operating');
  assertCell(t, { name: '部门合计' }, 'total', '1042.42');
  assertCell(t, { name: '山西省应急管理厅' }, 'total', '923.44');
  assertCell(t, { name: '山西省应急管理调度中心' }, 'total', '118.98');
});

test('SX26 表12 project-expenditure: department 24852.19, units, and three projects named 专项业务工作经费 told apart by unit', () => {
  // 425: 山西省应急管理厅→24852.19→24022.43→→→→829.76
  // 426: 山西省应急管理厅→23833.26→23833.26→→→→
  // 432: 专项业务工作经费→2299.85→2299.85→→→→
  // 438: 专项业务工作经费→65.86→65.86→→→→
  // 441: 山西省应急管理研究院→829.76→→→→→829.76
  // 444: 专项业务工作经费→665.65→→→→→665.65
  const t = table(d(), 'project-expenditure');
  assert.equal(t.rows[0]?.role, 'grand-total');
  assertCell(t, { line: 425 }, 'total', '24852.19');
  assertCell(t, { line: 425 }, 'unitFunds', '829.76');
  assertCell(t, { line: 426, role: 'unit-subtotal' }, 'gpb', '23833.26');
  assertCell(t, { name: '山西省应急管理研究院', role: 'unit-subtotal' }, 'unitFunds', '829.76');
  assertCell(t, { name: '专项业务工作经费', unitName: '山西省应急管理厅' }, 'total', '2299.85');
  assertCell(t, { name: '专项业务工作经费', unitName: '山西省防灾减灾保障中心' }, 'total', '65.86');
  assertCell(t, { name: '专项业务工作经费', unitName: '山西省应急管理研究院' }, 'unitFunds', '665.65');
});

test('SX26 表13 project-carryover: 3997.75; 森林草原防灭火租机补助 568.00', () => {
  // 456: 山西省应急管理厅→3997.75→3997.75→→
  // 461: 森林草原防灭火租机补助→568.00→568.00→→
  const t = table(d(), 'project-carryover');
  assert.equal(t.noData, false);
  assertCell(t, { line: 456 }, 'total', '3997.75');
  assertCell(t, { name: '森林草原防灭火租机补助' }, 'gpb', '568.00');
});

// ---------------------------------------------------------------- narrative

test('SX26 narrative 一: 收入总计 37,420.03 万元, 比上年减少 16714.11 万元, 下降 30.88%', () => {
  // 471: 2026年度山西省应急管理厅预算收入总计37,420.03万元，…比上年减少16714.11万元，下降30.88%，…
  fact(d(), { kind: 'amount', line: 471, amount: '37420.03', topic: '收入总计' });
  fact(d(), { kind: 'change', line: 471, amount: '16714.11', direction: 'decrease' });
  fact(d(), { kind: 'growth', line: 471, number: '30.88', direction: 'decrease' });
});

test('SX26 narrative 五(一): 一般公共预算 比上年增加 15787.66 万元, 增长 102.5%', () => {
  // 494: 2026年度山西省应急管理厅一般公共预算当年支出31,190.81万元，比上年增加15787.66万元，增长102.5%。
  fact(d(), { kind: 'amount', line: 494, amount: '31190.81', topic: '一般公共预算' });
  fact(d(), { kind: 'change', line: 494, amount: '15787.66', direction: 'increase' });
  fact(d(), { kind: 'growth', line: 494, number: '102.5', direction: 'increase' });
});

test('SX26 narrative 五(二): 灾害防治及应急管理支出 29,857.56 万元 (类 224) 占 95.73%', () => {
  // 498: …灾害防治及应急管理支出29,857.56万元，占95.73%等。
  fact(d(), { kind: 'amount', line: 498, amount: '29857.56', topic: '灾害防治及应急管理', code: '224' });
  fact(d(), { kind: 'share', line: 498, number: '95.73' });
});

test('SX26 narrative 七/八: 三公 57.00 万元; 机关运行经费 1042.42 万元, 增加 24.09 万元, 增长 2.37%', () => {
  // 515: 2026年山西省应急管理厅财政拨款安排的“三公”经费预算57.00万元与2025年预算数相同。…
  // 523: …机关运行经费财政拨款预算1042.42万元，比2025年预算1018.33万元增加24.09万元，增长2.37%，…
  fact(d(), { kind: 'amount', line: 515, amount: '57.00', topic: '三公' });
  assertMoney(d().adminOperating?.amount, '1042.42', '万元', 'adminOperating');
  fact(d(), { kind: 'change', line: 523, amount: '24.09', direction: 'increase' });
  fact(d(), { kind: 'growth', line: 523, number: '2.37', direction: 'increase' });
});

test('SX26 narrative 九: 政府采购 8,268.45 = 货物 1,021.25 + 工程 0 + 服务 7,247.20 万元', () => {
  // 527: 2026年山西省应急管理厅政府采购预算总额8,268.45万元。其中：政府采购货物预算1,021.25万元、政府采购工程预算0万元、政府采购服务预算7,247.20万元。
  const p = d().procurement;
  assertMoney(p?.total, '8268.45', '万元', 'total');
  assertMoney(p?.goods, '1021.25', '万元', 'goods');
  assertMoney(p?.works, '0', '万元', 'works');
  assertMoney(p?.services, '7247.20', '万元', 'services');
});

test('SX26 narrative 十/十一: 二级项目 15 个; vehicles 领导用车 1, 应急保障用车 2; 11412.6 平方米; 设备 89 and 31', () => {
  // 539: 2026年山西省应急管理厅纳入绩效目标管理的二级项目15个，共计金额24,852.19万元。…
  // 1198: …共有公务用车编制8辆，实有8辆，其中：领导用车1辆，机要通信用车1辆，应急保障用车2辆，…
  // 1202: …使用的办公用房建筑总面积11412.6平方米。
  // 1206: …价值50万元（原值）以上的通用设备89台（套）；…价值100万元（原值）以上的通用设备31台（套）。
  fact(d(), { kind: 'count', line: 539, number: '15' });
  const a = d().assets;
  assert.ok(a, 'assets');
  assert.equal(a.vehicles.find((v) => norm(v.type).includes('领导用车'))?.count, 1);
  assert.equal(a.vehicles.find((v) => norm(v.type).includes('应急保障用车'))?.count, 2);
  assert.equal(a.floorArea?.number, '11412.6');
  assert.equal(a.equipment.find((e) => e.threshold.includes('50'))?.count, 89);
  assert.equal(a.equipment.find((e) => e.threshold.includes('100'))?.count, 31);
});

// ---------------------------------------------------------------- forms

test('SX26 form 安全生产和应急管理专项资金: 省级 75,817,700 元 for the period, 65,000,000 元 for the year', () => {
  // 627: 项目名称→安全生产和应急管理专项资金→→→
  // 628: 主管部门及代码→220-山西省应急管理厅→→实施单位→山西省应急管理厅
  // 630: 项目资金(元)→实施期资金总额:→75,817,700→年度资金总额:→65,000,000
  // 632: →省级财政资金→75,817,700→省级财政资金→65,000,000
  // 645: →产出指标→数量指标→评审油库数量→≥7座→数量指标→煤矿帮扶聘请专家数量→≥10人→…
  const p = project(d(), '安全生产和应急管理专项资金');
  assert.equal(p.department?.code, '220');
  assert.equal(p.department?.name, '山西省应急管理厅');
  assertMoney(p.funding.period?.total, '75817700', '元', 'period total');
  assertMoney(p.funding.year?.total, '65000000', '元', 'year total');
  assertMoney(p.funding.year?.provincial, '65000000', '元', 'year provincial');
  assertIndicator(p, 'period', '产出指标', '数量指标', '评审油库数量', '≥7座');
  assertIndicator(p, 'year', '产出指标', '数量指标', '煤矿帮扶聘请专家数量', '≥10人');
});

test('SX26 form 安全生产应急救援力量建设: 中央 64,710,000 元; 3支 mine rescue teams', () => {
  // 673: 项目资金 (元)→实施期资金总额:→64,710,000→年度资金总额:→64,710,000→→→
  // 674: →其中:中央财政资金→64,710,000→其中:中央财政资金→64,710,000→→→
  // 687: →产出指标→数量指标→支持建设国家矿山应急救援队伍→3支→数量指标→支持建设国家矿山应急救援队伍→3支
  const p = project(d(), '安全生产应急救援力量建设');
  assertMoney(p.funding.year?.central, '64710000', '元', 'year central');
  assertIndicator(p, 'year', '产出指标', '数量指标', '支持建设国家矿山应急救援队伍', '3支');
});

test('SX26 form 省级应急避难场所改造试点项目: 延续性项目, 2年, 73,007,000 / 36,430,000 元', () => {
  // 758: 项目属性→→延续性项目（阶段开展）→→项目期→2年→→
  // 759: 项目资金 (元)→实施期资金总额:→73,007,000→年度资金总额:→36,430,000→→→
  const p = project(d(), '省级应急避难场所改造试点项目');
  assert.equal(p.attribute, '延续性项目（阶段开展）');
  assert.equal(p.period, '2年');
  assertMoney(p.funding.period?.total, '73007000', '元', 'period total');
  assertMoney(p.funding.year?.total, '36430000', '元', 'year total');
});

test('SX26 form 会议（培训）项目 of 山西省应急管理研究院: 单位自筹 420,000 元', () => {
  // 1166: 项目名称→→会议（培训）项目→→→→→
  // 1167: 主管部门及代码→→220-山西省应急管理厅→→实施单位→→山西省应急管理研究院→
  // 1173: →单位自筹→800,000→→单位自筹→420,000→→
  const p = project(d(), '会议（培训）项目');
  assert.equal(p.implementer, '山西省应急管理研究院');
  assertMoney(p.funding.year?.selfRaised, '420000', '元', 'year self-raised');
  assertMoney(p.funding.period?.selfRaised, '800000', '元', 'period self-raised');
});

test('SX26 department-wide form: 合计 33658.57, 一般公共预算资金 31427.11 (as printed), 基本支出 8570.08', () => {
  // 555: →合计→33658.57→合计→33658.57
  // 556: →其中：一般公共预算资金→31427.11→其中：基本支出→8570.08
  // 561: →单位资金→2231.46→→
  // 567: →产出指标→数量指标→传统媒体宣传报道→≥3000万人
  const f = d().forms.departmentTargets[0];
  assert.ok(f, 'department-wide form');
  const bySource = (label: string) => f.fundingBySource.find((x) => norm(x.label).includes(norm(label)));
  assertMoney(bySource('合计')?.amount, '33658.57', '万元', 'by source 合计');
  assertMoney(bySource('一般公共预算资金')?.amount, '31427.11', '万元', 'by source 一般公共预算资金');
  assertMoney(bySource('单位资金')?.amount, '2231.46', '万元', 'by source 单位资金');
  assertMoney(f.fundingByUse.find((x) => norm(x.label).includes('基本支出'))?.amount, '8570.08', '万元', 'by use 基本支出');
  assert.equal(f.indicators.find((i) => norm(i.name) === '传统媒体宣传报道')?.value, '≥3000万人');
});
