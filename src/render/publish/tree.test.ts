import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusDocument } from '../../../test/corpus-document.js';
import type { Document } from '../../model/index.js';
import { type PublishNode, type TableNode, publishTree } from './tree.js';

const text = (n: PublishNode): string => (n.type === 'paragraph' ? n.runs.map((r) => r.text).join('') : '');
/** The paragraphs that follow a heading (up to the next heading of the same or a higher level). */
function under(tree: readonly PublishNode[], heading: string): string {
  const i = tree.findIndex((n) => n.type === 'heading' && n.text.includes(heading));
  assert.ok(i >= 0, `no heading ${heading}`);
  const level = (tree[i] as { level: number }).level;
  const end = tree.findIndex((n, k) => k > i && n.type === 'heading' && n.level <= level);
  return tree.slice(i + 1, end < 0 ? undefined : end).map(text).join('\n');
}
const tables = (tree: readonly PublishNode[]): TableNode[] => tree.filter((n): n is TableNode => n.type === 'table');
const amountsOf = (t: TableNode): string[] => t.rows.flatMap((r) => r.cells.filter((c) => c.num).map((c) => c.text)).sort();

function sameTables(doc: Document, tree: readonly PublishNode[]): void {
  const printed = tables(tree);
  assert.deepEqual(printed.map((t) => t.title), doc.tables.map((t) => t.title));
  doc.tables.forEach((t, i) => {
    const model = t.noData ? [] : t.rows.flatMap((r) => Object.values(r.cells).filter((c) => c.amount).map((c) => c.text)).sort();
    assert.deepEqual(amountsOf(printed[i] as TableNode), model, t.title);
  });
}

// Every figure taken from a table cell is that cell's amount (the narrative figures are the tables').
function figuresAreCells(doc: Document, tree: readonly PublishNode[]): number {
  const cells = new Map(doc.tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.cells))).map((c) => [`${c.pos.line}:${c.pos.column?.start}`, c]));
  let n = 0;
  for (const node of tree)
    if (node.type === 'paragraph')
      for (const r of node.runs)
        if (r.figure?.source && r.figure.unit === '万元') {
          const cell = cells.get(`${r.figure.source.line}:${r.figure.source.column?.start}`);
          assert.ok(cell, `figure ${r.text} points at no cell`);
          assert.equal(Number(r.figure.value).toFixed(2), Number(cell.amount?.value ?? '0').toFixed(2), r.text);
          n += 1;
        }
  return n;
}

test('山西 2026: every table in template order with the same amounts, headers with spans, 本表无数据 kept', () => {
  const doc = corpusDocument('shanxi-emergency-2026-budget.txt');
  const tree = publishTree(doc);
  sameTables(doc, tree);
  const [summary] = tables(tree);
  // Line 135: 收入总计 37420.03 | 支出总计 37420.03 33422.27 3997.75, printed on one line of table 1.
  assert.ok(summary?.rows.some((r) => r.cells.map((c) => c.text).join('|') === '收入总计|37420.03|支出总计|37420.03|33422.27|3997.75'));
  assert.deepEqual(summary?.header[0]?.map((c) => [c.text, c.colspan]), [['收入', 2], ['支出', 4]]);
  // Lines 357-359: 政府性基金预算收入表 prints only 合计 and 注：本表无数据.
  const gf = tables(tree).find((t) => t.title.startsWith('2026年政府性基金预算收入表'));
  assert.equal(gf?.noData, true);
  assert.ok(gf?.notes.includes('注：本表无数据'));
  const toc = tree.find((n) => n.type === 'toc');
  assert.equal(toc?.type === 'toc' && toc.entries.filter((e) => e.text.includes('2026年') && e.text.endsWith('表') || e.text.endsWith('）')).length >= 13, true);
});

