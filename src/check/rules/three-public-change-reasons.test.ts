import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusDocument } from '../../../test/corpus-document.js';
import type { Document } from '../../model/index.js';
import { docFrom } from '../testkit.js';
import { threePublicChangeReasons } from './three-public-change-reasons.js';

// Worded as 阳泉 2026 lines 496–500, with or without the reasons.
const budget = (first: string, items: string): Document =>
  docFrom('第三部分 2026年度部门预算情况说明', '', '七、“三公”经费增减变动原因说明', '', `2026年财政拨款安排的“三公”经费预算46.80万元比2025年减少6.20万元${first}`, '', `其中：因公出国（境）费0万元，与上年预算数相同；${items}`);

const found = (doc: Document): [string | undefined, string | undefined][] => threePublicChangeReasons.check(doc).map((f) => [f.params['subject'], f.actual]);

test('changes followed by their reasons pass; 持平 needs none', () => {
  const doc = budget(
    '，主要原因是取消公务接待费预算。',
    '公务接待费0万元，与上年相比预算数减少0.80万元，主要原因是取消公务接待费预算；公务用车购置及运行费46.80万元，与上年相比预算数减少5.40万元，主要原因是下属事业单位核减三辆公务用车。',
  );
  assert.deepEqual(found(doc), []);
});

test('a change without a reason is a warning on the change, once per item', () => {
  const doc = budget('。', '公务接待费0万元，与上年相比预算数减少0.80万元；公务用车购置及运行费46.80万元，与上年相比预算数减少5.40万元，主要原因是下属事业单位核减三辆公务用车。');
  const fs = threePublicChangeReasons.check(doc);
  assert.deepEqual(found(doc), [
    ['三公', '减少6.20万元'],
    ['公务接待费', '减少0.80万元'],
  ]);
  assert.ok(fs.every((f) => f.severity === 'warning'));
  // A reason keyword with nothing after it is no reason.
  assert.deepEqual(found(budget('，主要原因是。', '公务接待费0万元，与上年预算数相同。')), [['三公', '减少6.20万元']]);
});

test('the reason of the total may come after its items (Shanghai planning final lines 823–833)', () => {
  // “…决算数比 2023 年度减少 0.15 万元，下降（增长）27.78%，其中：因公出国（境）费支出与上一年度持平；…；公务接待费支出决算减少
  // 0.15 万元，下降 27.78%。公务接待费支出减少的主要原因是严格落实中央八项规定，控制“三公”经费支出。”
  const doc = corpusDocument('shanghai-putuo-planning-2024-final-accounts.pdf');
  assert.deepEqual(found(doc), []);
  const cut = structuredClone(doc);
  const drop = (ss: Document['narrative']['sections']): void => ss.forEach((s) => { s.text = s.text.replace(/公务接待费支出减少的主要原因是[^。]*/, ''); drop(s.children); });
  drop(cut.narrative.sections);
  assert.deepEqual(found(cut), [
    ['三公', '减少 0.15 万元'],
    ['公务接待费', '减少 0.15 万元'],
  ]);
});

test('corpus: every 三公 change is explained', () => {
  // yangquan 2026 lines 496/500 (主要原因是取消公务接待费预算 / 下属事业单位核减三辆公务用车); yangquan 2024 final lines 570–576
  // (增加39.00 主要原因是：今年应急救援大队购置救援车辆支出; 41.91 …购置一辆救援用车; 减少2.91 …维护费减少); shanxi line 515, datong line 496
  // and the Shanghai budget lines 373–377 say 相同/持平 only.
  for (const name of ['yangquan-emergency-2026-budget.txt', 'yangquan-emergency-2024-final-accounts.txt', 'shanxi-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md', 'shanghai-putuo-commerce-2025-budget.pdf']) {
    assert.deepEqual(found(corpusDocument(name)), [], name);
  }
  // The checks do run on the corpus: without its reasons 阳泉 2026 is warned about (a copy with the reasons cut from the text).
  const doc = structuredClone(corpusDocument('yangquan-emergency-2026-budget.txt'));
  const cut = (ss: Document['narrative']['sections']): void => ss.forEach((s) => { s.text = s.text.replace(/主要原因是[^；;。\n]*/g, ''); cut(s.children); });
  cut(doc.narrative.sections);
  assert.deepEqual(found(doc), [
    ['三公', '减少6.20万元'],
    ['公务接待费', '减少0.80万元'],
    ['公务用车购置及运行费', '减少5.40万元'],
    ['公务用车运行维护费', '减少5.40万元'],
  ]);
});
