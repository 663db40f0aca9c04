import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headerCells } from '../tables.js';
import { percent, roundHalfUp, wan } from './text.js';

test('amounts round half-up exactly, away from zero, to two decimals in 万元', () => {
  assert.equal(roundHalfUp('0.125', 2), '0.13');
  assert.equal(roundHalfUp('-0.125', 2), '-0.13');
  assert.equal(roundHalfUp('0.1249', 2), '0.12');
  assert.equal(wan('3990.4'), '3990.40');
  assert.equal(wan('16714.11'), '16714.11');
});

test('shares are part ÷ whole in percent, rounded half-up; no share of a zero whole', () => {
  // 山西 2026: 一般公共预算拨款收入 31190.81 of 收入 37420.03 is printed as 占83.35% (corpus line 475).
  assert.equal(percent('31190.81', '37420.03'), '83.35');
  assert.equal(percent('2', '3'), '66.67');
  assert.equal(percent('1', '8'), '12.50');
  assert.equal(percent('1', '0'), undefined);
});

test('header rows get their spans from the column labels: shared parents across, short paths down', () => {
  const rows = headerCells([['收入', '项目'], ['收入', '金额'], ['支出', '项目'], ['支出', '金额', '小计'], ['支出', '金额', '一般公共预算']]);
  assert.deepEqual(rows.map((r) => r.map((c) => `${c.text}:${c.colspan}x${c.rowspan}`)), [
    ['收入:2x1', '支出:3x1'],
    ['项目:1x2', '金额:1x2', '项目:1x2', '金额:2x1'],
    ['小计:1x1', '一般公共预算:1x1'],
  ]);
});
