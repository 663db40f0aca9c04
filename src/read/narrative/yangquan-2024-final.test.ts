// 阳泉市应急管理局 2024 部门决算: expected values read by hand from yangquan-emergency-2024-final-accounts.txt.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFact, fact, factsOn, rawAt, readDoc, refOf, sectionTitled } from './corpus.fixture.js';

// Lines 7–35 are the table of contents.
const doc = readDoc('yangquan-emergency-2024-final-accounts.txt', 35);

describe('yangquan 2024 final accounts: sections', () => {
  it('keeps the parts as printed, including the repeated 第一部分 (lines 37, 41)', () => {
    // Line 37 "第一部分 概况", line 41 "第一部分 阳泉市应急管理局概况", 93, 492, 616, 644.
    assert.deepEqual(
      doc.result.sections.map((s) => `${s.number} ${s.title}`),
      ['第一部分 概况', '第一部分 阳泉市应急管理局概况', '第二部分 2024年部门决算表', '第三部分 情况说明', '第四部分 名词解释', '第五部分 附件'],
    );
  });

  it('has the ten sections of 情况说明 with their subsections', () => {
    const part3 = doc.result.sections[3];
    assert.equal(part3?.children.length, 10);
    assert.equal(part3?.children[0]?.title, '收入支出决算总体情况说明');
    assert.equal(part3?.children[9]?.title, '其他重要事项情况说明');
    // Lines 592, 596, 600, 604: "（一）机关运行经费支出情况说明" … "（四）预算绩效情况说明"
    assert.deepEqual(part3?.children[9]?.children.map((s) => s.title), ['机关运行经费支出情况说明', '政府采购情况说明', '国有资产占用情况说明', '预算绩效情况说明']);
  });
});

