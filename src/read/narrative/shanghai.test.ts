// The two Shanghai PDFs through `pdftotext -layout` (lines wrapped at the page width, joined before
// reading). Expected values read by hand from that text (line numbers of the pdftotext output).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectFact, fact, factsOn, rawAt, readDoc, refOf, sectionTitled } from './corpus.fixture.js';

describe('shanghai putuo commerce 2025 budget', () => {
  // Lines 1–21: title and table of contents.
  const doc = readDoc('shanghai-putuo-commerce-2025-budget.pdf', 21);

  it('reads the centred titles as top-level sections', () => {
    assert.deepEqual(
      doc.result.sections.map((s) => s.title),
      [
        '上海市普陀区商务委员会主要职能',
        '上海市普陀区商务委员会机构设置',
        '名词解释',
        '2025年部门预算编制说明',
        '其他相关情况说明',
        '科技创新专项经费情况说明',
        '生命健康专项（政策资金）经费情况说明',
        '商业创新专项（政策资金）经费情况说明',
        '贸易高质量发展专项（政策资金）经费情况说明',
      ],
    );
    // Line 372 " 一、2025年“三公”经费预算情况说明" … line 385 " 五、国有资产占有使用情况"
    assert.deepEqual(
      sectionTitled(doc, '其他相关情况说明').children.map((s) => s.title),
      ['2025年“三公”经费预算情况说明', '机关运行经费预算', '政府采购预算情况', '绩效目标设置情况', '国有资产占有使用情况'],
    );
    // Each project: "一、项目概述" … "七、绩效目标".
    assert.equal(sectionTitled(doc, '科技创新专项经费情况说明').children.length, 7);
  });

  it('reads the totals of 编制说明 across wrapped lines (lines 100–104)', () => {
    // "2025年，上海市普陀区商务委员会收入预算37,151.47万元，其中：财政拨款收入37,151.47万元，比2024年预算执行数增加" /
    // "24,558.18万元；事业收入0万元；…"
    expectFact(factsOn(doc, 100, 'amount')[0]!, { amount: '37151.47', topic: '收入总计' });
    const change = fact(doc, 100, 'change');
    expectFact(change, { amount: '24558.18', topic: '财政拨款收入', direction: 'increase', basis: '2024年预算执行数' });
    // "收入预算37,151.47万元": the measure said between the topic and the figure.
    expectFact(factsOn(doc, 100, 'amount')[0]!, { measure: '预算' });
    assert.equal(refOf(doc, change), factsOn(doc, 100, 'amount')[1]);
    assert.deepEqual([change.pos.line, change.pos.endLine], [100, 101]);
    assert.equal(change.text, '增加24,558.18万元');
    // "政府性基金拨款支出预算0万元，比2024年预算执行数持平；"
    const same = factsOn(doc, 103, 'change').filter((f) => f.direction === 'same');
    assert.equal(same.length, 1);
    expectFact(same[0]!, { topic: '政府性基金预算', basis: '2024年预算执行数' });
  });

  it('reads one amount per 项 with its 类/款/项 path and code (lines 108–140)', () => {
    // "1. “一般公共服务支出（类）商贸事务（款）行政运行（项）”938.99万元，主要用于机关行政运行和机关人员经费支出 。"
    expectFact(fact(doc, 108, 'amount'), {
      amount: '938.99',
      topic: '一般公共服务支出/商贸事务/行政运行',
      code: '2011301',
      path: ['一般公共服务支出', '商贸事务', '行政运行'],
    });
    // "5. “科学技术支出（类）科技条件与服务（款）科技条件专项（项）”1,720.00万元，…"
    expectFact(fact(doc, 116, 'amount'), { amount: '1720.00', code: '2060503' });
    // "11. “卫生健康支出（类）行政事业单位医疗（款)行政单位医疗（项）”63.19万元" — mixed brackets.
    expectFact(fact(doc, 129, 'amount'), {
      amount: '63.19',
      topic: '卫生健康支出/行政事业单位医疗/行政单位医疗',
      code: '2101101',
      path: ['卫生健康支出', '行政事业单位医疗', '行政单位医疗'],
    });
    // "13. “资源勘探工业信息等支出（类）…其他支持中小企业发展和管理支出（项）”29,381.00万" / "元，主要用于…"
    const wrapped = fact(doc, 133, 'amount');
    expectFact(wrapped, { amount: '29381.00', code: '2150899' });
    assert.deepEqual([wrapped.pos.line, wrapped.pos.endLine], [133, 134]);
    // "16. “住房保障支出（类)住房改革支出（款)购房补贴（项）”148.80万元"
    expectFact(fact(doc, 140, 'amount'), { amount: '148.80', topic: '住房保障支出/住房改革支出/购房补贴', code: '2210203' });
    const items = sectionTitled(doc, '2025年部门预算编制说明').facts.filter((f) => f.subject?.topic.includes('/'));
    assert.equal(items.length, 16);
  });

  it('reads 三公, 机关运行经费, procurement and assets (lines 373–391)', () => {
    // "2025年“三公”经费预算数为1.00万元，与2024年预算持平。"
    expectFact(fact(doc, 373, 'amount'), { amount: '1.00', topic: '三公' });
    expectFact(fact(doc, 373, 'change'), { topic: '三公', direction: 'same', basis: '2024年预算' });
    // "（三）公务接待费1.00万元。与2024年预算持平，…"
    expectFact(fact(doc, 377, 'amount'), { amount: '1.00', topic: '公务接待费' });
    // "财政拨款的机关运行经费预算为171.01万元。"
    assert.equal(doc.result.adminOperating?.amount.value, '171.01');
    // "本部门政府采购预算38.20万元，其中：政府采购货物预算7.80万元、政府采购工程预算0万元、政府采购服务预算30.40万" / "元。"
    const p = doc.result.procurement;
    assert.deepEqual([p?.total?.value, p?.goods?.value, p?.works?.value, p?.services?.value], ['38.20', '7.80', '0', '30.40']);
    // "本部门编报绩效目标的项目共25个，涉及项目预算资金11381.60万元。"
    expectFact(fact(doc, 384, 'count'), { number: '25', topic: '绩效项目' });
    // "截至2024年8月31日，…共有车辆0辆，其中：部级领导干部用车0辆、…其他用车0辆；单价100万元（含）以上设备（不
    // 含车辆）0台（套）。" — the next paragraph (预算安排购置车辆0辆) plans purchases and is not a holding.
    const a = doc.result.assets;
    assert.equal(a?.asOf, '2024-08-31');
    assert.deepEqual(a?.vehicles.map((v) => v.type), ['部级领导干部用车', '主要领导干部用车', '机要通信用车', '应急保障用车', '执法执勤用车', '特种专业技术用车', '离退休干部用车', '其他用车']);
    assert.deepEqual([a?.vehicleTotal?.count, a?.vehicleTotal?.pos.line, a?.vehicleQuota], [0, 386, undefined]);
    assert.deepEqual(a?.equipment.map((e) => `${e.threshold}:${e.count}`), ['100万元:0']);
  });

  it('reads project budgets written in bare 万 (line 407)', () => {
    // "2025年度项目总预算1720.00万，其中各级企业技术中心及专精特新认定1720.00万。"
    const [total] = factsOn(doc, 407, 'amount');
    assert.ok(total);
    expectFact(total, { amount: '1720.00', topic: '项目总预算' });
    assert.equal(total.text, '1720.00万');
    // "支持商销稳增长30.00万" names a programme; it is an amount, not a change.
    assert.equal(factsOn(doc, 467, 'change').length, 0);
    assert.ok(factsOn(doc, 467, 'amount').some((f) => f.amount?.value === '30.00'));
  });

  it('reads the organisation and the glossary (lines 75–97)', () => {
    // "1. 商务委本部，上海市普陀区商务委员会机关设9个内设机构，…" / "2. 上海市普陀区中小企业服务中心，不单列预算。"
    assert.deepEqual(
      doc.result.organization.units.map((u) => [u.index, u.name]),
      [
        [1, '商务委本部'],
        [2, '上海市普陀区中小企业服务中心'],
      ],
    );
    assert.match(doc.result.organization.text ?? '', /^上海市普陀区商务委员会部门预算是包括商务委本部以及下属1家预算单位的综合收支计划。/);
    // "（一）财政拨款收入：是区级预算主管部门…" … "（八）机关运行经费：指行政单位…"
    const g = doc.result.glossary;
    assert.equal(g.length, 8);
    assert.deepEqual([g[0]?.term, g[0]?.pos.line, g[0]?.pos.endLine], ['财政拨款收入', 82, 83]);
    assert.match(g[0]?.definition ?? '', /^是区级预算主管部门.*国有资本经营预算财政拨款。$/);
    assert.equal(g[6]?.term, '“三公”经费');
  });
});