test('山西 2026: the narrative is written from the table figures, with shares, changes and the entered reasons', () => {
  const doc = corpusDocument('shanxi-emergency-2026-budget.txt');
  const tree = publishTree(doc);
  assert.ok(figuresAreCells(doc, tree) > 40);
  // Line 135 收入总计 37420.03, line 133 本年收入合计 33422.27, line 134 上年结转 3997.75; line 471: 减少16714.11万元，下降30.88%.
  const overall = under(tree, '部门预算收支数据变动情况及原因');
  assert.match(overall, /预算收入总计37420\.03万元，其中：本年收入33422\.27万元，上年结转3997\.75万元，比上年减少16714\.11万元，下降30\.88%，主要原因是上年收入包含国债/);
  // Line 102 一般公共预算 31190.81 = 83.35% of 37420.03; line 106 单位资金 2231.46 = 5.96%.
  assert.match(under(tree, '收入预算情况说明'), /一般公共预算拨款收入31190\.81万元，占83\.35%.*单位资金2231\.46万元，占5\.96%/);
  // Line 183: 合计 37420.03, 基本支出 8570.08 (22.90%), 项目支出 28849.94 (77.10%).
  assert.match(under(tree, '支出预算情况说明'), /支出预算37420\.03万元，其中：基本支出8570\.08万元，占22\.90%；项目支出28849\.94万元，占77\.10%/);
  // Line 255 收入总计 35188.56; lines 219 + 252: 一般公共预算 31190.81 + 3997.75.
  assert.match(under(tree, '财政拨款收支预算总体情况说明'), /总预算35188\.56万元。其中：一般公共预算拨款35188\.56万元/);
  // Line 279: 灾害防治及应急管理支出 29857.56 of 31190.81 = 95.73%; line 281: 2240101 行政运行 4518.27.
  const gpb = under(tree, '一般公共预算支出情况说明');
  assert.match(gpb, /灾害防治及应急管理支出29857\.56万元，占95\.73%/);
  assert.match(gpb, /灾害防治及应急管理支出（类）应急管理事务（款）行政运行（项）4518\.27万元/);
  // Line 494 states the change (增加15787.66万元) but no reason: the reason is a placeholder to fill.
  assert.match(gpb, /比上年增加15787\.66万元，增长102\.50%，【待填写：一般公共预算当年支出增减变化的原因】/);
  // Line 295: 合计 7168.38, 人员经费 5997.71, 公用经费 1170.67.
  assert.match(under(tree, '一般公共预算基本支出情况说明'), /基本支出7168\.38万元，其中：人员经费5997\.71万元.*公用经费1170\.67万元/);
  // Line 402: 合计 57.00; line 515: 与2025年预算数相同.
  assert.match(under(tree, '“三公”经费增减变动原因说明'), /“三公”经费预算57\.00万元，与上年持平。其中：因公出国（境）费0\.00万元，与上年持平；公务接待费20\.00万元/);
  // Line 412: 部门合计 1042.42; line 523: 增加24.09万元，增长2.37%，原因是第一书记和驻村队员补助增加.
  assert.match(under(tree, '机关运行经费增减变动原因说明'), /预算1042\.42万元，比上年增加24\.09万元，增长2\.37%，主要原因是第一书记和驻村队员补助增加/);
  // Line 527: 政府采购 8,268.45 = 货物 1,021.25 + 工程 0 + 服务 7,247.20 (entered in the narrative, not in a table).
  assert.match(under(tree, '政府采购情况'), /8268\.45万元。其中：政府采购货物预算1021\.25万元、政府采购工程预算0\.00万元、政府采购服务预算7247\.20万元/);
  // Line 425: table 12 total 24852.19 for 21 rows, 15 of them projects; 15 forms follow.
  assert.match(under(tree, '绩效管理情况'), /纳入绩效目标管理的项目15个，共计金额24852\.19万元。公开项目绩效目标15个/);
  assert.equal(tree.filter((n) => n.type === 'form' && n.kind === 'project').length, 15);
  assert.match(under(tree, '名词解释'), /^一、基本支出：指为保障机构正常运转/);
});

test('阳泉 2026: the same tables, and 三公 with the change and reasons entered for each item', () => {
  const doc = corpusDocument('yangquan-emergency-2026-budget.txt');
  const tree = publishTree(doc);
  sameTables(doc, tree);
  assert.ok(figuresAreCells(doc, tree) > 30);
  // Line 107 收入总计 4558.02; line 452: 增加139.31万元，增长3.15%，主要原因是项目经费增加.
  assert.match(under(tree, '部门预算收支数据变动情况及原因'), /预算收入总计4558\.02万元.*比上年增加139\.31万元，增长3\.15%，主要原因是项目经费增加/);
  // Line 384: 三公 合计 46.80; line 496: 比2025年减少6.20万元 (6.20 ÷ 53.00 = 11.70%), 主要原因是取消公务接待费预算.
  const three = under(tree, '“三公”经费增减变动原因说明');
  assert.match(three, /“三公”经费预算46\.80万元，比上年减少6\.20万元，下降11\.70%，主要原因是取消公务接待费预算/);
  // Line 500: 公务接待费0万元，与上年相比预算数减少0.80万元，主要原因是取消公务接待费预算.
  assert.match(three, /公务接待费0\.00万元，比上年减少0\.80万元，下降100\.00%，主要原因是取消公务接待费预算；/);
  // Line 160: 项目支出 642.39 of 4558.02 = 14.09%.
  assert.match(under(tree, '支出预算情况说明'), /项目支出642\.39万元，占14\.09%/);
  // Line 394: 部门合计 145.59.
  assert.match(under(tree, '机关运行经费增减变动原因说明'), /机关运行经费财政拨款预算145\.59万元，比上年减少8\.41万元，下降5\.46%，主要原因是公用经费有所减少/);
  assert.equal(tree.filter((n) => n.type === 'form').length, 20);
});

test('大同 2025 is a 单位 budget: headings speak of 本单位 and 单位预算, tables of 单位名称', () => {
  const tree = publishTree(corpusDocument('datong-emergency-2025-unit-budget.md'));
  const headings = tree.flatMap((n) => (n.type === 'heading' ? [n.text] : []));
  assert.ok(headings.includes('一、本单位职责'));
  assert.ok(headings.some((h) => h.includes('单位预算报表')));
  assert.ok(!headings.some((h) => h.includes('部门预算')));
  assert.ok(tables(tree).every((t) => t.bodyLabel === '单位名称'));
});

test('阳泉 2024 决算: 年初预算 vs 决算 with the completion rate, and the self-evaluation form as 第五部分', () => {
  const doc = corpusDocument('yangquan-emergency-2024-final-accounts.txt');
  const tree = publishTree(doc);
  sameTables(doc, tree);
  // 公开05表 合计 5814.32; the narrative's 年初预算 4,492.26 (entered, the tables do not print it): 129.43%.
  assert.match(under(tree, '一般公共预算财政拨款支出决算具体情况'), /年初预算4492\.26万元，支出决算5814\.32万元，完成年初预算的129\.43%/);
  // 公开09表: 预算数 62.59, 决算数 62.59.
  assert.match(under(tree, '“三公”经费支出决算情况说明'), /全年预算62\.59万元，支出决算62\.59万元，完成全年预算的100\.00%/);
  const i = tree.findIndex((n) => n.type === 'heading' && n.text === '第五部分 附件 绩效自评表');
  assert.ok(i > tree.findIndex((n) => n.type === 'heading' && n.text === '第四部分 名词解释'));
  assert.equal(tree.filter((n) => n.type === 'form' && n.kind === 'self-evaluation').length, 1);
});