describe('yangquan 2024 final accounts: facts', () => {
  it('reads totals with change and growth (line 496)', () => {
    // "2024年度收入总计6,061.09万元，支出总计6,061.09万元。与上年相比，收入总计增加1,485.89万元，增长32.48%，支出总计增加1,485.89万元，增长32.48%。"
    expectFact(factsOn(doc, 496, 'amount')[0]!, { amount: '6061.09', topic: '收入总计' });
    expectFact(factsOn(doc, 496, 'amount')[1]!, { amount: '6061.09', topic: '支出总计' });
    expectFact(factsOn(doc, 496, 'change')[1]!, { amount: '1485.89', topic: '支出总计', direction: 'increase', basis: '上年' });
    expectFact(factsOn(doc, 496, 'growth')[0]!, { number: '32.48', topic: '收入总计', direction: 'increase', basis: '上年' });
    // The amounts stand in the sentence before the comparison, so the rates point at none of them.
    assert.ok([...factsOn(doc, 496, 'change'), ...factsOn(doc, 496, 'growth')].every((f) => f.ref === undefined));
  });

  it('reads shares printed as 占比 (lines 502, 508, 510)', () => {
    // "财政拨款收入6,061.09万元，占比100.00%。" / "基本支出3,741.61万元，占比61.73%；" / "项目支出2,319.48万元，占比38.27%。"
    expectFact(fact(doc, 502, 'share', '100.00'), { topic: '财政拨款收入' });
    const basic = fact(doc, 508, 'share', '61.73');
    expectFact(basic, { topic: '基本支出' });
    assert.equal(basic.text, '占比61.73%');
    assert.equal(refOf(doc, basic), fact(doc, 508, 'amount', '3741.61'));
    expectFact(fact(doc, 510, 'share', '38.27'), { topic: '项目支出' });
  });

  it('qualifies the totals of 财政拨款 (line 514)', () => {
    // "2024年度财政拨款收入总计6,061.09万元，支出总计6,061.09万元。…财政拨款支出总计增加1,485.89万元，增长32.48%。"
    assert.deepEqual(
      factsOn(doc, 514, 'amount').map((f) => f.subject?.topic),
      ['财政拨款收入', '财政拨款支出'],
    );
    // The basis 与上年相比 is said once before a semicolon and holds for both halves of the sentence.
    expectFact(factsOn(doc, 514, 'change')[1]!, { topic: '财政拨款支出', basis: '上年' });
  });

  it('reads 类 shares with codes (lines 526–534)', () => {
    // "一般公共服务支出(类)3.54万元，占比0.06%；" … "灾害防治及应急管理支出(类)4,717.01万元，占比81.13%。"
    expectFact(fact(doc, 526, 'amount', '3.54'), { amount: '3.54', topic: '一般公共服务支出', code: '201' });
    expectFact(fact(doc, 526, 'share', '0.06'), { topic: '一般公共服务支出', code: '201' });
    expectFact(fact(doc, 534, 'share', '81.13'), { topic: '灾害防治及应急管理支出', code: '224' });
  });

  it('reads 年初预算, 决算 and completion rates (lines 538–548)', () => {
    // "2024年度一般公共预算财政拨款支出年初预算4,492.26万元，支出决算5,814.32万元，完成年初预算的129.43%。"
    const budget = fact(doc, 538, 'amount', '4492.26');
    expectFact(budget, { topic: '一般公共预算', measure: '年初预算' });
    assert.equal(budget.basis, undefined);
    const actual = fact(doc, 538, 'amount', '5814.32');
    expectFact(actual, { topic: '一般公共预算', measure: '决算' });
    const done = fact(doc, 538, 'completion');
    expectFact(done, { number: '129.43', unit: '%', topic: '一般公共预算', basis: '年初预算' });
    assert.equal(done.text, '完成年初预算的129.43%');
    // The rate completes the 决算 printed just before it, measured against the 年初预算.
    assert.equal(refOf(doc, done), actual);
    // Each 类: "一般公共服务支出年初预算6.50万元，支出决算3.54万元，完成年初预算的54.46%，…较上年决算增加0.23万元，增长6.95%"
    const rates = [538, 540, 542, 544, 546, 548].map((l) => {
      const f = fact(doc, l, 'completion');
      return [f.number, f.subject?.code];
    });
    assert.deepEqual(rates, [
      ['129.43', undefined],
      ['54.46', '201'],
      ['101.66', '208'],
      ['93.62', '210'],
      ['106.64', '221'],
      ['138.30', '224'],
    ]);
    // The change is in the next sentence of the paragraph, which is still about the 类 it opened with.
    const change = fact(doc, 540, 'change', '0.23');
    expectFact(change, { topic: '一般公共服务支出', direction: 'increase', basis: '上年决算' });
    // …but not the same sentence as the amounts: which of the two it compares is not said.
    assert.equal(change.ref, undefined);
    // "住房保障支出…较上年决算减少3.13万元，下降1.1%"
    expectFact(fact(doc, 546, 'growth', '1.1'), { topic: '住房保障支出', code: '221', direction: 'decrease' });
  });

  it('reads the economic items of 人员经费 as their own topics (line 554)', () => {
    // "人员经费3,414.47万元，主要包括：基本工资1019.30万元、津补贴323.32万元、…"
    expectFact(fact(doc, 554, 'amount', '3414.47'), { topic: '人员经费' });
    expectFact(fact(doc, 554, 'amount', '1019.30'), { topic: '基本工资' });
    expectFact(fact(doc, 554, 'amount', '323.32'), { topic: '津补贴' });
  });

  it('reads 三公 totals, completion and details with 个, 人次, 辆, 批次 (lines 570–588)', () => {
    // "“三公”经费财政拨款支出全年预算62.59万元，支出决算62.59万元，完成全年预算的100.00%，比上年度增加39.00万元，增长165.32%"
    const [budget, spent] = factsOn(doc, 570, 'amount');
    assert.ok(budget && spent);
    expectFact(budget, { amount: '62.59', topic: '三公', measure: '全年预算' });
    expectFact(spent, { amount: '62.59', topic: '三公', measure: '决算' });
    const done = fact(doc, 570, 'completion');
    expectFact(done, { number: '100.00', topic: '三公', basis: '全年预算' });
    const change = fact(doc, 570, 'change', '39.00');
    expectFact(change, { topic: '三公', direction: 'increase', basis: '上年' });
    const growth = fact(doc, 570, 'growth', '165.32');
    expectFact(growth, { topic: '三公', direction: 'increase' });
    assert.deepEqual([refOf(doc, done), refOf(doc, change), refOf(doc, growth)], [spent, spent, spent]);
    // "因公出国（境）费支出0万元，与上年相同"
    expectFact(fact(doc, 572, 'change'), { topic: '因公出国（境）费', direction: 'same', basis: '上年' });
    // "公务用车运行维护费支出20.68万元，完成全年预算的100.00%，比上年度减少2.91万元，下降12.34%"
    expectFact(fact(doc, 576, 'growth', '12.34'), { topic: '公务用车运行维护费', direction: 'decrease' });
    // "1、因公出国（境）费支出0万元，出国（境）团组共0个，0人次。"
    assert.deepEqual(
      factsOn(doc, 582, 'count').map((f) => [f.number, f.unit]),
      [
        ['0', '个'],
        ['0', '人次'],
      ],
    );
    // "使用财政拨款共购置公务用车1辆" / "公务用车保有量共26辆"
    expectFact(fact(doc, 584, 'count', '1'), { unit: '辆', topic: '公务用车' });
    expectFact(fact(doc, 586, 'count', '26'), { unit: '辆', topic: '公务用车保有量' });
    // "4、公务接待费支出0万元，共接待0批次，0人次。"
    const batches = factsOn(doc, 588, 'count').filter((f) => f.unit === '批次');
    assert.equal(batches.length, 4);
    expectFact(batches[0]!, { number: '0', topic: '公务接待费' });
  });

  it('reads 机关运行经费, 政府采购 with the SME award, and assets (lines 594–602)', () => {
    // "2024年机关运行经费支出133.58万元，比2023年减少5.80万元，下降4.16%"
    assert.equal(doc.result.adminOperating?.amount.value, '133.58');
    expectFact(fact(doc, 594, 'change', '5.80'), { topic: '机关运行经费', basis: '2023年', direction: 'decrease' });
    // "政府采购支出总额1,599.77万元，其中：政府采购货物支出1,514.58万元、政府采购工程支出0万元、政府采购服务支出85.19万元。
    // 政府采购授予中小企业合同金额1,593.26万元，占政府采购支出总额的99.59%。"
    const p = doc.result.procurement;
    assert.deepEqual([p?.total?.value, p?.goods?.value, p?.works?.value, p?.services?.value, p?.sme?.value], ['1599.77', '1514.58', '0', '85.19', '1593.26']);
    const smeShare = fact(doc, 598, 'share', '99.59');
    expectFact(smeShare, { topic: '中小企业' });
    assert.equal(refOf(doc, smeShare), fact(doc, 598, 'amount', '1593.26'));
    assert.equal(p?.smeShare, '99.59');
    // "其中：授予小微企业合同金额1,586.13万元，占政府采购支出总额的99.15%。"
    assert.equal(refOf(doc, fact(doc, 598, 'share', '99.15')), fact(doc, 598, 'amount', '1586.13'));
    // "共有车辆27辆。其中：机要通信用车2辆、应急保障用车4辆、特种专业技术用车10辆，其他用车11辆，…单价100万元（含）以上设备（不含车辆）1台（套）。"
    const a = doc.result.assets;
    assert.deepEqual(a?.vehicles.map((v) => `${v.type}:${v.count}`), ['机要通信用车:2', '应急保障用车:4', '特种专业技术用车:10', '其他用车:11']);
    // "共有车辆27辆" is the total held; no quota (编制) is stated.
    assert.ok(a?.vehicleTotal);
    assert.equal(a.vehicleTotal.count, 27);
    assert.equal(rawAt(doc, a.vehicleTotal.pos), '27辆');
    assert.equal(a.vehicleQuota, undefined);
    assert.deepEqual(a?.equipment.map((e) => `${e.threshold}:${e.count}`), ['100万元:1']);
    assert.equal(a?.asOf, '2024-12-31');
    assert.equal(a?.floorArea, undefined);
  });

  it('reads the self-evaluation counts (line 608)', () => {
    // "涉及二级项目30个，资金792.91万元，…自评结果为：15个项目自评等级为“优”，12个项目…，3个项目…"
    expectFact(fact(doc, 608, 'count', '30'), { topic: '绩效项目' });
    expectFact(fact(doc, 608, 'amount', '792.91'), { topic: '绩效项目' });
    assert.deepEqual(factsOn(doc, 608, 'count').map((f) => f.number), ['30', '15', '12', '3']);
  });

  it('points every single-line fact at its own text', () => {
    for (const f of doc.facts.filter((x) => x.pos.endLine === undefined)) assert.equal(rawAt(doc, f.pos), f.text);
  });
});