describe('shanghai putuo planning 2024 final accounts', () => {
  // Lines 1–60: cover and table of contents.
  const doc = readDoc('shanghai-putuo-planning-2024-final-accounts.pdf', 60);

  it('reads parts and numbered sections of a Word-made PDF', () => {
    // Line 578 "第三部分 上海市普陀区规划和自然资源局 2024 年度部门决算" continues on 580 "情况说明".
    assert.deepEqual(
      doc.result.sections.map((s) => `${s.number} ${s.title}`),
      ['第一部分 上海市普陀区规划和自然资源局概况', '第三部分 上海市普陀区规划和自然资源局2024年度部门决算情况说明', '第四部分 名词解释'],
    );
    assert.equal(doc.result.sections[1]?.children.length, 11);
    // Line 806 "（一）" with its title on line 807 "“三公”经费财政拨款支出决算总体情况说明。"
    assert.deepEqual(
      sectionTitled(doc, '财政拨款“三公”经费支出决算情况说明').children.map((s) => [s.number, s.title, s.pos.line]),
      [
        ['（一）', '“三公”经费财政拨款支出决算总体情况说明', 806],
        ['（二）', '“三公”经费财政拨款支出决算具体情况说明', 835],
      ],
    );
    // Line 67 "1.履行全民所有自然资源资产所有者职责和所有国土空间" wraps onto line 69: a paragraph, not a heading.
    assert.deepEqual(sectionTitled(doc, '主要职能').children, []);
  });

  it('joins figures split from their unit across lines (lines 586–590)', () => {
    // "上海市普陀区规划和自然资源局 2024 年度收入支出总计" / "9859.38 万元。与 2023 年度相比，收入支出总计增加 1062.85" /
    // "万元，增长 12.08%。"
    expectFact(fact(doc, 588, 'amount'), { amount: '9859.38', topic: '收入支出总计' });
    const change = fact(doc, 588, 'change');
    expectFact(change, { amount: '1062.85', direction: 'increase', basis: '2023年' });
    assert.deepEqual([change.pos.line, change.pos.endLine], [588, 590]);
    assert.equal(change.text, '增加 1062.85万元');
    expectFact(fact(doc, 590, 'growth'), { number: '12.08', direction: 'increase' });
  });

  it('warns about a growth rate printed without % (line 627)', () => {
    // "1193.20 万元，增长 13.95。主要原因：…"
    const g = fact(doc, 627, 'growth');
    expectFact(g, { number: '13.95', direction: 'increase', topic: '一般公共预算' });
    assert.equal(g.unit, undefined);
    assert.ok(doc.ctx.diagnostics.some((d) => d.code === 'narrative-percent-missing' && d.pos?.line === 627));
  });

  it('reads per-项 paragraphs: path, 年初预算, 决算 and completion (lines 647–781)', () => {
    // "一般公共预算财政拨款支出年初预算为 10210.34 万元，支" / "出决算为 9746.50 万元，完成年初预算的 95.45%。"
    expectFact(fact(doc, 647, 'amount'), { amount: '10210.34', measure: '年初预算', topic: '一般公共预算' });
    const overall = fact(doc, 649, 'completion');
    expectFact(overall, { number: '95.45', basis: '年初预算' });
    const spent = fact(doc, 649, 'amount', '9746.50');
    expectFact(spent, { measure: '决算', topic: '一般公共预算' });
    assert.equal(refOf(doc, overall), spent);
    // "1、社会保障和就业支出（类）行政事业单位养老支出（款）" / "行政单位离退休（项）。主要用于：…年" /
    // "初预算为 54.53 万元，支出决算为 54.53 万元，完成年初预算的" / "100.00%。决算数同预算数持平。"
    const path = '社会保障和就业支出/行政事业单位养老支出/行政单位离退休';
    const [budget, actual] = factsOn(doc, 659, 'amount');
    assert.ok(budget && actual);
    const names = ['社会保障和就业支出', '行政事业单位养老支出', '行政单位离退休'];
    expectFact(budget, { amount: '54.53', topic: path, code: '2080501', path: names, measure: '年初预算' });
    expectFact(actual, { amount: '54.53', topic: path, code: '2080501', path: names, measure: '决算' });
    assert.equal(budget.basis, undefined);
    assert.equal(actual.basis, undefined);
    const done = fact(doc, 659, 'completion');
    expectFact(done, { number: '100.00', topic: path, path: names });
    assert.deepEqual([done.pos.line, done.pos.endLine], [659, 661]);
    assert.equal(refOf(doc, done), actual);
    // "决算数同预算数持平。" is a sentence of its own: it names no amount of its clause.
    const flat = fact(doc, 661, 'change');
    expectFact(flat, { direction: 'same', basis: '预算', topic: path });
    assert.equal(flat.ref, undefined);
    // "7、卫生健康支出（类）行政事业单位医疗（款）事业单位" / "医疗（项）。" / "主要用于：" / … / "年初预算为 196.40" / "万元，…完成年初预算的 99.94%。"
    expectFact(fact(doc, 717, 'completion'), { number: '99.94', code: '2101102' });
    // "12、住房保障支出（类）住房保障支出（款）住房公积金（项）": the 款 is misprinted (住房改革支出), so no code.
    const misprinted = fact(doc, 768, 'amount');
    expectFact(misprinted, { amount: '289.59', topic: '住房保障支出/住房保障支出/住房公积金', path: ['住房保障支出', '住房保障支出', '住房公积金'] });
    assert.equal(misprinted.subject?.code, undefined);
    assert.ok(doc.ctx.diagnostics.some((d) => d.code === 'narrative-unknown-classification' && d.message.includes('住房保障支出/住房保障支出/住房公积金')));
  });

  it('reads 三公 completion, the muddled 下降（增长） and 批次/人次 (lines 809–866)', () => {
    // "“三公”经费财政拨款支出年初预算为 2.85 万元，支出决" / "算为 0.39 万元，完成预算的 13.68%，"
    expectFact(factsOn(doc, 811, 'completion')[0]!, { number: '13.68', basis: '预算', topic: '三公' });
    // "费支出决算数比 2023 年度减" / "少 0.15 万元，下降（增长）27.78%"
    // "其中：因公出国（境）费决算为 0.00 万元，完成预算的 0.00%；"
    const part = fact(doc, 813, 'completion');
    assert.equal(refOf(doc, part), fact(doc, 813, 'amount', '0.00'));
    expectFact(fact(doc, 813, 'amount', '0.00'), { topic: '因公出国（境）费', measure: '决算' });
    const change = fact(doc, 823, 'change');
    expectFact(change, { amount: '0.15', direction: 'decrease', basis: '2023年', topic: '三公' });
    assert.equal(change.text, '减少 0.15 万元');
    expectFact(fact(doc, 825, 'growth'), { number: '27.78', direction: 'decrease', topic: '三公' });
    // "接待 2 批次、26 人次，其中：接待外宾 0 批次、0 人次。"
    assert.deepEqual(
      factsOn(doc, 866, 'count').map((f) => [f.number, f.unit]),
      [
        ['2', '批次'],
        ['26', '人次'],
        ['0', '批次'],
        ['0', '人次'],
      ],
    );
  });

  it('reads 机关运行经费, procurement and assets (lines 915–952)', () => {
    // "机关运行经费支出 142.80 万元，比 2023 年度减少 13.52 万" / "元，下降 8.65%。"
    assert.equal(doc.result.adminOperating?.amount.value, '142.80');
    expectFact(fact(doc, 915, 'change'), { amount: '13.52', direction: 'decrease', basis: '2023年', topic: '机关运行经费' });
    expectFact(fact(doc, 917, 'growth'), { number: '8.65', direction: 'decrease', topic: '机关运行经费' });
    // "政府采购金额" / "（以合同签订为准）为 2319.21 万元，" / "其中：" / "货物采购金额 122.43" / "万元、工程采购金额 1387.72 万元、服务采购金额 809.07 万元。"
    const p = doc.result.procurement;
    assert.deepEqual([p?.total?.value, p?.goods?.value, p?.works?.value, p?.services?.value], ['2319.21', '122.43', '1387.72', '809.07']);
    // "截至 2024 年 12 月 31 日，…共有车辆 0 辆，…单价 100 万元（含）以上设备（不含车辆）" / "0 台（套）"
    assert.equal(doc.result.assets?.asOf, '2024-12-31');
    assert.deepEqual(doc.result.assets?.equipment.map((e) => `${e.threshold}:${e.count}`), ['100万元:0']);
  });

  it('reads the 序号/单位名称 table whose rows wrap around their number (lines 169–187)', () => {
    // "1    上海市普陀区规划和自然资源局（本级）" / "上海市普陀区规划和自然资源管理事务中" + "5" + "心（下属事业单位）"
    const u = doc.result.organization.units;
    // The bracketed words beside a name (本级; 下属事业单位 in the 备注 column) are the unit’s note.
    assert.deepEqual(
      u.map((x) => [x.index, x.name, x.note]),
      [
        [1, '上海市普陀区规划和自然资源局', '本级'],
        [2, '上海市普陀区规划和自然资源局执法大队', '下属参公事业单位'],
        [3, '上海市普陀区土地发展中心', '下属事业单位'],
        [4, '上海市普陀区自然资源确权登记事务中心', '下属事业单位'],
        [5, '上海市普陀区规划和自然资源管理事务中心', '下属事业单位'],
      ],
    );
    assert.equal(rawAt(doc, u[0]!.pos), '上海市普陀区规划和自然资源局');
    assert.deepEqual([u[4]?.pos.line, u[4]?.pos.endLine], [185, 187]);
  });

  it('reads the eleven glossary entries, joined across wrapped lines (lines 958–1023)', () => {
    const g = doc.result.glossary;
    assert.equal(g.length, 11);
    // "四、其他收入：指单位取得的除“财政拨款收入”" / "、“事业收" / "入”" / " 、“经营收入”等以外的收入。"
    assert.deepEqual([g[3]?.term, g[3]?.definition], ['其他收入', '指单位取得的除“财政拨款收入”、“事业收入”、“经营收入”等以外的收入。']);
  });

  it('points every single-line fact at its own text', () => {
    for (const f of doc.facts.filter((x) => x.pos.endLine === undefined)) assert.equal(rawAt(doc, f.pos), f.text);
  });
});
