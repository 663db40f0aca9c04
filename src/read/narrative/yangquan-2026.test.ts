// 阳泉市应急管理局 2026 部门预算: every expected value below was read by hand from
// yangquan-emergency-2026-budget.txt (line numbers of that file; the quoted sentence is the source).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFact, fact, factsOn, rawAt, readDoc, refOf, sectionTitled } from './corpus.fixture.js';

// Lines 7–42 are the title page and table of contents.
const doc = readDoc('yangquan-emergency-2026-budget.txt', 42);

describe('yangquan 2026 budget: sections', () => {
  it('has the four parts with their printed titles', () => {
    assert.deepEqual(
      doc.result.sections.map((s) => [s.number, s.title, s.level]),
      [
        ['第一部分', '概况', 1],
        ['第二部分', '2026年部门预算报表', 1],
        ['第三部分', '2026年度部门预算情况说明', 1],
        ['第四部分', '名词解释', 1],
      ],
    );
  });

  it('has the twelve numbered sections of 情况说明 in order', () => {
    const part3 = doc.result.sections[2];
    assert.ok(part3);
    assert.deepEqual(
      part3.children.map((s) => `${s.number}、${s.title}`),
      [
        '一、部门预算收支数据变动情况及原因',
        '二、收入预算情况说明',
        '三、支出预算情况说明',
        '四、财政拨款收支预算总体情况说明',
        '五、一般公共预算支出情况说明',
        '六、一般公共预算基本支出情况说明',
        '七、“三公”经费增减变动原因说明',
        '八、机关运行经费增减变动原因说明',
        '九、政府采购情况',
        '十、绩效管理情况',
        '十一、国有资产占有使用情况',
        '十二、其他说明',
      ],
    );
    // Line 473 "(一) 一般公共预算当年支出规模变化情况", 516 "1、整体绩效目标", 1282 "1、车辆情况：".
    assert.deepEqual(part3.children[4]?.children.map((s) => [s.number, s.level]), [['（一）', 3], ['（二）', 3]]);
    assert.deepEqual(part3.children[9]?.children.map((s) => s.title), ['整体绩效目标', '项目绩效目标']);
    assert.deepEqual(part3.children[10]?.children.map((s) => [s.title, s.level]), [['车辆情况', 4], ['房屋情况', 4], ['其他国有资产占有使用情况', 4]]);
    assert.equal(part3.children[10]?.pos.line, 1280);
  });

  it('keeps the paragraph text of a section', () => {
    // Line 462 "2026年度阳泉市应急管理局支出预算4558.02万元，其中：基本支出3915.63万元，占85.91%；…"
    assert.match(sectionTitled(doc, '支出预算情况说明').text, /^2026年度阳泉市应急管理局支出预算4558\.02万元，其中：基本支出3915\.63万元，占85\.91%/);
  });
});

