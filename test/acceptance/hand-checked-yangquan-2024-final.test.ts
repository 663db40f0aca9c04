// Hand-checked values of 阳泉市应急管理局 2024 部门决算 (yangquan-emergency-2024-final-accounts.txt).
// Expected values read by hand; comments quote the printed line (tabs as →) and its line number.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { YQ24, assertCell, assertMoney, doc, fact, norm, row, table } from './support.js';

const d = () => doc(YQ24);

// ---------------------------------------------------------------- tables 公开01–10

test('YQ24 公开01 final-summary: 行次 1 一般公共预算财政拨款收入 5814.32; 行次 32 一般公共服务支出 3.54', () => {
  // 108: 一、一般公共预算财政拨款收入→1→5814.32→一、一般公共服务支出→32→3.54
  const t = table(d(), 'final-summary');
  const inc = row(t, { name: '一、一般公共预算财政拨款收入', side: 'income' });
  assert.equal(inc.lineNo, '1');
  assertCell(t, { name: '一、一般公共预算财政拨款收入', side: 'income' }, 'amount', '5814.32');
  const exp = row(t, { name: '一、一般公共服务支出', side: 'expenditure' });
  assert.equal(exp.lineNo, '32');
  assertCell(t, { name: '一、一般公共服务支出', side: 'expenditure' }, 'amount', '3.54');
  assert.equal(t.number, '公开01表');
});

test('YQ24 公开01 final-summary: 总计 6061.09 on both sides (行次 31 and 62)', () => {
  // 139: 总计→31→6061.09→总计→62→6061.09
  const t = table(d(), 'final-summary');
  assert.equal(row(t, { name: '总计', side: 'income' }).lineNo, '31');
  assertCell(t, { name: '总计', side: 'income' }, 'amount', '6061.09');
  assert.equal(row(t, { name: '总计', side: 'expenditure' }).lineNo, '62');
  assertCell(t, { name: '总计', side: 'expenditure' }, 'amount', '6061.09');
});

test('YQ24 公开02 final-revenue: 合计 6061.09 all 财政拨款收入; 22404 矿山安全 0.19; number 公开02表 printed split', () => {
  // 145: 公开02   147: 表
  // 158: 合计→→6061.09→6061.09→→→→→
  // 185: 22404→矿山安全→0.19→0.19→→→→→
  const t = table(d(), 'final-revenue');
  assert.equal(t.number, '公开02表');
  assertCell(t, { name: '合计' }, 'total', '6061.09');
  assertCell(t, { name: '合计' }, 'fiscal', '6061.09');
  assertCell(t, { code: '22404' }, 'fiscal', '0.19');
});

test('YQ24 公开03 final-expenditure: 合计 6061.09 / 3741.61 / 2319.48; 22405 地震事务 225.72 + 25.70', () => {
  // 213: 合计→→6061.09→3741.61→2319.48→→→
  // 243: 22405→地震事务→251.42→225.72→25.70→→→
  const t = table(d(), 'final-expenditure');
  assertCell(t, { name: '合计' }, 'basic', '3741.61');
  assertCell(t, { name: '合计' }, 'project', '2319.48');
  assertCell(t, { code: '22405' }, 'total', '251.42');
  assertCell(t, { code: '22405' }, 'project', '25.70');
});

test('YQ24 公开04 final-fiscal-summary: 本年支出合计 6061.09 = 一般公共预算 5814.32 + 政府性基金 246.77', () => {
  // 295: 本年收入合计→27→6061.09→本年支出合计→59→6061.09→5814.32→246.77→
  // 291: →23→→二十三、其他支出→55→246.77→→246.77→
  const t = table(d(), 'final-fiscal-summary');
  assertCell(t, { name: '本年支出合计', side: 'expenditure' }, 'total', '6061.09');
  assertCell(t, { name: '本年支出合计', side: 'expenditure' }, 'gpb', '5814.32');
  assertCell(t, { name: '本年支出合计', side: 'expenditure' }, 'gf', '246.77');
  assertCell(t, { name: '二十三、其他支出', side: 'expenditure' }, 'gf', '246.77');
});

