import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Document } from '../../model/index.js';
import { readDocument } from '../../read/index.js';
import { corpusBytes } from '../../../test/corpus.js';
import { gradeOf, selfEvaluationScores } from './self-evaluation-scores.js';

const NAME = 'yangquan-emergency-2024-final-accounts.txt';
const corpus = (): Document => {
  const r = readDocument(corpusBytes(NAME), NAME);
  assert.ok(r.ok);
  return r.document;
};

// 阳泉 2024 决算 绩效自评表 (lines 648–714): 执行情况 10/10 (669), 产出 50/50 (672), 效益 28/30 (690),
// 满意度 9/10 (700), 总分 97 (703), 等级 优 (705): 10 + 50 + 28 + 9 = 97 ≥ 90.
test('corpus: the 阳泉 2024 self-evaluation adds up and is graded 优', () => {
  const doc = corpus();
  assert.deepEqual(doc.forms.selfEvaluations[0]?.scores.map((s) => s.score), ['10', '50', '28', '9']);
  assert.deepEqual(selfEvaluationScores.check(doc), []);
});

test('a total that is not the sum of the parts is an error at the total', () => {
  const doc = corpus();
  const f = doc.forms.selfEvaluations[0]!;
  f.total = { ...f.total!, score: '98' };
  const [x, ...rest] = selfEvaluationScores.check(doc);
  assert.equal(rest.length, 0);
  assert.equal(x?.severity, 'error');
  assert.equal(x?.params['kind'], 'total');
  assert.equal(x?.expected, '97');
  assert.equal(x?.actual, '98');
  assert.equal(x?.location.line, 703);
  assert.equal(x?.related?.length, 4);
});

test('decimals are compared exactly', () => {
  const doc = corpus();
  const f = doc.forms.selfEvaluations[0]!;
  f.scores[2] = { ...f.scores[2]!, score: '27.5' };
  f.scores[3] = { ...f.scores[3]!, score: '9.5' };
  assert.deepEqual(selfEvaluationScores.check(doc), []);
  f.scores[3] = { ...f.scores[3], score: '9.49' };
  const fs = selfEvaluationScores.check(doc);
  assert.equal(fs.length, 1);
  assert.equal(fs[0]?.expected, '96.99');
});

test('a part over its maximum is an error at that part', () => {
  const doc = corpus();
  const f = doc.forms.selfEvaluations[0]!;
  f.scores[3] = { ...f.scores[3]!, score: '12' };
  f.scores[2] = { ...f.scores[2]!, score: '25' };
  const fs = selfEvaluationScores.check(doc);
  assert.deepEqual(fs.map((x) => x.params['kind']), ['over-max']);
  assert.equal(fs[0]?.location.line, 700);
  assert.equal(fs[0]?.expected, '≤10');
});

test('a grade outside the band of the total is an error at the grade', () => {
  const doc = corpus();
  const f = doc.forms.selfEvaluations[0]!;
  f.grade = { ...f.grade!, grade: '良' };
  const fs = selfEvaluationScores.check(doc);
  assert.equal(fs.length, 1);
  assert.equal(fs[0]?.params['kind'], 'grade');
  assert.equal(fs[0]?.expected, '优');
  assert.equal(fs[0]?.actual, '良');
  assert.equal(fs[0]?.location.line, 705);
  f.grade = { ...f.grade, grade: '优秀' };
  assert.deepEqual(selfEvaluationScores.check(doc), []);
});

test('bands: 90 is 优, 89.99 良, 80 良, 79.5 中, 60 中, 59.9 差', () => {
  assert.deepEqual(['90', '89.99', '80', '79.5', '60', '59.9'].map(gradeOf), ['优', '良', '良', '中', '中', '差']);
});