describe('yangquan 2026 budget: facts', () => {
  it('reads totals with their change and growth (line 452)', () => {
    // "预算收入总计4,558.02万元，其中：本年收入4,558.02万元，上年结转0万元，比上年增加139.31万元，增长3.15%"
    const total = factsOn(doc, 452, 'amount')[0];
    assert.ok(total);
    expectFact(total, { amount: '4558.02', topic: '收入总计' });
    assert.equal(total.amount?.raw, '4,558.02');
    assert.equal(rawAt(doc, total.pos), '4,558.02万元');
    expectFact(factsOn(doc, 452, 'amount')[2]!, { amount: '0', topic: '上年结转' });
    const [change] = factsOn(doc, 452, 'change');
    assert.ok(change);
    expectFact(change, { amount: '139.31', topic: '收入总计', direction: 'increase', basis: '上年' });
    assert.equal(change.text, '增加139.31万元');
    const [growth] = factsOn(doc, 452, 'growth');
    assert.ok(growth);
    expectFact(growth, { number: '3.15', unit: '%', topic: '收入总计', direction: 'increase', basis: '上年' });
    // After the breakdown “其中：本年收入…，上年结转…” both rates still qualify the total.
    assert.equal(refOf(doc, change), total);
    assert.equal(refOf(doc, growth), total);
    // "预算收入总计4,558.02万元": a budget figure, as the words before it say.
    assert.equal(total.measure, '预算');
    // "；本年部门预算支出总计4,558.02万元，…比上年增加139.31万元，增长3.15%"
    expectFact(factsOn(doc, 452, 'change')[1]!, { amount: '139.31', topic: '支出总计', direction: 'increase' });
  });

  it('reads income sources with their shares (line 456)', () => {
    // "主要包括一般公共预算拨款收入4,558.02万元，占100.00%；政府性基金预算拨款收入0万元，占0%；…单位资金0万元，占0%"
    const share = fact(doc, 456, 'share', '100.00');
    expectFact(share, { topic: '一般公共预算', unit: '%' });
    // "…预算收入4,558.02万元，主要包括一般公共预算拨款收入4,558.02万元，占100.00%": the second amount.
    assert.equal(refOf(doc, share), factsOn(doc, 456, 'amount')[1]);
    expectFact(factsOn(doc, 456, 'amount')[0]!, { amount: '4558.02', topic: '收入总计', measure: '预算' });
    const zeroes = factsOn(doc, 456, 'share').filter((f) => f.number === '0');
    assert.deepEqual(
      zeroes.map((f) => f.subject?.topic),
      ['政府性基金预算', '国有资本经营预算', '财政专户管理资金', '单位资金', '上年结转'],
    );
  });

  it('reads basic and project expenditure with shares (line 462)', () => {
    // "其中：基本支出3915.63万元，占85.91%；项目支出642.39万元，占14.09%。"
    expectFact(fact(doc, 462, 'amount', '3915.63'), { amount: '3915.63', topic: '基本支出' });
    const share = fact(doc, 462, 'share', '85.91');
    expectFact(share, { topic: '基本支出' });
    assert.equal(share.text, '占85.91%');
    expectFact(fact(doc, 462, 'share', '14.09'), { topic: '项目支出' });
  });

  it('reads 类 amounts with their codes, also across a wrapped line (lines 466–468)', () => {
    // Line 466 ends "支出包括：一般公共服务", line 468 "支出6.56万元、社会保障和就业支出722.99万元、…灾害防治及应急管理支出3,376.99万元等。"
    expectFact(fact(doc, 468, 'amount', '6.56'), { amount: '6.56', topic: '一般公共服务支出', code: '201' });
    expectFact(fact(doc, 468, 'amount', '722.99'), { amount: '722.99', topic: '社会保障和就业支出', code: '208' });
    expectFact(fact(doc, 468, 'amount', '3376.99'), { amount: '3376.99', topic: '灾害防治及应急管理支出', code: '224' });
    // Line 479 ", 卫生健康支出165.61万元,占3.63%;住房保障支出285.86万元,占6.27%"
    expectFact(fact(doc, 479, 'share', '3.63'), { topic: '卫生健康支出', code: '210' });
    expectFact(fact(doc, 479, 'share', '6.27'), { topic: '住房保障支出', code: '221' });
  });

  it('reads 三公 and its items (lines 496, 500)', () => {
    // "“三公”经费预算46.80万元比2025年减少6.20万元"
    const sanGong = fact(doc, 496, 'amount', '46.80');
    expectFact(sanGong, { amount: '46.80', topic: '三公', measure: '预算' });
    const change = fact(doc, 496, 'change', '6.20');
    expectFact(change, { amount: '6.20', topic: '三公', direction: 'decrease', basis: '2025年' });
    assert.equal(change.measure, undefined);
    assert.equal(refOf(doc, change), sanGong);
    // "核减三辆公务用车": a count written in Chinese numerals.
    expectFact(fact(doc, 496, 'count', '3'), { unit: '辆', topic: '公务用车' });
    // "其中：因公出国（境）费0万元，与上年预算数相同；公务接待费0万元，与上年相比预算数减少0.80万元"
    const same = factsOn(doc, 500, 'change')[0];
    assert.ok(same);
    expectFact(same, { topic: '因公出国（境）费', direction: 'same', basis: '上年预算' });
    assert.equal(same.text, '与上年预算数相同');
    expectFact(fact(doc, 500, 'change', '0.80'), { topic: '公务接待费', direction: 'decrease', basis: '上年' });
    assert.equal(refOf(doc, fact(doc, 500, 'change', '0.80')), factsOn(doc, 500, 'amount')[1]);
    assert.equal(refOf(doc, same), factsOn(doc, 500, 'amount')[0]);
    // "公务用车运行维护费46.80万元"
    assert.deepEqual(
      factsOn(doc, 500, 'amount').map((f) => [f.subject?.topic, f.amount?.value]),
      [
        ['因公出国（境）费', '0'],
        ['公务接待费', '0'],
        ['公务用车购置及运行费', '46.80'],
        ['公务用车运行维护费', '46.80'],
        ['公务用车购置费', '0'],
      ],
    );
  });

  it('reads 机关运行经费 with its change and rate (line 508)', () => {
    // "机关运行经费财政拨款预算145.59万元，比2025年预算减少8.41万元，减少5.46%"
    const amount = fact(doc, 508, 'amount', '145.59');
    expectFact(amount, { amount: '145.59', topic: '机关运行经费', measure: '预算' });
    expectFact(fact(doc, 508, 'change', '8.41'), { topic: '机关运行经费', direction: 'decrease', basis: '2025年预算' });
    expectFact(fact(doc, 508, 'growth', '5.46'), { topic: '机关运行经费', direction: 'decrease' });
    assert.equal(refOf(doc, fact(doc, 508, 'growth', '5.46')), amount);
    expectFact(fact(doc, 508, 'count', '2'), { unit: '家' });
    assert.deepEqual(doc.result.adminOperating?.amount, { raw: '145.59', value: '145.59', unit: '万元' });
    assert.equal(doc.result.adminOperating?.pos.line, 508);
  });

  it('reads 政府采购 into procurement (line 512)', () => {
    // "政府采购预算总额48.01万元。其中：政府采购货物预算3.11万元、政府采购工程预算0万元、政府采购服务预算44.90万元。"
    const p = doc.result.procurement;
    assert.ok(p);
    assert.deepEqual([p.total?.value, p.goods?.value, p.works?.value, p.services?.value, p.sme], ['48.01', '3.11', '0', '44.90', undefined]);
    assert.equal(p.pos.line, 512);
  });

  it('reads 绩效 project counts and amounts (lines 522–524)', () => {
    // "纳入绩效目标管理的2级项目19个，共计金额642.39万元。其中：其他运转类项目18个，涉及金额637.39万元；特定目标类项目1个，涉及金额5.00万元。"
    const counts = factsOn(doc, 522, 'count');
    assert.deepEqual(
      counts.map((f) => [f.number, f.unit, f.subject?.topic]),
      [
        ['19', '个', '绩效项目'],
        ['18', '个', '其他运转类项目'],
        ['1', '个', '特定目标类项目'],
        ['19', '个', '绩效项目'],
      ],
    );
    expectFact(factsOn(doc, 522, 'amount')[0]!, { amount: '642.39', topic: '绩效项目' });
    expectFact(factsOn(doc, 522, 'amount')[1]!, { amount: '637.39', topic: '其他运转类项目' });
    // "占部门（单位）" / "项目支出总额的100%": the share is joined across lines 522 and 524.
    const share = fact(doc, 522, 'share', '100');
    assert.equal(share.pos.endLine, 524);
    assert.equal(share.text, '占部门（单位）项目支出总额的100%');
  });

  it('reads 国有资产 into assets (lines 1284–1292)', () => {
    const a = doc.result.assets;
    assert.ok(a);
    // "截至2026年3月2日，…共有公务用车编制29辆，实有29辆，其中：领导用车0辆，机要通信用车5辆，应急保障用车0辆，
    // 执法执勤用车3辆，特种专业技术用车21辆，事业单位业务用车0辆，其他公务用车0辆。"
    assert.equal(a.asOf, '2026-03-02');
    assert.deepEqual(
      a.vehicles.map((v) => `${v.type}:${v.count}`),
      ['领导用车:0', '机要通信用车:5', '应急保障用车:0', '执法执勤用车:3', '特种专业技术用车:21', '事业单位业务用车:0', '其他公务用车:0'],
    );
    assert.ok(a.vehicles.every((v) => v.pos.line === 1284));
    assert.ok(a.vehicleQuota && a.vehicleTotal);
    assert.deepEqual([a.vehicleQuota.count, rawAt(doc, a.vehicleQuota.pos)], [29, '29辆']);
    assert.deepEqual([a.vehicleTotal.count, a.vehicleTotal.pos.line, a.vehicleTotal.pos.column?.start], [29, 1284, 34]);
    // "办公用房建筑总面积12354.19平方米"
    assert.deepEqual([a.floorArea?.number, a.floorArea?.unit, a.floorArea?.pos.line], ['12354.19', '平方米', 1288]);
    expectFact(fact(doc, 1288, 'area'), { number: '12354.19', unit: '平方米', topic: '办公用房' });
    // "价值50万元（原值）以上的通用设备0台（套）；…价值100万元（原值）以上的通用设备3台（套）"
    assert.deepEqual(a.equipment.map((e) => `${e.threshold}:${e.count}`), ['50万元:0', '100万元:3']);
    expectFact(fact(doc, 1292, 'count', '3'), { unit: '台（套）', topic: '设备' });
  });

  it('does not read the year or date as an amount', () => {
    // Line 1284 starts "截至2026年3月2日": no fact may stand at column 0–12.
    assert.ok(factsOn(doc, 1284).every((f) => (f.pos.column?.start ?? 0) > 12));
    assert.equal(doc.facts.filter((f) => f.amount?.value === '2026').length, 0);
  });

  it('points every single-line fact at its own text in the raw line', () => {
    for (const f of doc.facts.filter((x) => x.pos.endLine === undefined)) assert.equal(rawAt(doc, f.pos), f.text);
  });
});