test('YQ24 公开05 final-gpb-expenditure: 合计 5814.32 / 3741.61 / 2072.71', () => {
  // 317: 合计→→5814.32→3741.61→2072.71
  const t = table(d(), 'final-gpb-expenditure');
  assertCell(t, { name: '合计' }, 'total', '5814.32');
  assertCell(t, { name: '合计' }, 'project', '2072.71');
});

test('YQ24 公开06 final-gpb-basic-detail: 30101 基本工资 1019.30; 30231 公务用车运行维护费 20.68; 人员 3414.47; 公用 327.14', () => {
  // 369: 30101→基本工资→1019.30→30201→办公费→31.57→…
  // 393: 30310→个人农业生产补贴→→30231→公务用车运行维护费→20.68→…
  // 397: 人员经费合计→→3414.47→公用经费合计→→→→→→→→327.14
  const t = table(d(), 'final-gpb-basic-detail');
  assertCell(t, { code: '30101' }, 'amount', '1019.30');
  assertCell(t, { code: '30231' }, 'amount', '20.68');
  assertCell(t, { name: '人员经费合计' }, 'amount', '3414.47');
  assertCell(t, { name: '公用经费合计' }, 'amount', '327.14');
});

test('YQ24 公开07 final-gf: 合计 本年收入 246.77, 本年支出 246.77 all 项目支出', () => {
  // 414: 合计→→→246.77→246.77→→246.77→
  const t = table(d(), 'final-gf');
  assertCell(t, { name: '合计' }, 'revenue', '246.77');
  assertCell(t, { name: '合计' }, 'total', '246.77');
  assertCell(t, { name: '合计' }, 'project', '246.77');
});

test('YQ24 公开08 final-soc: 本表无数据', () => {
  // 438: 说明：本表无数据
  assert.equal(table(d(), 'final-soc').noData, true);
});

test('YQ24 公开09 final-three-public: one printed line, 预算数 and 决算数 groups, 62.59 = 购置 41.91 + 运行维护 20.68', () => {
  // 450: 预算数→→→→→→决算数→→→→→
  // 454: 62.59→→62.59→41.91→20.68→→62.59→→62.59→41.91→20.68→
  const t = table(d(), 'final-three-public');
  const r = row(t, { line: 454 });
  for (const side of ['budget', 'final']) {
    assertCell(t, { line: 454 }, `${side}.total`, '62.59');
    assertCell(t, { line: 454 }, `${side}.vehicleTotal`, '62.59');
    assertCell(t, { line: 454 }, `${side}.vehiclePurchase`, '41.91');
    assertCell(t, { line: 454 }, `${side}.vehicleOps`, '20.68');
    assert.equal(r.cells[`${side}.abroad`]?.amount, undefined, `${side} 因公出国 blank`);
    assert.equal(r.cells[`${side}.reception`]?.amount, undefined, `${side} 公务接待 blank`);
  }
  assert.equal(t.unit, '万元');
});

test('YQ24 公开10 final-statistics: 政府采购 1599.77 / 1514.58 / 85.19; 机关运行经费 104.57 + 29.01; 车辆 27', () => {
  // 470: 合计→1→1599.77
  // 471: 货物→2→1514.58
  // 473: 服务→4→85.19
  // 476: (一) 行政单位→5→104.57
  // 477: (二) 参照公务员法管理事业单位→6→29.01
  // 479: (一) 车辆数合计(辆)→7→27
  const t = table(d(), 'final-statistics');
  assertCell(t, { lineNo: '1' }, 'value', '1599.77');
  assertCell(t, { line: 470 }, 'value', '1599.77');
  assertCell(t, { name: '货物' }, 'value', '1514.58');
  assertCell(t, { name: '服务' }, 'value', '85.19');
  assertCell(t, { line: 476 }, 'value', '104.57');
  assertCell(t, { line: 477 }, 'value', '29.01');
  // 27 is a count of vehicles (辆), not money: only its printed text is asserted.
  const vehicles = row(t, { line: 479 });
  assert.equal(vehicles.lineNo, '7');
  assert.equal(vehicles.cells.value?.text, '27');
});

// ---------------------------------------------------------------- narrative

