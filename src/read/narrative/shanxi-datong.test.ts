// 山西省应急管理厅 2026 部门预算 and 大同市应急管理局 2025 单位预算 (OCR markdown): expected values read
// by hand from shanxi-emergency-2026-budget.txt and datong-emergency-2025-unit-budget.md.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFact, fact, factsOn, rawAt, readDoc, refOf, sectionTitled } from './corpus.fixture.js';

describe('shanxi 2026 budget', () => {
  // Lines 7–42 are the table of contents.
  const doc = readDoc('shanxi-emergency-2026-budget.txt', 42);

  it('has the parts and the twelve numbered sections', () => {
    assert.deepEqual(
      doc.result.sections.map((s) => s.number),
      ['第一部分', '第二部分', '第三部分', '第四部分'],
    );
    assert.equal(doc.result.sections[2]?.children.length, 12);
    // Line 50 "（一）负责应急管理工作，指导…" is a numbered paragraph of 职责, not a heading.
    assert.deepEqual(sectionTitled(doc, '本部门职责').children, []);
    assert.match(sectionTitled(doc, '本部门职责').text, /（一）负责应急管理工作/);
  });

  it('reads income and expenditure with 上年结转 and 单位资金 (lines 471–483)', () => {
    // "预算收入总计37,420.03万元，其中：本年收入33,422.27万元，上年结转3,997.75万元，比上年减少16714.11万元，下降30.88%"
    expectFact(factsOn(doc, 471, 'amount')[0]!, { amount: '37420.03', topic: '收入总计' });
    expectFact(factsOn(doc, 471, 'amount')[2]!, { amount: '3997.75', topic: '上年结转' });
    expectFact(factsOn(doc, 471, 'change')[0]!, { amount: '16714.11', topic: '收入总计', direction: 'decrease', basis: '上年' });
    expectFact(factsOn(doc, 471, 'growth')[0]!, { number: '30.88', topic: '收入总计', direction: 'decrease' });
    // "…补助资金1.5亿元": an amount in 亿元, kept in its unit.
    const yi = factsOn(doc, 471, 'amount').find((f) => f.amount?.unit === '亿元');
    assert.equal(yi?.amount?.value, '1.5');
    // "单位资金2,231.46万元，占5.96%；上年结转3,997.75万元，占10.68%。"
    expectFact(fact(doc, 475, 'share', '5.96'), { topic: '单位资金' });
    expectFact(fact(doc, 475, 'share', '10.68'), { topic: '上年结转' });
    // "其中：基本支出8570.08万元，占22.90%；项目支出28849.94万元，占77.10%。"
    expectFact(fact(doc, 483, 'share', '77.10'), { topic: '项目支出' });
  });

  it('reads growth, 三公 and 机关运行经费 with the prior-year figure (lines 494–523)', () => {
    // "一般公共预算当年支出31,190.81万元，比上年增加15787.66万元，增长102.5%。"
    expectFact(fact(doc, 494, 'growth', '102.5'), { topic: '一般公共预算', direction: 'increase' });
    // "“三公”经费预算57.00万元与2025年预算数相同。…公务接待费20.00万元，与上年预算数相同"
    expectFact(factsOn(doc, 515, 'change')[0]!, { topic: '三公', direction: 'same', basis: '2025年预算' });
    expectFact(fact(doc, 515, 'amount', '20.00'), { topic: '公务接待费' });
    assert.equal(factsOn(doc, 515, 'change').filter((f) => f.direction === 'same').length, 6);
    // "机关运行经费财政拨款预算1042.42万元，比2025年预算1018.33万元增加24.09万元，增长2.37%"
    const stated = fact(doc, 523, 'amount', '1042.42');
    expectFact(stated, { topic: '机关运行经费', measure: '预算' });
    const prior = fact(doc, 523, 'amount', '1018.33');
    expectFact(prior, { topic: '机关运行经费', measure: '2025年预算' });
    assert.equal(prior.basis, undefined);
    const change = fact(doc, 523, 'change', '24.09');
    expectFact(change, { topic: '机关运行经费', direction: 'increase', basis: '2025年预算' });
    expectFact(fact(doc, 523, 'growth', '2.37'), { direction: 'increase' });
    // The change is the stated figure's, not the other side of the comparison printed right before it.
    assert.equal(refOf(doc, change), stated);
    assert.equal(refOf(doc, fact(doc, 523, 'growth', '2.37')), stated);
    // The stated figure, not the prior year's, is the 机关运行经费.
    assert.equal(doc.result.adminOperating?.amount.value, '1042.42');
  });

  it('reads procurement, projects and assets (lines 527–1206)', () => {
    // "政府采购预算总额8,268.45万元。其中：政府采购货物预算1,021.25万元、政府采购工程预算0万元、政府采购服务预算7,247.20万元。"
    const p = doc.result.procurement;
    assert.deepEqual([p?.total?.raw, p?.goods?.value, p?.works?.value, p?.services?.value], ['8,268.45', '1021.25', '0', '7247.20']);
    // "纳入绩效目标管理的二级项目15个，共计金额24,852.19万元"
    expectFact(factsOn(doc, 539, 'count')[0]!, { number: '15', unit: '个', topic: '绩效项目' });
    // "机关及下属预算单位5个，其中0个单位（包括机关）编报了单位整体绩效目标"
    expectFact(fact(doc, 533, 'count', '5'), { topic: '预算单位' });
    // "共有公务用车编制8辆，实有8辆，其中：领导用车1辆，…事业单位业务用车2辆，其他公务用车0辆。"
    assert.deepEqual(doc.result.assets?.vehicles.slice(0, 2).map((v) => `${v.type}:${v.count}`), ['领导用车:1', '机要通信用车:1']);
    assert.deepEqual([doc.result.assets?.vehicleQuota?.count, doc.result.assets?.vehicleTotal?.count], [8, 8]);
    // "办公用房建筑总面积11412.6平方米" — the trailing zero is not printed.
    assert.equal(doc.result.assets?.floorArea?.number, '11412.6');
    // "50万元（原值）以上的通用设备89台（套）；…100万元（原值）以上的通用设备31台（套）"
    assert.deepEqual(doc.result.assets?.equipment.map((e) => `${e.threshold}:${e.count}`), ['50万元:89', '100万元:31']);
    assert.equal(doc.result.assets?.asOf, '2025-12-31');
  });

  it('keeps a prose 机构设置 as text and takes the units it names (line 88)', () => {
    // "…所属事业单位4个，分别为：省应急管理调度中心、省防灾减灾保障中心、省煤矿安全保障中心、省应急管理研究院。"
    const org = doc.result.organization;
    assert.match(org.text ?? '', /^省应急厅为行政单位，设下列内设机构：办公室（党委办公室）/);
    assert.deepEqual(org.units.map((u) => u.name), ['省应急管理调度中心', '省防灾减灾保障中心', '省煤矿安全保障中心', '省应急管理研究院']);
    const last = org.units[3];
    assert.ok(last);
    assert.equal(rawAt(doc, last.pos), '省应急管理研究院');
  });

  it('reads the glossary (lines 1291–1315)', () => {
    assert.equal(doc.result.glossary.length, 12);
    const six = doc.result.glossary[5];
    // "六、财政专户管理资金：" then line 1303 "专指教育收费，…"
    assert.deepEqual([six?.term, six?.pos.line, six?.pos.endLine], ['财政专户管理资金', 1301, 1303]);
  });
});

