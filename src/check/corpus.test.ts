import assert from 'node:assert/strict';
import { test } from 'node:test';
import { corpusBytes } from '../../test/corpus.js';
import { readDocument } from '../read/index.js';
import { RULES, checkDocument } from './index.js';

function findingsOf(name: string) {
  const r = readDocument(corpusBytes(name), name);
  assert.ok(r.ok);
  return checkDocument(r.document);
}

test('阳泉 2026: the 国土空间专项规划经费 form disagrees with table 12 — a real mistake, reported as an error', () => {
  // line 411: 国土空间专项规划经费→30.00 (万元, table 12); line 618: 年度资金总额：→292000 (元, the form)
  const f = findingsOf('yangquan-emergency-2026-budget.txt').find((x) => x.rule === 'form-matches-project-table' && x.severity === 'error');
  assert.ok(f);
  assert.equal(f.expected, '300000');
  assert.equal(f.actual, '292000');
  assert.equal(f.location.line, 618);
});

test('阳泉 2024 收入决算表: 20805 is 0.01 below the sum of its 项 — rounding (尾差), reported as info', () => {
  // lines 163–167: 20805 670.44; 2080501 33.82 + 2080502 147.57 + 2080505 302.95 + 2080506 186.11 = 670.45
  const f = findingsOf('yangquan-emergency-2024-final-accounts.txt').find(
    (x) => x.rule === 'classification-sums' && x.location.line === 163 && x.params['column'] === 'total',
  );
  assert.ok(f);
  assert.equal(f.severity, 'info');
  assert.equal(f.expected, '670.45');
  assert.equal(f.actual, '670.44');
});

test('大同 2025 项目支出预算表: the unit row 629.80 against 13 projects summing to 629.81 is rounding', () => {
  // lines 421–434 of datong-emergency-2025-unit-budget.md, summed by hand:
  // 32.00+5.20+21.00+60.00+30.00+40.00+99.30+99.01+100.00+29.00+27.50+21.63+65.17 = 629.81
  const f = findingsOf('datong-emergency-2025-unit-budget.md').find((x) => x.rule === 'project-subtotals' && x.params['column'] === 'total');
  assert.ok(f);
  assert.equal(f.severity, 'info');
  assert.equal(f.expected, '629.81');
  assert.equal(f.actual, '629.80');
});

test('the arithmetic inside the Shanxi-template tables of the corpus holds up to 尾差', () => {
  for (const name of ['yangquan-emergency-2026-budget.txt', 'datong-emergency-2025-unit-budget.md', 'shanxi-emergency-2026-budget.txt', 'yangquan-emergency-2024-final-accounts.txt']) {
    const arithmetic = new Set(RULES.filter((r) => r.category === 'arithmetic').map((r) => r.id));
    const errors = findingsOf(name).filter((f) => f.severity === 'error' && arithmetic.has(f.rule));
    assert.deepEqual(errors, [], name);
  }
});
