// Synthetic edge cases: what the reader must not do (years as amounts, pairing across sentences,
// throwing on garbage) and shapes the corpus shows only once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContext } from '../context.js';
import type { SourceLine } from '../lines/types.js';
import { expectFact, readText } from './corpus.fixture.js';
import { readNarrative } from './index.js';

describe('narrative edge cases', () => {
  it('returns an empty result for no lines', () => {
    const ctx = createContext('empty.txt');
    assert.deepEqual(readNarrative([], ctx), { sections: [], organization: { units: [] }, glossary: [] });
    assert.deepEqual(ctx.diagnostics, []);
  });

  it('does not read years, dates or document numbers as figures', () => {
    const doc = readText('一、情况说明\n2026年度本部门收入总计100.00万元，截至2026年3月2日共有车辆3辆，依据晋财综【2024】37号，2025年比2024年增加。');
    assert.deepEqual(
      doc.facts.map((f) => [f.kind, f.amount?.value ?? f.number]),
      [
        ['amount', '100.00'],
        ['count', '3'],
      ],
    );
  });

  it('never pairs a rate with an amount of another sentence', () => {
    const doc = readText('一、情况说明\n基本支出10.00万元。占50.00%。\n收入总计100万元，比上年增加10万元。支出总计90万元。增长5%。');
    const share = doc.facts.find((f) => f.kind === 'share');
    assert.equal(share?.subject, undefined);
    const change = doc.facts.find((f) => f.kind === 'change');
    expectFact(change!, { amount: '10', topic: '收入总计', direction: 'increase', basis: '上年' });
    const growth = doc.facts.find((f) => f.kind === 'growth');
    assert.equal(growth?.subject, undefined);
  });

  it('reads separators, zero and units exactly', () => {
    const doc = readText('一、情况说明\n收入总计4,558.02万元，上年结转0万元，国债资金1.5亿元，办公用房建筑面积12354.19平方米，设备3台（套），接待0批次、0人次。');
    const [total, carried, yi] = doc.facts.filter((f) => f.kind === 'amount');
    assert.deepEqual(total?.amount, { raw: '4,558.02', value: '4558.02', unit: '万元' });
    assert.deepEqual(carried?.amount, { raw: '0', value: '0', unit: '万元' });
    assert.deepEqual(yi?.amount, { raw: '1.5', value: '1.5', unit: '亿元' });
    assert.deepEqual(
      doc.facts.filter((f) => f.kind === 'count' || f.kind === 'area').map((f) => [f.kind, f.number, f.unit]),
      [
        ['area', '12354.19', '平方米'],
        ['count', '3', '台（套）'],
        ['count', '0', '批次'],
        ['count', '0', '人次'],
      ],
    );
  });

  it('joins a sentence wrapped across lines, even inside a number, and keeps both ends in the position', () => {
    const text = ['一、收支情况', '', '本年收入合计100', '', '.00万元，比上年增加1', '', '0.00万元，增长11.11%。'].join('\n');
    const doc = readText(text);
    const amount = doc.facts.find((f) => f.kind === 'amount');
    expectFact(amount!, { amount: '100.00', topic: '本年收入' });
    assert.deepEqual(amount?.pos, { file: 'synthetic.txt', line: 3, endLine: 5, column: { start: 6, end: 5 } });
    assert.equal(amount?.text, '100.00万元');
    const change = doc.facts.find((f) => f.kind === 'change');
    expectFact(change!, { amount: '10.00', topic: '本年收入', direction: 'increase' });
    assert.deepEqual([change?.pos.line, change?.pos.endLine], [5, 7]);
    assert.equal(doc.result.sections[0]?.text, '本年收入合计100.00万元，比上年增加10.00万元，增长11.11%。');
  });

  it('links a share to the breakdown item and a change after a breakdown to its total', () => {
    const doc = readText('一、支出\n支出预算4558.02万元，其中：基本支出3915.63万元，占85.91%；项目支出642.39万元，占14.09%。\n预算收入总计200万元，其中：本年收入150万元，上年结转50万元，比上年增加20万元，增长11.11%。');
    const shares = doc.facts.filter((f) => f.kind === 'share').map((f) => f.subject?.topic);
    assert.deepEqual(shares, ['基本支出', '项目支出']);
    expectFact(doc.facts.find((f) => f.kind === 'change')!, { topic: '收入总计' });
    expectFact(doc.facts.find((f) => f.kind === 'growth')!, { topic: '收入总计', number: '11.11' });
  });

  it('reads same/flat comparisons and the muddled 下降（增长）', () => {
    const doc = readText('一、三公\n因公出国（境）费0万元，与上年预算数相同；公务接待费支出与上一年度持平；公务用车运行维护费5万元，比2023年度减少1万元，下降（增长）16.67%。');
    const same = doc.facts.filter((f) => f.direction === 'same');
    assert.deepEqual(
      same.map((f) => [f.subject?.topic, f.basis, f.text]),
      [
        ['因公出国（境）费', '上年预算', '与上年预算数相同'],
        ['公务接待费', '上年', '与上一年度持平'],
      ],
    );
    expectFact(doc.facts.find((f) => f.kind === 'growth')!, { number: '16.67', direction: 'decrease', topic: '公务用车运行维护费', basis: '2023年' });
  });

  it('reads 决算数小于/大于预算数 as a change without an amount (Shanghai planning final lines 649, 819)', () => {
    const doc = readText('一、三公\n“三公”经费年初预算为2.85万元，支出决算为0.39万元。2024年度“三公”经费支出决算数小于预算数的主要原因：严格控制。人员经费决算数大于年初预算数。');
    const changes = doc.facts.filter((f) => f.kind === 'change');
    assert.deepEqual(
      changes.map((f) => [f.subject?.topic, f.direction, f.basis, f.text, f.amount]),
      [
        ['三公', 'decrease', '预算', '决算数小于预算数', undefined],
        ['人员经费', 'increase', '年初预算', '决算数大于年初预算数', undefined],
      ],
    );
    // Performance-form wording such as 小于1小时 is not a comparison of figures.
    assert.deepEqual(readText('一、说明\n系统故障修复响应时间小于1小时。').facts.filter((f) => f.kind === 'change'), []);
  });

  it('reads an amount after 增长 as a change only when the sentence compares', () => {
    const doc = readText('一、预算安排\n其中支持外贸发展370.00万，支持商销稳增长30.00万。\n比上年增长22.87万元。');
    assert.deepEqual(
      doc.facts.map((f) => [f.kind, f.amount?.value]),
      [
        ['amount', '370.00'],
        ['amount', '30.00'],
        ['change', '22.87'],
      ],
    );
  });

  it('tells a measure from a fund name and links a rate only within its sentence', () => {
    const doc = readText('一、支出\n一般公共预算100.00万元，占50.00%；基本支出决算为80.00万元，比上年预算90.00万元减少10.00万元。增长5%。');
    const [fund, spent, prior] = doc.facts.filter((f) => f.kind === 'amount');
    assert.equal(fund?.measure, undefined);
    assert.equal(spent?.measure, '决算');
    assert.equal(prior?.measure, '上年预算');
    const section = doc.result.sections[0];
    const ref = (kind: string): number | undefined => doc.facts.find((f) => f.kind === kind)?.ref;
    assert.equal(ref('share'), section?.facts.indexOf(fund!));
    // The change is the 决算's, not the prior-year figure printed right before it.
    assert.equal(ref('change'), section?.facts.indexOf(spent!));
    assert.equal(ref('growth'), undefined);
  });

  it('gives the names of a 类/款 path without a 项', () => {
    const doc = readText('一、支出\n“一般公共服务支出（类）商贸事务（款）”10.00万元。');
    expectFact(doc.facts[0]!, { amount: '10.00', code: '20113', path: ['一般公共服务支出', '商贸事务'], topic: '一般公共服务支出/商贸事务' });
  });

  it('keeps only a kind of unit as the note of a listed unit', () => {
    const doc = readText('一、机构设置情况\n- 1 某市应急管理局（机关）\n- 2 某市应急管理局人事处（机关党委）\n- 3 某市应急救援大队(参公)');
    assert.deepEqual(
      doc.result.organization.units.map((u) => [u.name, u.note]),
      [
        ['某市应急管理局', '机关'],
        ['某市应急管理局人事处（机关党委）', undefined],
        ['某市应急救援大队', '参公'],
      ],
    );
  });

  it('reads every change verb, with or without 了/为/约 after it', () => {
    // The reader tests the last characters before a figure before it runs its verb patterns; no verb may be lost.
    const moneyVerbs = ['增加', '减少', '增长', '下降', '降低', '上升', '节约', '节省', '压减', '核减', '增', '减'];
    const rateVerbs = ['增长', '下降', '减少', '增加', '降低', '上升', '增幅', '降幅', '减幅', '提高', '下降（增长）'];
    for (const suffix of ['', '了', '为', '约']) {
      for (const verb of moneyVerbs) {
        const doc = readText(`一、说明\n收入总计100万元，比上年${verb}${suffix}5.00万元。`);
        assert.equal(doc.facts.find((f) => f.amount?.value === '5.00')?.kind, 'change', `${verb}${suffix}5.00万元`);
      }
      for (const verb of rateVerbs) {
        const doc = readText(`一、说明\n收入总计100万元，${verb}${suffix}5.5%。`);
        assert.equal(doc.facts.find((f) => f.number === '5.5')?.kind, 'growth', `${verb}${suffix}5.5%`);
      }
    }
  });

  it('is not derailed by tab-separated table rows between paragraphs', () => {
    const doc = readText('一、支出\n项目\t合计\t基本支出\n合计\t100.00\t50.00\n二、基本\t50.00\t\n基本支出50.00万元，占50.00%。');
    assert.deepEqual(
      doc.result.sections.map((s) => s.title),
      ['支出'],
    );
    assert.deepEqual(
      doc.facts.map((f) => [f.kind, f.amount?.value ?? f.number]),
      [
        ['amount', '50.00'],
        ['share', '50.00'],
      ],
    );
  });

  it('does not take a wrapped numbered paragraph of indented text for a heading', () => {
    const lines = [
      '  一、主要职能',
      '',
      '  1.履行全民所有自然资源资产所有者职责和所有国土空间',
      '',
      '用途管制职责。贯彻执行有关法律。',
      '',
      '  （一）',
      '    “三公”经费支出情况说明。',
      '  “三公”经费支出 0.39 万元。',
    ].join('\n');
    const doc = readText(lines);
    const top = doc.result.sections[0];
    assert.equal(top?.title, '主要职能');
    assert.match(top?.text ?? '', /^1\.履行全民所有自然资源资产所有者职责和所有国土空间用途管制职责。/);
    assert.deepEqual(top?.children.map((s) => [s.number, s.title, s.level]), [['（一）', '“三公”经费支出情况说明', 3]]);
    expectFact(top!.children[0]!.facts[0]!, { amount: '0.39', topic: '三公' });
  });

  it('drops a title page before the first heading but keeps prose that lost its heading', () => {
    const title = readText('阳泉市应急管理局\n2026年度部门预算公开\n一、收支\n收入总计1万元。');
    assert.deepEqual(title.result.sections.map((s) => s.title), ['收支']);
    const prose = readText('本委是主管全区产业经济的区政府工作部门，为正处级。\n一、收支\n收入总计1万元。');
    assert.deepEqual(prose.result.sections.map((s) => [s.number, s.title]), [['', ''], ['一', '收支']]);
    assert.equal(prose.result.sections[0]?.text, '本委是主管全区产业经济的区政府工作部门，为正处级。');
  });

  it('reads glossary entries under 名词解释, including a definition on the next line', () => {
    const doc = readText('第四部分 名词解释\n一、基本支出：指人员支出和公用支出。\n二、财政专户管理资金：\n专指教育收费。\n（三）上年结转：指结转资金。');
    assert.deepEqual(
      doc.result.glossary.map((g) => [g.term, g.definition, g.pos.line]),
      [
        ['基本支出', '指人员支出和公用支出。', 2],
        ['财政专户管理资金', '专指教育收费。', 3],
        ['上年结转', '指结转资金。', 5],
      ],
    );
    // Inside 名词解释 numbered lines are entries, not sections.
    assert.deepEqual(doc.result.sections[0]?.children, []);
  });

  it('never throws on garbage and reports nothing it cannot place', () => {
    const alphabet = '0123456789.,%％万元亿占比增加减少增长下降与上年相同（）()一二三、：；。，类款项“”- \t第部分';
    let seed = 7;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 20; round++) {
      const text = Array.from({ length: 3000 }, () => (rand() < 0.03 ? '\n' : (alphabet[Math.floor(rand() * alphabet.length)] ?? ''))).join('');
      const doc = readText(text);
      for (const f of doc.facts) assert.ok(f.pos.line >= 1 && f.text !== '');
    }
    // Malformed lines: no cells, spans beyond the raw text, a lone surrogate.
    const odd: SourceLine[] = [
      { no: 1, raw: '一、标题', text: '一、标题', cells: [] },
      { no: 2, raw: 'x', text: '收入总计5万元', cells: [{ text: '收入总计5万元', start: 40, end: 47 }] },
      { no: 3, raw: '\ud800', text: '\ud800', cells: [{ text: '\ud800', start: 0, end: 1 }] },
    ];
    const ctx = createContext('odd.txt');
    const r = readNarrative(odd, ctx);
    assert.ok(Array.isArray(r.sections));
  });
});