test('YQ24 narrative 一: 收入总计 6,061.09 万元, 增加 1,485.89 万元, 增长 32.48%', () => {
  // 496: 2024年度收入总计6,061.09万元，支出总计6,061.09万元。与上年相比，收入总计增加1,485.89万元，增长32.48%，…
  fact(d(), { kind: 'amount', line: 496, amount: '6061.09', topic: '收入总计' });
  fact(d(), { kind: 'change', line: 496, amount: '1485.89', direction: 'increase' });
  fact(d(), { kind: 'growth', line: 496, number: '32.48', direction: 'increase' });
});

test('YQ24 narrative 五(三): 年初预算 4,492.26, 决算 5,814.32, 完成年初预算的 129.43%', () => {
  // 538: 2024年度一般公共预算财政拨款支出年初预算4,492.26万元，支出决算5,814.32万元，完成年初预算的129.43%。其中：
  fact(d(), { kind: 'amount', line: 538, amount: '4492.26' });
  fact(d(), { kind: 'completion', line: 538, number: '129.43' });
});

test('YQ24 narrative 五(三): 一般公共服务 完成 54.46%; 灾害防治及应急管理 完成 138.30%', () => {
  // 540: 一般公共服务支出年初预算6.50万元，支出决算3.54万元，完成年初预算的54.46%，…
  // 548: 灾害防治及应急管理支出年初预算3,410.68万元，支出决算4,717.01万元，完成年初预算的138.30%，…
  fact(d(), { kind: 'completion', line: 540, number: '54.46' });
  fact(d(), { kind: 'amount', line: 540, amount: '6.50' });
  fact(d(), { kind: 'completion', line: 548, number: '138.30' });
  fact(d(), { kind: 'amount', line: 548, amount: '4717.01' });
});

test('YQ24 narrative 五(三): 住房保障 较上年决算减少 3.13 万元, 下降 1.1%', () => {
  // 546: 住房保障支出…完成年初预算的106.64%，…较上年决算减少3.13万元，下降1.1%，…
  fact(d(), { kind: 'completion', line: 546, number: '106.64' });
  fact(d(), { kind: 'change', line: 546, amount: '3.13', direction: 'decrease' });
  fact(d(), { kind: 'growth', line: 546, number: '1.1', direction: 'decrease' });
});

test('YQ24 narrative 九: 三公 预算 62.59, 决算 62.59, 完成 100.00%, 增加 39.00 万元, 增长 165.32%', () => {
  // 570: 2024年度“三公”经费财政拨款支出全年预算62.59万元，支出决算62.59万元，完成全年预算的100.00%，比上年度增加39.00万元，增长165.32%，…
  fact(d(), { kind: 'completion', line: 570, number: '100.00' });
  fact(d(), { kind: 'change', line: 570, amount: '39.00', direction: 'increase' });
  fact(d(), { kind: 'growth', line: 570, number: '165.32', direction: 'increase' });
  fact(d(), { kind: 'amount', line: 570, amount: '62.59', topic: '三公' });
});

test('YQ24 narrative 十: 机关运行经费 133.58 万元, 减少 5.80 万元, 下降 4.16%', () => {
  // 594: 2024年机关运行经费支出133.58万元，比2023年减少5.80万元，下降4.16%，…
  assertMoney(d().adminOperating?.amount, '133.58', '万元', 'adminOperating');
  fact(d(), { kind: 'change', line: 594, amount: '5.80', direction: 'decrease' });
  fact(d(), { kind: 'growth', line: 594, number: '4.16', direction: 'decrease' });
});

test('YQ24 narrative 十: 政府采购 1,599.77 = 货物 1,514.58 + 工程 0 + 服务 85.19; 中小企业 1,593.26 万元', () => {
  // 598: 2024年度政府采购支出总额1,599.77万元，其中：政府采购货物支出1,514.58万元、政府采购工程支出0万元、政府采购服务支出85.19万元。政府采购授予中小企业合同金额1,593.26万元，占政府采购支出总额的99.59%。…
  const p = d().procurement;
  assertMoney(p?.total, '1599.77', '万元', 'total');
  assertMoney(p?.goods, '1514.58', '万元', 'goods');
  assertMoney(p?.works, '0', '万元', 'works');
  assertMoney(p?.services, '85.19', '万元', 'services');
  assertMoney(p?.sme, '1593.26', '万元', 'sme');
  fact(d(), { kind: 'share', line: 598, number: '99.59' });
});

