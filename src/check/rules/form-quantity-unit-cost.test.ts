import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freshCorpusDocument, projectFormOf } from '../../../test/corpus-document.js';
import { formQuantityUnitCost } from './form-quantity-unit-cost.js';

// A real inconsistency in 阳泉 2026's 市级森林防灭火指挥部专项经费 form: funding 300,000 元 (line 815), 数量指标
// “制作封山禁火通告 89700张” (line 830) at “封山禁火通告 3.3元/张” (line 839) costs 296,010 元, and
// “发送宣传预警短信 ≥500000条” (line 829) at “宣传预警短信 0.05元/条” (line 840) at least 25,000 元: 321,010 元 > 300,000 元.
// The form prints both halves side by side with the same figures, so it is reported once.
test('corpus: 阳泉 2026 森林防灭火 form prices its notices and messages above its funding', () => {
  const fs = formQuantityUnitCost.check(freshCorpusDocument('yangquan-emergency-2026-budget.txt'));
  assert.equal(fs.length, 1);
  const [f] = fs;
  assert.equal(f?.severity, 'warning');
  assert.equal(f?.params['kind'], 'sum');
  assert.equal(f?.params['project'], '市级森林防灭火指挥部专项经费');
  assert.equal(f?.expected, '300000');
  assert.equal(f?.actual, '321010');
});

test('corpus: the other forms price their quantities within their funding or pair nothing', () => {
  for (const name of ['datong-emergency-2025-unit-budget.md', 'shanxi-emergency-2026-budget.txt', 'jinzhong-emergency-2022-performance-targets.txt'])
    assert.deepEqual(formQuantityUnitCost.check(freshCorpusDocument(name)), [], name);
});

// 阳泉 应急救援综合保障经费 year half: “BC4呼吸器氧气瓶 20只” (line 1259) at “6500元/只” (line 1271) = 130,000 元 of 50万元 (line 1241).
test('one quantity times its unit cost above the funding is a warning', () => {
  const doc = freshCorpusDocument('yangquan-emergency-2026-budget.txt');
  const form = projectFormOf(doc, '应急救援综合保障经费');
  assert.ok(form.funding.year?.total);
  form.funding.year.total.value = '10';
  const fs = formQuantityUnitCost.check(doc).filter((f) => f.params['project'] === '应急救援综合保障经费');
  assert.deepEqual(fs.map((f) => [f.params['kind'], f.params['quantity'], f.params['cost'], f.expected, f.actual]), [['pair', '20只', '6500元/只', '100000', '130000']]);
});

test('a unit that pairs twice is ambiguous, and goods of different names sharing a unit do not pair', () => {
  const doc = freshCorpusDocument('yangquan-emergency-2026-budget.txt');
  const form = projectFormOf(doc, '应急救援综合保障经费');
  assert.ok(form.funding.year?.total);
  form.funding.year.total.value = '1';
  const bottle = form.indicators.year.find((i) => i.name === 'BC4呼吸器氧气瓶' && i.level2 === '数量指标');
  assert.ok(bottle);
  // 8套 of 森林救援防火服 (line 1258) and 560元/套 for 专业训练防护服 (line 1270) already give no pair.
  form.indicators.year.push({ ...bottle, name: 'BC4呼吸器氧气瓶备用', value: '5只' });
  assert.deepEqual(formQuantityUnitCost.check(doc).filter((f) => f.params['project'] === '应急救援综合保障经费'), []);
});