describe('datong 2025 unit budget (OCR markdown)', () => {
  // Lines 23–64 are the table of contents (with watermark lines).
  const doc = readDoc('datong-emergency-2025-unit-budget.md', 64);

  it('reads headings marked with # and tags', () => {
    // "## 第一部分 概况", "### 第三部分 2025年度单位预算情况说明", "#### 一、单位预算收支数据变动情况及原因"
    assert.deepEqual(
      doc.result.sections.map((s) => `${s.number} ${s.title}`),
      ['第一部分 概况', '第二部分 2025年单位预算报表', '第三部分 2025年度单位预算情况说明', '第四部分 名词解释'],
    );
    const part3 = doc.result.sections[2];
    assert.equal(part3?.children.length, 12);
    assert.equal(part3?.children[0]?.title, '单位预算收支数据变动情况及原因');
    assert.equal(part3?.children[0]?.pos.line, 453);
  });

  it('reads 比上年增长22.87万元 as a change (line 455)', () => {
    // "预算收入总计2,233.22万元，其中：本年收入2,233.22万元，上年结转0万元，比上年增长22.87万元，增长1.03%"
    const change = factsOn(doc, 455, 'change')[0];
    assert.ok(change);
    expectFact(change, { amount: '22.87', topic: '收入总计', direction: 'increase', basis: '上年' });
    assert.equal(change.text, '增长22.87万元');
    expectFact(factsOn(doc, 455, 'growth')[0]!, { number: '1.03', direction: 'increase' });
  });

  it('reads amounts with dropped trailing zeros and 类 shares (lines 465, 479)', () => {
    // "项目支出629.8万元，占28.20%。"
    const amount = fact(doc, 465, 'amount', '629.8');
    expectFact(amount, { amount: '629.8', topic: '项目支出' });
    expectFact(fact(doc, 465, 'share', '28.20'), { topic: '项目支出' });
    // "农林水支出100.00万元,占4.48%;"
    expectFact(fact(doc, 479, 'amount', '100.00'), { topic: '农林水支出', code: '213' });
    expectFact(fact(doc, 479, 'share', '4.48'), { topic: '农林水支出', code: '213' });
  });

  it('reads 三公, 机关运行经费, procurement and assets (lines 496–931)', () => {
    // "“三公”经费预算10.50万元与2024年预算数相同。其中:因公出国(境)费0万元,与上年预算数相同;…
    // 公务用车购置及运行费10.50万元,…公务用车运行维护费10.50万元"
    assert.deepEqual(
      factsOn(doc, 496, 'amount').filter((f) => f.amount?.value === '10.50').map((f) => f.subject?.topic),
      ['三公', '公务用车购置及运行费', '公务用车运行维护费'],
    );
    expectFact(factsOn(doc, 496, 'change')[0]!, { topic: '三公', direction: 'same', basis: '2024年预算' });
    expectFact(factsOn(doc, 496, 'amount')[1]!, { amount: '0', topic: '因公出国（境）费' });
    // "机关运行经费财政拨款预算152.07万元,比2024年预算减少2.54万元,下降1.64%"
    const change = fact(doc, 504, 'change', '2.54');
    expectFact(change, { topic: '机关运行经费', direction: 'decrease', basis: '2024年预算' });
    assert.equal(refOf(doc, change), fact(doc, 504, 'amount', '152.07'));
    expectFact(fact(doc, 504, 'growth', '1.64'), { topic: '机关运行经费', direction: 'decrease' });
    // "政府采购预算总额118.00万元。其中：政府采购货物预算101.00万元、政府采购工程预算0万元、政府采购服务预算17.00万元。"
    const p = doc.result.procurement;
    assert.deepEqual([p?.total?.value, p?.goods?.value, p?.works?.value, p?.services?.value], ['118.00', '101.00', '0', '17.00']);
    // "共有公务用车编制3辆，实有8辆" / "办公用房建筑总面积1626平方米" / "…0台（套）；…0台（套）。"
    const a = doc.result.assets;
    assert.deepEqual([a?.vehicleQuota?.count, a?.vehicleTotal?.count], [3, 8]);
    assert.ok(a?.vehicles.every((v) => /用车$/.test(v.type)));
    assert.equal(doc.result.assets?.floorArea?.number, '1626');
    assert.deepEqual(doc.result.assets?.equipment.map((e) => `${e.threshold}:${e.count}`), ['50万元:0', '100万元:0']);
  });

  it('keeps 机构设置 prose and reads its count (line 116)', () => {
    // "大同市应急管理局内设办公室、…危险化学品安全监督管理科等26个科室和政治部。"
    assert.match(doc.result.organization.text ?? '', /26个科室和政治部。$/);
    assert.deepEqual(doc.result.organization.units, []);
    expectFact(fact(doc, 116, 'count', '26'), { unit: '个', topic: '科室' });
  });

  it('reads glossary terms without their bold marks, positions in the raw markdown (lines 945–969)', () => {
    const g = doc.result.glossary;
    assert.equal(g.length, 12);
    // "一、**基本支出**：指为保障机构正常运转…"
    assert.equal(g[0]?.term, '基本支出');
    assert.equal(g[0]?.pos.line, 945);
    // "### 六、**财政专户管理资金**：" (a markdown heading) then line 957 "专指教育收费，…"
    assert.deepEqual([g[5]?.term, g[5]?.pos.line, g[5]?.pos.endLine], ['财政专户管理资金', 955, 957]);
    assert.equal(doc.lines[954]?.raw.slice(g[5]?.pos.column?.start), '六、**财政专户管理资金**：');
  });

  it('points every single-line fact at its own text in the markdown', () => {
    for (const f of doc.facts.filter((x) => x.pos.endLine === undefined)) assert.equal(rawAt(doc, f.pos), f.text);
  });
});
