import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../../test/corpus.js';
import { layoutTextOf } from '../../../test/layout-text.js';
import { readDocument, readText } from '../../read/index.js';
import { docFrom } from '../testkit.js';
import { templateResidue } from './template-residue.js';

const narrative = (sentence: string) => docFrom('阳泉市应急管理局', '2026年度部门预算公开', '', '第三部分 2026年度部门预算情况说明', '', '七、“三公”经费增减变动原因说明', '', sentence);

test('a filled reason and use pass', () => {
  assert.deepEqual(templateResidue.check(narrative('“三公”经费预算46.80万元，比2025年减少6.20万元，主要原因是取消公务接待。主要用于公务用车运行维护。')), []);
});

test('alternatives left for the writer to choose are a warning at the words', () => {
  const [f, ...rest] = templateResidue.check(narrative('“三公”经费预算46.80万元，比2025年增加（减少）6.20万元。'));
  assert.equal(rest.length, 0);
  assert.deepEqual([f?.params['kind'], f?.actual, f?.severity, f?.location.line], ['alternatives', '增加（减少）', 'warning', 8]);
});

test('a reason or a use announced and not given is a warning', () => {
  const fs = templateResidue.check(narrative('“三公”经费预算46.80万元，比2025年减少6.20万元，主要原因是。该经费主要用于。'));
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.actual]), [
    ['empty-clause', '主要原因是。'],
    ['empty-clause', '主要用于。'],
  ]);
  // A paragraph that stops after 主要原因是 is unfinished as well.
  assert.deepEqual(templateResidue.check(narrative('比2025年减少6.20万元，主要原因是')).map((f) => f.params['kind']), ['empty-clause']);
});

test('corpus: 普陀区规划和自然资源局 2024 leaves 下降（增长） in its 三公 paragraph; nothing else has residue', () => {
  const pdf = 'shanghai-putuo-planning-2024-final-accounts.pdf';
  const r = readText(layoutTextOf(pdf), pdf);
  assert.ok(r.ok);
  // pdftotext -layout line 825: “少 0.15 万元，下降（增长）27.78%，其中：因公出国（境）费”, 下降（增长） at columns 10–16.
  const fs = templateResidue.check(r.document);
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.actual, f.location.line, f.location.column]), [['alternatives', '下降（增长）', 825, { start: 10, end: 16 }]]);
  for (const name of ['yangquan-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md', 'shanxi-emergency-2026-budget.txt', 'yangquan-emergency-2024-final-accounts.txt', 'jinzhong-emergency-2022-performance-targets.txt']) {
    const d = readDocument(corpusBytes(name), name);
    assert.ok(d.ok);
    assert.deepEqual(templateResidue.check(d.document), [], name);
  }
  const budget = 'shanghai-putuo-commerce-2025-budget.pdf';
  const b = readText(layoutTextOf(budget), budget);
  assert.ok(b.ok);
  assert.deepEqual(templateResidue.check(b.document), []);
});
