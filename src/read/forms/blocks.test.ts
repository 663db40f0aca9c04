import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readLayoutText } from '../layout/index.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import { readTsvText } from '../lines/tsv.js';
import { findFormBlocks } from './index.js';
import { readCorpus } from './testkit.js';

const kinds = (name: string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const b of readCorpus(name).blocks) out[b.kind] = (out[b.kind] ?? 0) + 1;
  return out;
};
const lineNo = (name: string, index: number): number => readCorpus(name).lines[index]!.no;

test('form counts per corpus document (titles counted by hand with grep 绩效目标表/申报表/自评表)', () => {
  assert.deepEqual(kinds('yangquan-emergency-2026-budget.txt'), { 'department-target': 1, project: 19 });
  // 12 titles in the document although its prose (line 518) and table 12 list 13 projects:
  // XM行政事业单位遗属补助经费 (21.63万元) has no form.
  assert.deepEqual(kinds('datong-emergency-2025-unit-budget.md'), { project: 12 });
  assert.deepEqual(kinds('shanxi-emergency-2026-budget.txt'), { 'department-target': 1, project: 15 });
  assert.deepEqual(kinds('jinzhong-emergency-2022-performance-targets.txt'), { project: 43 });
  assert.deepEqual(kinds('yangquan-emergency-2024-final-accounts.txt'), { 'self-evaluation': 1 });
});

test('no forms in the Shanghai documents', () => {
  for (const pdf of ['shanghai-putuo-commerce-2025-budget.pdf', 'shanghai-putuo-planning-2024-final-accounts.pdf']) {
    const lines = readLayoutText(layoutTextOf(pdf), pdf).lines;
    assert.deepEqual(findFormBlocks(lines), [], pdf);
  }
});

test('blocks start at the title and stop before the next title or the narrative', () => {
  const y = 'yangquan-emergency-2026-budget.txt';
  const blocks = readCorpus(y).blocks;
  // 528: 市级预算部门（单位）整体支出绩效目标申报表; 579: the first 项目支出绩效目标表
  assert.equal(lineNo(y, blocks[0]!.start), 528);
  assert.equal(lineNo(y, blocks[0]!.end - 1), 577);
  assert.equal(lineNo(y, blocks[1]!.start), 579);
  assert.equal(lineNo(y, blocks[1]!.end - 1), 609); // 负责人:→经办人:→联系电话:→→填报日期:→→20251223161352
  // The last form (1235 应急救援综合保障经费) ends at its footer, before 1280 十一、国有资产占有使用情况.
  const last = blocks[blocks.length - 1]!;
  assert.equal(lineNo(y, last.start), 1235);
  assert.equal(lineNo(y, last.end - 1), 1278);
  // The sentence at 526 （项目绩效目标表公开情况见附件） starts nothing.
  assert.ok(blocks.every((b) => lineNo(y, b.start) !== 526));
});

test('a preceding 附件N line belongs to the form', () => {
  const name = 'yangquan-emergency-2024-final-accounts.txt';
  const [b] = readCorpus(name).blocks;
  assert.equal(lineNo(name, b!.start), 646); // 附件2, then 648 阳泉市部门（单位）整体支出绩效自评表
  assert.equal(lineNo(name, b!.end - 1), 714); // 联系电话:
});

test('the OCR form ends before the next markdown heading', () => {
  const name = 'datong-emergency-2025-unit-budget.md';
  const blocks = readCorpus(name).blocks;
  assert.equal(lineNo(name, blocks[0]!.start), 522);
  assert.equal(lineNo(name, blocks[11]!.start), 886);
  assert.equal(lineNo(name, blocks[11]!.end - 1), 915); // 919 is ## 十一、国有资产占有使用情况
});

test('table-of-contents entries, mentions and sentences are not forms', () => {
  const text = [
    '目 录',
    '项目支出绩效目标表.....\t12',
    '整体支出绩效自评表.....\t13',
    '',
    '第一部分 概况',
    '（项目绩效目标表公开情况见附件）',
    '本部门编制了项目支出绩效目标表，详见附件。',
    '项目支出绩效目标表\t说明\t其他',
  ].join('\n');
  assert.deepEqual(findFormBlocks(readTsvText(text, 'x.txt').lines), []);
});

test('synthetic: three kinds of title and the narrative heading that ends a form', () => {
  const text = [
    '附件1',
    '某省省级预算部门（单位）整体支出绩效目标申报表',
    '部门名称\t001-某局',
    '阳泉市市级预算部门（单位）项目支出绩效目标表',
    '项目名称\t甲',
    '',
    '（二）其他',
    '无',
    '某市部门（单位）整体支出绩效自评表',
  ].join('\n');
  const blocks = findFormBlocks(readTsvText(text, 'x.txt').lines);
  assert.deepEqual(blocks, [
    { kind: 'department-target', start: 0, end: 3 },
    { kind: 'project', start: 3, end: 5 },
    { kind: 'self-evaluation', start: 8, end: 9 },
  ]);
});
