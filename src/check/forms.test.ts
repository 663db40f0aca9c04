import assert from 'node:assert/strict';
import { test } from 'node:test';
import { amountsIn, overlap, spanPos, withoutAsides } from './forms.js';

const roles = (text: string) => amountsIn(text).map((a) => `${a.raw}:${a.role}`);

test('amounts in a text keep their unit and their value in 元; years and percentages are not amounts', () => {
  const [a, b] = amountsIn('2026年计划聘用5人,经费共需7.4万元,增长12%,另付300元');
  assert.equal(a?.yuan, '74000');
  assert.equal(a?.unit, '万元');
  assert.equal(b?.yuan, '300');
  assert.equal(amountsIn('2026年计划聘用5人,增长12%').length, 0);
});

// Phrases quoted from 阳泉 2026's forms (corpus lines 596, 676 goal, 762, 865, 1205).
test('each amount is read as an item, a stated total, a subtotal, a unit cost, a range end or a formula operand', () => {
  assert.deepEqual(roles('计划继续聘用一名临时人员,4名见习生,经费共需7.4万元。'), ['7.4万元:total']);
  assert.deepEqual(roles('理论考试每人支付42元，共计7.56万元。全年需安排预算148.51万元。'), ['42元:per-unit', '7.56万元:subtotal', '148.51万元:total']);
  assert.deepEqual(roles('奖励标准在3000元-30万元,最高不超过30万元'), ['3000元:per-unit', '30万元:per-unit', '30万元:per-unit']);
  assert.deepEqual(roles('服装4034.6元*5,绝缘手套2860元；费用3000元-5000元'), ['4034.6元:operand', '2860元:item', '3000元:range', '5000元:range']);
  assert.deepEqual(roles('专家费用260元/人/天，需1.6万元'), ['260元:per-unit', '1.6万元:item']);
  assert.equal(amountsIn('全年需安排预算合计约148.51万元')[0]?.approximate, true);
});

test('asides are blanked without moving the rest of the text', () => {
  const t = '宣传预警费用14.706万元(其中,2025年已签合同未付款2.5万元)、培训费用6.5万元';
  const plain = withoutAsides(t);
  assert.equal(plain.length, t.length);
  assert.deepEqual(amountsIn(plain).map((a) => a.raw), ['14.706万元', '6.5万元']);
});

test('a span is located inside the field’s cell when the cell holds the text, with or without a <p> wrapper', () => {
  const pos = { file: 'f', line: 3, column: { start: 10, end: 15 } };
  assert.deepEqual(spanPos({ value: '共需5万元', pos }, 2, 5).column, { start: 12, end: 15 });
  assert.deepEqual(spanPos({ value: '共需5万元', pos: { ...pos, column: { start: 10, end: 22 } } }, 2, 5).column, { start: 15, end: 18 });
  assert.deepEqual(spanPos({ value: '共需5万元', pos: { ...pos, column: { start: 10, end: 40 } } }, 2, 5), { ...pos, column: { start: 10, end: 40 } });
});

test('names overlap by their longest common run of characters', () => {
  assert.equal(overlap('制作封山禁火通告', '封山禁火通告'), 6);
  assert.equal(overlap('购置森林救援防火服', '专业训练防护服'), 1);
});