describe('yangquan 2026 budget: organisation and glossary', () => {
  it('lists the seven units of 机构设置 (lines 54–60)', () => {
    // "- 1 阳泉市应急管理局（机关）" … "- 7 阳泉市应急保障中心"
    const u = doc.result.organization.units;
    assert.deepEqual(
      u.map((x) => [x.index, x.name]),
      [
        [1, '阳泉市应急管理局'],
        [2, '阳泉市应急调度指挥中心'],
        [3, '阳泉市应急管理综合行政执法支队'],
        [4, '阳泉市防震减灾中心'],
        [5, '阳泉市安全生产服务中心'],
        [6, '阳泉市应急救援大队'],
        [7, '阳泉市应急保障中心'],
      ],
    );
    assert.equal(u[0]?.pos.line, 54);
    // "（机关）" is what the list says about the unit, not part of its name.
    assert.equal(u[0]?.note, '机关');
    assert.equal(rawAt(doc, u[0]!.pos), '阳泉市应急管理局');
    assert.ok(u.slice(1).every((x) => x.note === undefined));
  });

  it('reads the twelve glossary entries, one defined on the next line (lines 1306–1330)', () => {
    const g = doc.result.glossary;
    assert.equal(g.length, 12);
    // "一、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"
    assert.deepEqual([g[0]?.term, g[0]?.definition], ['基本支出', '指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。']);
    // "六、财政专户管理资金：" then line 1318 "专指教育收费，…"
    const six = g[5];
    assert.equal(six?.term, '财政专户管理资金');
    assert.match(six?.definition ?? '', /^专指教育收费/);
    assert.deepEqual([six?.pos.line, six?.pos.endLine], [1316, 1318]);
    // "十二、财政拨款：包含一般公共预算、政府性基金预算、国有资本经营预算。"
    assert.deepEqual([g[11]?.term, g[11]?.definition], ['财政拨款', '包含一般公共预算、政府性基金预算、国有资本经营预算。']);
  });
});