test('YQ24 narrative 十(三): 车辆 27 辆 — 机要通信 2, 应急保障 4, 特种专业技术 10, 其他 11; 100万元以上设备 1', () => {
  // 602: 截至2024年12月31日，本部门（单位）共有车辆27辆。其中：机要通信用车2辆、应急保障用车4辆、特种专业技术用车10辆，其他用车11辆，…单价100万元（含）以上设备（不含车辆）1台（套）。
  const a = d().assets;
  assert.ok(a, 'assets');
  assert.equal(a.vehicles.find((v) => norm(v.type).includes('机要通信用车'))?.count, 2);
  assert.equal(a.vehicles.find((v) => norm(v.type).includes('应急保障用车'))?.count, 4);
  assert.equal(a.vehicles.find((v) => norm(v.type).includes('特种专业技术用车'))?.count, 10);
  assert.equal(a.vehicles.find((v) => norm(v.type).includes('其他用车'))?.count, 11);
  assert.equal(a.equipment.find((e) => e.threshold.includes('100'))?.count, 1);
});

// ---------------------------------------------------------------- self-evaluation form

test('YQ24 self-evaluation: total score 97, grade 优', () => {
  // 703: →总分→→→→→→97
  // 705: 自评结论及整体运行绩效情况分析→→2024年整体支出绩效自评等级为优, …
  const f = d().forms.selfEvaluations[0];
  assert.ok(f, 'self-evaluation form');
  assert.equal(f.total?.score, '97');
  assert.equal(f.total?.pos.line, 703);
  assert.equal(f.grade?.grade, '优');
});

test('YQ24 self-evaluation: part scores 执行 10, 产出 50, 效益 28, 满意度 9', () => {
  // 669: 执行情况(10分)→10→→→→→→→
  // 672: 产出指标 (50分)→数量指标→→任务1→工资发放人数→247人→247人→→50
  // 690: →效益指标 (30分)→经济效益指标→任务1→有效防范各类自燃灾害和→有效降低→完成→28
  // 700: →满意度指标 (10分)→服务对象满意度指标→任务1→各服务对象满意度→≥98%→完成→9
  const f = d().forms.selfEvaluations[0];
  assert.ok(f, 'self-evaluation form');
  const score = (part: string) => f.scores.find((s) => norm(s.part).includes(part));
  assert.equal(score('执行')?.score, '10');
  assert.equal(score('产出')?.score, '50');
  assert.equal(score('效益')?.score, '28');
  assert.equal(score('满意度')?.score, '9');
  assert.equal(score('效益')?.max, '30');
});

test('YQ24 self-evaluation: income and spending as printed (6061.1, 246.78, 2319.49 — rounded differently from the tables)', () => {
  // 663: →收入合计→6061.1→支出合计→6061.1→→→→
  // 665: →公共财政拨款→5814.32→项目支出→2319.49→→→→
  // 666: →政府基金拨款→246.78→→→→→→
  const f = d().forms.selfEvaluations[0];
  assert.ok(f, 'self-evaluation form');
  const inc = (label: string) => f.income.find((x) => norm(x.label).includes(label))?.amount;
  const sp = (label: string) => f.spending.find((x) => norm(x.label).includes(label))?.amount;
  assertMoney(inc('收入合计'), '6061.1', '万元', 'income 收入合计');
  assertMoney(inc('政府基金拨款'), '246.78', '万元', 'income 政府基金拨款');
  assertMoney(sp('项目支出'), '2319.49', '万元', 'spending 项目支出');
  assertMoney(sp('基本支出'), '3741.61', '万元', 'spending 基本支出');
});

test('YQ24 self-evaluation: indicator 工资发放人数 247人, done 247人', () => {
  // 672: 产出指标 (50分)→数量指标→→任务1→工资发放人数→247人→247人→→50
  const f = d().forms.selfEvaluations[0];
  assert.ok(f, 'self-evaluation form');
  const i = f.indicators.find((x) => norm(x.name) === '工资发放人数');
  assert.equal(i?.value, '247人');
  assert.equal(i?.actual, '247人');
  assert.equal(i?.level2, '数量指标');
});