describe('yangquan 2024 final accounts: organisation and glossary', () => {
  it('lists the seven units of the 序号/所属单位名称 list (lines 83–91)', () => {
    // "序号 所属单位名称" then "- 1 阳泉市应急管理局（本级）" … "- 7 阳泉市应急保障中心"
    const u = doc.result.organization.units;
    assert.equal(u.length, 7);
    assert.deepEqual([u[0]?.index, u[0]?.name, u[0]?.note, u[0]?.pos.line], [1, '阳泉市应急管理局', '本级', 85]);
    assert.equal(rawAt(doc, u[0]!.pos), '阳泉市应急管理局');
    assert.ok(u.slice(1).every((x) => x.note === undefined));
    assert.deepEqual([u[2]?.index, u[2]?.name], [3, '阳泉市应急管理和安全生产综合行政执法队']);
    // "决算部门：阳泉市应急管理局" is kept as text.
    assert.equal(doc.result.organization.text, '决算部门：阳泉市应急管理局');
    assert.equal(sectionTitled(doc, '机构设置情况').pos.line, 79);
  });

  it('reads the twelve glossary entries of final accounts (lines 618–640)', () => {
    const g = doc.result.glossary;
    assert.equal(g.length, 12);
    // "一、财政拨款收入：指单位从同级财政部门取得的财政预算资金。"
    assert.deepEqual([g[0]?.term, g[0]?.definition, g[0]?.pos.line], ['财政拨款收入', '指单位从同级财政部门取得的财政预算资金。', 618]);
    // "五、使用非财政拨款结余（含专用结余）：指单位按照预算管理要求…"
    assert.equal(g[4]?.term, '使用非财政拨款结余（含专用结余）');
    assert.equal(g[11]?.term, '机关运行经费');
  });
});
