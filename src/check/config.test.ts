import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../model/index.js';
import { applySettings, configProblems } from './config.js';
import type { Rule } from './rule.js';

const at = { file: 't.txt', line: 1 };
const finding = (rule: string, severity: Finding['severity'], rounding = false): Finding => ({ rule, severity, location: at, params: { rounding: String(rounding) } });
const rule = (id: string, severity: Rule['severity'], findings: Finding[]): Rule => ({ id, title: '测试', category: 'arithmetic', severity, docs: '', check: () => findings });
const A = rule('sum-a', 'error', [finding('sum-a', 'error'), finding('sum-a', 'info', true)]);
const B = rule('sum-b', 'warning', [finding('sum-b', 'warning')]);
const doc = {} as Parameters<Rule['check']>[0];

test('off drops the rule; rules without a setting are kept as they are', () => {
  const rules = applySettings([A, B], { 'sum-a': 'off' });
  assert.deepEqual(rules.map((r) => r.id), ['sum-b']);
  assert.equal(rules[0], B);
});

test('re-grading changes error and warning findings; rounding infos stay info', () => {
  const [a, b] = applySettings([A, B], { 'sum-a': 'warning', 'sum-b': 'error' });
  assert.equal(a?.severity, 'warning');
  assert.deepEqual(a?.check(doc).map((f) => f.severity), ['warning', 'info']);
  assert.deepEqual(b?.check(doc).map((f) => f.severity), ['error']);
  assert.deepEqual(applySettings([A], { 'sum-a': 'info' })[0]?.check(doc).map((f) => f.severity), ['info', 'info']);
});

test('config problems name the key: unknown rule id, bad value, unknown top-level key', () => {
  assert.deepEqual(configProblems([A, B], { rules: { 'sum-a': 'off', 'sum-b': 'info' } }), []);
  assert.deepEqual(configProblems([A, B], {}), []);
  assert.deepEqual(configProblems([A, B], { rules: { 'no-such-rule': 'off' } }), ['rules.no-such-rule: unknown rule id']);
  assert.deepEqual(configProblems([A, B], { rules: { 'sum-a': 'fatal' } }), ['rules.sum-a: must be one of off, error, warning, info']);
  assert.deepEqual(configProblems([A, B], { rulez: {} }), ['rulez: unknown key']);
  assert.equal(configProblems([A, B], { rules: [] }).length, 1);
});
